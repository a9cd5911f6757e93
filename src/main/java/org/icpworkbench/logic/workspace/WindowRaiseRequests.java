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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a second instance asks the window that holds a workspace to come to the front: it drops a request file into the
 * workspace folder, and the first instance, watching the folder, takes the file away and raises its window. A file, not
 * a socket, because the application never opens a network connection, not even on loopback (ADR 0018).
 */
public final class WindowRaiseRequests implements AutoCloseable {

    public static final String FILE_NAME = ".raise-request";
    private static final Logger LOG = LoggerFactory.getLogger(WindowRaiseRequests.class);

    private final WatchService watcher;
    private final Path request;

    private WindowRaiseRequests(WatchService watcher, Path request) {
        this.watcher = watcher;
        this.request = request;
    }

    /**
     * Watches the workspace folder on a daemon thread and runs {@code onRequest} (on that thread) for every request; a
     * request left from before is discarded. When the folder cannot be watched, nothing is raised and nothing fails.
     */
    public static WindowRaiseRequests watch(Path folder, Runnable onRequest) {
        Path request = folder.resolve(FILE_NAME);
        try {
            Files.deleteIfExists(request);
            WatchService watcher = folder.getFileSystem().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            WindowRaiseRequests requests = new WindowRaiseRequests(watcher, request);
            Thread thread = new Thread(() -> requests.loop(onRequest), "raise-requests");
            thread.setDaemon(true);
            thread.start();
            return requests;
        } catch (IOException | RuntimeException e) {
            LOG.warn("A second window will not be able to bring this one forward", e);
            return new WindowRaiseRequests(null, request);
        }
    }

    /** Asks the instance holding the workspace in {@code folder} to come forward; false when the request could not be left. */
    public static boolean request(Path folder) {
        Path request = folder.resolve(FILE_NAME);
        try {
            Path written = Files.createTempFile(folder, FILE_NAME, ".tmp");
            Files.writeString(written, ProcessHandle.current().pid() + "\n", StandardCharsets.UTF_8);
            Files.move(written, request, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not ask the other window to come forward", e);
            return false;
        }
    }

    private void loop(Runnable onRequest) {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean asked = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    asked |= event.context() instanceof Path name && name.toString().equals(FILE_NAME);
                    asked |= event.kind() == StandardWatchEventKinds.OVERFLOW;
                }
                // Taking the file away answers the request once, however many events announced it.
                if (asked && Files.deleteIfExists(request)) {
                    onRequest.run();
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
