package org.icpworkbench.gui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceBackups;
import org.icpworkbench.logic.workspace.WorkspaceException;
import org.icpworkbench.logic.workspace.WorkspacePassword;
import org.icpworkbench.logic.workspace.WorkspaceRecovery;

/**
 * What to offer when the workspace file itself is bad at start-up (ADR 0017): restore the newest backup, write H2's
 * recovery script from the quarantined copy (then asked again), or quit. Nothing is done without the user's choice.
 */
public final class WorkspaceRecoveryViewModel {

    /** The buttons of the recovery dialog. */
    public enum Choice { RESTORE, SCRIPT, QUIT }

    /** The work behind the choices; both run off the JavaFX thread. */
    public interface Actions {
        /** Puts the backup in place of the (closed) workspace file. */
        void restore(WorkspaceBackups.Backup backup);

        /** Writes the recovery script; returns where. */
        Path writeScript();
    }

    private final WorkspaceException problem;
    private final Messages messages;
    private final DialogService dialogs;
    private final WindowDialogs windowDialogs;
    private final Executor ui;
    private final Actions actions;
    private final ZoneId zone;

    public WorkspaceRecoveryViewModel(WorkspaceException problem, Messages messages, DialogService dialogs,
            WindowDialogs windowDialogs, Executor ui,
            Actions actions, ZoneId zone) {
        this.problem = problem;
        this.messages = messages;
        this.dialogs = dialogs;
        this.windowDialogs = windowDialogs;
        this.ui = ui;
        this.actions = actions;
        this.zone = zone;
    }

    /** The failure when the file itself is bad, so recovery is offered; empty for any other start-up failure. */
    public static Optional<WorkspaceException> offeredFor(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause instanceof WorkspaceException workspace && workspace.problem().damagesTheFile()
                ? Optional.of(workspace) : Optional.empty();
    }

    /** The real work: a restore with the password in use; the script from the quarantined copy, or from a new copy. */
    public static Actions on(Path workspaceFolder, WorkspaceException problem, WorkspacePassword password, Clock clock) {
        return new Actions() {
            @Override
            public void restore(WorkspaceBackups.Backup backup) {
                WorkspaceBackups.restoreOverDamaged(workspaceFolder, backup.file(), password, clock);
            }

            @Override
            public Path writeScript() {
                return problem.quarantine().map(WorkspaceRecovery::writeScript)
                        .orElseGet(() -> WorkspaceRecovery.quarantineAndWriteScript(workspaceFolder, clock));
            }
        };
    }

    public String title() {
        return messages.get("recovery.title");
    }

    public String header() {
        return messages.get("recovery.header");
    }

    /** Why the file cannot be used, where its copy is and what backup there is. */
    public String explanation() {
        String quarantine = problem.quarantine().map(folder -> messages.get("recovery.quarantine", folder))
                .orElseGet(() -> messages.get("recovery.quarantine.none"));
        String backup = problem.newestBackup().map(newest -> messages.get("recovery.backup", takenAt(newest)))
                .orElseGet(() -> messages.get("recovery.noBackup"));
        return messages.describe(problem) + "\n\n" + quarantine + "\n\n" + backup;
    }

    /** The buttons in order: a restore only when there is a backup. */
    public List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        if (problem.newestBackup().isPresent()) {
            choices.add(Choice.RESTORE);
        }
        choices.add(Choice.SCRIPT);
        choices.add(Choice.QUIT);
        return List.copyOf(choices);
    }

    public String label(Choice choice) {
        return switch (choice) {
            case RESTORE -> messages.get("recovery.restore", takenAt(problem.newestBackup().orElseThrow()));
            case SCRIPT -> messages.get("recovery.script");
            case QUIT -> messages.get("recovery.quit");
        };
    }

    /**
     * Asks until the user restores or quits: completes with true once the backup is in place (the caller then opens the
     * workspace as at start-up), false to quit. A script written, or a failure, is shown and the dialog offered again.
     */
    public CompletableFuture<Boolean> run() {
        return CompletableFuture.supplyAsync(() -> windowDialogs.askRecovery(this), ui).thenCompose(choice -> switch (choice) {
            case QUIT -> CompletableFuture.completedFuture(false);
            case RESTORE -> CompletableFuture.runAsync(() -> actions.restore(problem.newestBackup().orElseThrow()))
                    .handle((done, failure) -> failure == null ? CompletableFuture.completedFuture(true) : failedThenAgain(failure))
                    .thenCompose(next -> next);
            case SCRIPT -> CompletableFuture.supplyAsync(actions::writeScript)
                    .handle((script, failure) -> failure == null ? writtenThenAgain(script) : failedThenAgain(failure))
                    .thenCompose(next -> next);
        });
    }

    private CompletableFuture<Boolean> writtenThenAgain(Path script) {
        return CompletableFuture.runAsync(() -> dialogs.showInformation(title(), messages.get("recovery.script"),
                messages.get("recovery.script.written", script)), ui).thenCompose(shown -> run());
    }

    private CompletableFuture<Boolean> failedThenAgain(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = cause instanceof UserFacingException known ? messages.describe(known)
                : messages.get("workspace.problem.UNEXPECTED", problem.path(), String.valueOf(cause.getMessage()));
        return CompletableFuture.runAsync(() -> dialogs.showError(message), ui).thenCompose(shown -> run());
    }

    private String takenAt(WorkspaceBackups.Backup backup) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.language().locale())
                .format(backup.takenAt().atZone(zone));
    }
}
