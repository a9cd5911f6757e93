package org.icpworkbench.gui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.icpworkbench.logic.workspace.WorkspaceEncryption;
import org.icpworkbench.logic.workspace.WorkspaceFiles;
import org.icpworkbench.logic.workspace.WorkspacePassword;
import org.icpworkbench.logic.workspace.WorkspaceServices;

/**
 * Starts opening a workspace without a password as the process starts, while JavaFX is still starting on the other
 * core (ADR 0021): the first {@link #open} of that folder without a password takes its result instead of opening again.
 * A file with a password is left alone, since the password is asked for in the window. A result never taken is closed.
 */
final class EarlyOpening implements WorkspaceSession.Opener {

    private final Path folder;
    private final WorkspaceSession.Opener opener;
    private final AtomicReference<CompletableFuture<WorkspaceServices>> early = new AtomicReference<>();

    private EarlyOpening(Path folder, WorkspaceSession.Opener opener) {
        this.folder = folder;
        this.opener = opener;
    }

    static EarlyOpening start(Path folder, WorkspaceSession.Opener opener) {
        EarlyOpening opening = new EarlyOpening(folder, opener);
        if (!WorkspaceEncryption.isEncrypted(WorkspaceFiles.databaseFile(folder))) {
            CompletableFuture<WorkspaceServices> result = new CompletableFuture<>();
            opening.early.set(result);
            Thread.ofPlatform().daemon().name("workspace-early-opening").start(() -> {
                try {
                    result.complete(opener.open(folder, WorkspacePassword.none()));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        }
        return opening;
    }

    @Override
    public WorkspaceServices open(Path requested, WorkspacePassword password) {
        if (requested.equals(folder) && !password.isPresent()) {
            CompletableFuture<WorkspaceServices> started = early.getAndSet(null);
            if (started != null) {
                try {
                    return started.join();
                } catch (CompletionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : e;
                }
            }
        }
        return opener.open(requested, password);
    }

    /** Closes what was opened early if nobody took it (the window failed to start), waiting for it to open first. */
    void closeUntaken() {
        CompletableFuture<WorkspaceServices> untaken = early.getAndSet(null);
        if (untaken != null) {
            try {
                untaken.join().close();
            } catch (CompletionException failedToOpen) {
                // Nothing is open, so nothing to close.
            }
        }
    }
}
