package org.icpworkbench.gui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.icpworkbench.gui.workspace.WorkspaceReopener;
import org.icpworkbench.logic.workspace.WorkspacePassword;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.slf4j.LoggerFactory;

/**
 * The workspace the window has open, and the one way to close it, work on its files and open it again in the same
 * window. Closing, the work and opening run on a thread of their own; the window is told on the JavaFX thread.
 */
public final class WorkspaceSession implements WorkspaceReopener {

    /** Opens the workspace in a folder. */
    @FunctionalInterface
    public interface Opener {
        WorkspaceServices open(Path folder, WorkspacePassword password);
    }

    /** The window around a reopening; every call comes on the JavaFX thread. */
    public interface Window {
        /** Lets go of the open workspace (an open interview saved and closed) and refuses edits meanwhile. */
        CompletableFuture<Void> detach();

        /** Shows the workspace opened again. */
        CompletableFuture<Void> attach(WorkspaceServices services);

        /** The workspace could not be opened again: nothing left to show. */
        void lost(Throwable failure);
    }

    private final Path folder;
    private final Opener opener;
    private final Executor ui;
    private final Window window;
    private final Object lock = new Object();
    private final AtomicBoolean reopening = new AtomicBoolean();
    private volatile WorkspaceServices current;
    private volatile WorkspacePassword password = WorkspacePassword.none();

    public WorkspaceSession(Path folder, Opener opener, Executor ui, Window window) {
        this.folder = folder;
        this.opener = opener;
        this.ui = ui;
        this.window = window;
    }

    /** Takes over a workspace opened at start-up with the password it was opened with. */
    public void opened(WorkspaceServices services, WorkspacePassword openedWith) {
        synchronized (lock) {
            current = services;
            password = openedWith;
        }
    }

    /** The workspace open now; empty before start-up finished and while it is being reopened. */
    public Optional<WorkspaceServices> current() {
        return Optional.ofNullable(current);
    }

    /** Closes whatever is open now (typed text saved, closing backup); waits for a reopening under way. */
    public void close() {
        synchronized (lock) {
            WorkspaceServices open = current;
            current = null;
            if (open != null) {
                open.close();
            }
        }
    }

    @Override
    public CompletableFuture<Void> reopenAfter(ClosedWorkspaceWork work) {
        if (current == null || !reopening.compareAndSet(false, true)) {
            return CompletableFuture.failedFuture(new IllegalStateException("No workspace to reopen, or already reopening"));
        }
        return CompletableFuture.supplyAsync(window::detach, ui).thenCompose(detached -> detached)
                .thenApplyAsync(detached -> closeWorkAndOpen(work), WorkspaceSession::onOwnThread)
                .thenComposeAsync(outcome -> window.attach(outcome.services()).thenCompose(attached ->
                        outcome.failure() == null ? CompletableFuture.<Void>completedFuture(null)
                                : CompletableFuture.<Void>failedFuture(outcome.failure())), ui)
                .whenComplete((done, failure) -> reopening.set(false))
                .whenCompleteAsync((done, failure) -> {
                    if (failure != null && current == null) {
                        window.lost(failure);
                    }
                }, ui);
    }

    private record Outcome(WorkspaceServices services, Exception failure) { }

    /** Holds the lock throughout so that a shutdown meanwhile waits and then closes the reopened workspace. */
    private Outcome closeWorkAndOpen(ClosedWorkspaceWork work) {
        synchronized (lock) {
            WorkspaceServices closing = current;
            current = null;
            if (closing == null) {
                throw new IllegalStateException("The workspace was closed meanwhile");
            }
            closing.close();
            WorkspacePassword before = password;
            Exception failure = null;
            WorkspacePassword after = before;
            try {
                after = Objects.requireNonNullElse(work.run(folder, before), before);
            } catch (Exception e) {
                LoggerFactory.getLogger(WorkspaceSession.class).info("Work on the closed workspace failed; opening it as it was", e);
                failure = e;
            }
            try {
                current = opener.open(folder, after);
            } catch (RuntimeException e) {
                if (failure != null) {
                    e.addSuppressed(failure);
                }
                throw e;
            }
            password = after;
            return new Outcome(current, failure);
        }
    }

    private static void onOwnThread(Runnable task) {
        Thread thread = new Thread(task, "workspace-reopen");
        thread.setDaemon(false);
        thread.start();
    }
}
