package org.icpworkbench.gui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.icpworkbench.gui.workspace.WorkspaceDialogs;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceEncryption;
import org.icpworkbench.logic.workspace.WorkspaceException;
import org.icpworkbench.logic.workspace.WorkspaceFiles;
import org.icpworkbench.logic.workspace.WorkspacePassword;
import org.icpworkbench.logic.workspace.WorkspaceProblem;
import org.icpworkbench.logic.workspace.WorkspaceServices;

/**
 * Opens the workspace at start-up. An encrypted file is told by its first bytes, before opening it: the user is asked
 * for the password, and asked again — with the reason shown — as long as they type a wrong one. Quit ends it; there is
 * never a retry without the user.
 */
final class PasswordedOpening {

    /** The user chose to quit at the password prompt. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("The password prompt was cancelled", null, false, false);
        }
    }

    private final Path folder;
    private final WorkspaceSession.Opener opener;
    private final WorkspaceDialogs dialogs;
    private final Executor ui;
    private final Messages messages;
    private volatile WorkspacePassword lastTried = WorkspacePassword.none();

    PasswordedOpening(Path folder, WorkspaceSession.Opener opener, WorkspaceDialogs dialogs, Executor ui, Messages messages) {
        this.folder = folder;
        this.opener = opener;
        this.dialogs = dialogs;
        this.ui = ui;
        this.messages = messages;
    }

    /** Completes with the open workspace, or fails with {@link Cancelled} or why it could not be opened. */
    CompletableFuture<WorkspaceServices> open() {
        return open(WorkspacePassword.none());
    }

    /**
     * As {@link #open()}, trying {@code known} first on an encrypted file (the password the user already typed before a
     * restore); asked for only when it is wrong.
     */
    CompletableFuture<WorkspaceServices> open(WorkspacePassword known) {
        if (!WorkspaceEncryption.isEncrypted(WorkspaceFiles.databaseFile(folder))) {
            return CompletableFuture.supplyAsync(() -> opener.open(folder, WorkspacePassword.none()));
        }
        if (known.isPresent()) {
            return tryPassword(known);
        }
        return attempt(Optional.empty());
    }

    /** The password last tried on the file (none for a file without one), for a restore after a refusal. */
    WorkspacePassword lastTried() {
        return lastTried;
    }

    static boolean cancelled(Throwable failure) {
        return unwrap(failure) instanceof Cancelled;
    }

    private CompletableFuture<WorkspaceServices> attempt(Optional<String> error) {
        Path file = WorkspaceFiles.databaseFile(folder);
        return CompletableFuture.supplyAsync(() -> dialogs.askWorkspacePassword(file, error), ui).thenCompose(typed -> {
            if (typed.isEmpty()) {
                return CompletableFuture.failedFuture(new Cancelled());
            }
            return tryPassword(typed.get());
        });
    }

    private CompletableFuture<WorkspaceServices> tryPassword(WorkspacePassword password) {
        lastTried = password;
        return CompletableFuture.supplyAsync(() -> opener.open(folder, password))
            .handle((opened, failure) -> {
                if (failure == null) {
                    return CompletableFuture.completedFuture(opened);
                }
                Throwable cause = unwrap(failure);
                if (cause instanceof WorkspaceException wrong && wrong.problem() == WorkspaceProblem.WRONG_PASSWORD) {
                    return attempt(Optional.of(messages.describe(wrong)));
                }
                return CompletableFuture.<WorkspaceServices>failedFuture(cause);
            })
            .thenCompose(next -> next);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
