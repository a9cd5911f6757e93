package org.icpworkbench.logic.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a second instance asks the window that holds a workspace to come to the front: it drops a request file into the
 * workspace folder, and the first instance, watching the folder, takes the file away and raises its window. A file, not
 * a socket, because the application never opens a network connection, not even on loopback (ADR 0018). A request may
 * carry a project archive the second instance was started with (a double-clicked {@code .icpw}) for the window to
 * import. Each instance writes its own file ({@code .raise-request-<pid>}), so two at once do not overwrite each other.
 * <p>A request is answered only once the window has really come forward: the watcher claims the file (renames it to
 * {@code …answering}), and removes it when the window says it was raised. A second instance waits for that
 * ({@link #awaitAnswer}); a process that holds the workspace but whose window is gone or stuck never answers, and
 * its PID is read from {@code .window-owner}, which the watcher writes while it runs.
 */
public final class WindowRaiseRequests implements AutoCloseable {

    public static final String FILE_NAME = ".raise-request";
    private static final Logger LOG = LoggerFactory.getLogger(WindowRaiseRequests.class);

    /** The file a watching instance keeps in the folder with its PID, so a second one can name it. */
    public static final String OWNER_FILE = ".window-owner";
    private static final String TEMPORARY = ".tmp";
    private static final String ANSWERING = ".answering";

    /** What a second instance learned from its request: whether the window came forward, and whose process holds it. */
    public record Answer(boolean answered, java.util.OptionalLong holderPid) {
    }

    private final WatchService watcher;
    private final Path folder;

    private WindowRaiseRequests(WatchService watcher, Path folder) {
        this.watcher = watcher;
        this.folder = folder;
    }

    /**
     * Watches the workspace folder on a daemon thread and runs {@code onRequest} (on that thread) for every request,
     * with the archive it carries if any; a request left from before is discarded. When the folder cannot be watched,
     * nothing is raised and nothing fails.
     */
    public static WindowRaiseRequests watch(Path folder, Consumer<Optional<Path>> onRequest) {
        return watchAndAnswer(folder, archive -> {
            onRequest.accept(archive);
            return java.util.concurrent.CompletableFuture.completedFuture(true);
        });
    }

    /**
     * As {@link #watch}, answering a request only when the stage {@code raise} returns completes with {@code true}
     * (the window has come forward); otherwise the request stays unanswered and the second instance says so.
     */
    public static WindowRaiseRequests watchAndAnswer(Path folder,
            java.util.function.Function<Optional<Path>, java.util.concurrent.CompletionStage<Boolean>> raise) {
        try {
            for (Path left : leftovers(folder)) {
                Files.deleteIfExists(left);
            }
            writeAtomically(folder, folder.resolve(OWNER_FILE), ProcessHandle.current().pid() + "\n");
            WatchService watcher = folder.getFileSystem().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            WindowRaiseRequests requests = new WindowRaiseRequests(watcher, folder);
            Thread thread = new Thread(() -> requests.loop(raise), "raise-requests");
            thread.setDaemon(true);
            thread.start();
            return requests;
        } catch (IOException | RuntimeException e) {
            LOG.warn("A second window will not be able to bring this one forward", e);
            return new WindowRaiseRequests(null, folder);
        }
    }

    /** Asks the instance holding the workspace in {@code folder} to come forward; false when the request could not be left. */
    public static boolean request(Path folder) {
        return request(folder, Optional.empty());
    }

    /** As {@link #request(Path)}, handing over an archive for that window to import. */
    public static boolean request(Path folder, Optional<Path> archive) {
        Path request = folder.resolve(FILE_NAME + "-" + ProcessHandle.current().pid());
        try {
            writeAtomically(folder, request, ProcessHandle.current().pid() + "\n"
                    + archive.map(file -> file.toAbsolutePath() + "\n").orElse(""));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not ask the other window to come forward", e);
            return false;
        }
    }

    private static void writeAtomically(Path folder, Path target, String text) throws IOException {
        Path written = Files.createTempFile(folder, FILE_NAME, TEMPORARY);
        try {
            Files.writeString(written, text, StandardCharsets.UTF_8);
            Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    /**
     * Waits up to {@code timeout} for the window holding the workspace to answer this process's request. Unanswered,
     * the request is taken back (so it raises nothing later) and the holder's PID given when it is known and alive.
     */
    public static Answer awaitAnswer(Path folder, java.time.Duration timeout) {
        Path request = folder.resolve(FILE_NAME + "-" + ProcessHandle.current().pid());
        Path claimed = folder.resolve(request.getFileName() + ANSWERING);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!Files.exists(request) && !Files.exists(claimed)) {
                return new Answer(true, holderPid(folder));
            }
            if (System.nanoTime() - deadline >= 0) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            Files.deleteIfExists(request);
            Files.deleteIfExists(claimed);
        } catch (IOException e) {
            LOG.debug("Could not take back an unanswered request", e);
        }
        return new Answer(false, holderPid(folder));
    }

    /** The PID the watching instance wrote, if its process is still there. */
    private static java.util.OptionalLong holderPid(Path folder) {
        try {
            long pid = Long.parseLong(Files.readString(folder.resolve(OWNER_FILE), StandardCharsets.UTF_8).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isPresent()
                    ? java.util.OptionalLong.of(pid) : java.util.OptionalLong.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** The requests waiting in {@code folder}. */
    public static List<Path> requests(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> isRequest(file.getFileName())).sorted().toList();
        }
    }

    private static boolean isRequest(Path name) {
        String text = name.toString();
        return text.startsWith(FILE_NAME) && !text.endsWith(TEMPORARY) && !text.endsWith(ANSWERING);
    }

    /** Requests, and claims never answered, left from an earlier run. */
    private static List<Path> leftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith(FILE_NAME)
                    && !file.getFileName().toString().endsWith(TEMPORARY)).toList();
        }
    }

    private void loop(java.util.function.Function<Optional<Path>, java.util.concurrent.CompletionStage<Boolean>> onRequest) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean asked = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    asked |= event.context() instanceof Path name && isRequest(name);
                    asked |= event.kind() == StandardWatchEventKinds.OVERFLOW;
                }
                if (asked) {
                    for (Path request : requests(folder)) {
                        answer(request, onRequest);
                    }
                }
                if (!key.reset()) {
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        } catch (IOException | RuntimeException e) {
            LOG.warn("Stopped watching for requests from a second window", e);
        }
    }

    /**
     * Claiming the file (an atomic rename) takes the request once, however many events announced it; the claim is
     * removed, which answers the second instance, only once the window says it came forward.
     */
    private static void answer(Path request,
            java.util.function.Function<Optional<Path>, java.util.concurrent.CompletionStage<Boolean>> onRequest)
            throws IOException {
        Path claimed = request.resolveSibling(request.getFileName() + ANSWERING);
        try {
            Files.move(request, claimed, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.NoSuchFileException answered) {
            return;
        }
        List<String> lines = Files.readAllLines(claimed, StandardCharsets.UTF_8);
        Optional<Path> archive = lines.size() > 1 && !lines.get(1).isBlank() ? Optional.of(Path.of(lines.get(1))) : Optional.empty();
        java.util.concurrent.CompletionStage<Boolean> raised;
        try {
            raised = onRequest.apply(archive);
        } catch (RuntimeException e) {
            LOG.warn("Could not bring the window forward", e);
            return;
        }
        raised.whenComplete((done, failure) -> {
            if (Boolean.TRUE.equals(done)) {
                try {
                    Files.deleteIfExists(claimed);
                } catch (IOException e) {
                    LOG.warn("Could not answer a second window", e);
                }
            } else {
                LOG.info("A second window asked for this one, which could not come forward", failure);
            }
        });
    }

    @Override
    public void close() {
        try {
            if (watcher != null && Files.readString(folder.resolve(OWNER_FILE), StandardCharsets.UTF_8).strip()
                    .equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.deleteIfExists(folder.resolve(OWNER_FILE));
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Ignored while closing", e);
        }
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.debug("Ignored while closing", e);
            }
        }
    }
}
