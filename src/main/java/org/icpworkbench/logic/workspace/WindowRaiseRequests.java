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
 */
public final class WindowRaiseRequests implements AutoCloseable {

    public static final String FILE_NAME = ".raise-request";
    private static final Logger LOG = LoggerFactory.getLogger(WindowRaiseRequests.class);

    private static final String TEMPORARY = ".tmp";

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
        try {
            for (Path left : requests(folder)) {
                Files.deleteIfExists(left);
            }
            WatchService watcher = folder.getFileSystem().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            WindowRaiseRequests requests = new WindowRaiseRequests(watcher, folder);
            Thread thread = new Thread(() -> requests.loop(onRequest), "raise-requests");
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
            Path written = Files.createTempFile(folder, FILE_NAME, TEMPORARY);
            Files.writeString(written, ProcessHandle.current().pid() + "\n"
                    + archive.map(file -> file.toAbsolutePath() + "\n").orElse(""), StandardCharsets.UTF_8);
            Files.move(written, request, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not ask the other window to come forward", e);
            return false;
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
        return text.startsWith(FILE_NAME) && !text.endsWith(TEMPORARY);
    }

    private void loop(Consumer<Optional<Path>> onRequest) {
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

    /** Taking the file away answers the request once, however many events announced it. */
    private static void answer(Path request, Consumer<Optional<Path>> onRequest) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(request, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException answered) {
            return;
        }
        if (Files.deleteIfExists(request)) {
            onRequest.accept(lines.size() > 1 && !lines.get(1).isBlank() ? Optional.of(Path.of(lines.get(1))) : Optional.empty());
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                LOG.debug("Ignored while closing", e);
            }
        }
    }
}
