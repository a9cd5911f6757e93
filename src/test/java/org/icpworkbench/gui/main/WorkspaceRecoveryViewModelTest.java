package org.icpworkbench.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.icpworkbench.gui.common.FakeDialogService;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.icpworkbench.gui.main.WorkspaceRecoveryViewModel.Choice;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceBackups;
import org.icpworkbench.logic.workspace.WorkspaceException;
import org.icpworkbench.logic.workspace.WorkspaceProblem;
import org.icpworkbench.model.common.Language;
import org.junit.jupiter.api.Test;

class WorkspaceRecoveryViewModelTest {

    private static final Path FILE = Path.of("ws", "workspace.mv.db");
    private static final Path QUARANTINE = Path.of("ws", "quarantine", "20261123-101500-000");
    private static final WorkspaceBackups.Backup BACKUP = new WorkspaceBackups.Backup(Path.of("ws", "backups", "b.zip"),
            Instant.parse("2026-11-23T09:30:00Z"), "close", 1000);

    private final Messages messages = Messages.of(Language.EN);
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeWindowDialogs windowDialogs = new FakeWindowDialogs();
    private final List<String> done = new ArrayList<>();
    private RuntimeException restoreFailure;

    private final WorkspaceRecoveryViewModel.Actions actions = new WorkspaceRecoveryViewModel.Actions() {
        @Override
        public void restore(WorkspaceBackups.Backup backup) {
            done.add("restore " + backup.file());
            if (restoreFailure != null) {
                RuntimeException failure = restoreFailure;
                restoreFailure = null;
                throw failure;
            }
        }

        @Override
        public Path writeScript() {
            done.add("script");
            return QUARANTINE.resolve("workspace.h2.sql");
        }
    };

    private WorkspaceRecoveryViewModel recovery(Optional<WorkspaceBackups.Backup> backup) {
        WorkspaceException problem = new WorkspaceException(WorkspaceProblem.ROLLED_BACK, FILE, null)
                .withRecovery(QUARANTINE, backup);
        return new WorkspaceRecoveryViewModel(problem, messages, dialogs, windowDialogs, Runnable::run, actions, ZoneId.of("UTC"));
    }

    @Test
    void onlyAProblemWithTheFileItselfOffersRecovery() {
        WorkspaceException rolledBack = new WorkspaceException(WorkspaceProblem.ROLLED_BACK, FILE, null);
        assertThat(WorkspaceRecoveryViewModel.offeredFor(new CompletionException(rolledBack))).contains(rolledBack);
        assertThat(WorkspaceRecoveryViewModel.offeredFor(new WorkspaceException(WorkspaceProblem.DAMAGED, FILE, null))).isPresent();
        assertThat(WorkspaceRecoveryViewModel.offeredFor(new WorkspaceException(WorkspaceProblem.EMPTY_FILE, FILE, null))).isPresent();
        assertThat(WorkspaceRecoveryViewModel.offeredFor(new WorkspaceException(WorkspaceProblem.IN_USE, FILE, null))).isEmpty();
        assertThat(WorkspaceRecoveryViewModel.offeredFor(new IllegalStateException("other"))).isEmpty();
    }

    @Test
    void theExplanationNamesTheProblemTheQuarantineAndTheBackupWhoseTimeIsOnTheRestoreButton() {
        WorkspaceRecoveryViewModel recovery = recovery(Optional.of(BACKUP));

        assertThat(recovery.choices()).containsExactly(Choice.RESTORE, Choice.SCRIPT, Choice.QUIT);
        assertThat(recovery.explanation()).contains("is older than the work last saved in it", QUARANTINE.toString(),
                "The newest backup was taken on");
        assertThat(recovery.label(Choice.RESTORE)).startsWith("Restore the newest backup (").contains("2026", "9:30");
        assertThat(recovery.label(Choice.SCRIPT)).isEqualTo("Write an H2 recovery script");
        assertThat(recovery.label(Choice.QUIT)).isEqualTo("Quit");
    }

    @Test
    void withoutABackupThereIsNoRestore() {
        WorkspaceRecoveryViewModel recovery = recovery(Optional.empty());

        assertThat(recovery.choices()).containsExactly(Choice.SCRIPT, Choice.QUIT);
        assertThat(recovery.explanation()).contains("There is no backup beside the workspace to restore.");
    }

    @Test
    void restoringPutsTheNewestBackupInPlaceAndAsksTheCallerToOpenTheWorkspace() {
        windowDialogs.recoveryReplies.add(Choice.RESTORE);

        assertThat(recovery(Optional.of(BACKUP)).run().join()).isTrue();
        assertThat(done).containsExactly("restore " + BACKUP.file());
        assertThat(windowDialogs.recoveryExplanations).hasSize(1);
    }

    @Test
    void aWrittenScriptIsShownAndTheDialogOfferedAgainUntilQuit() {
        windowDialogs.recoveryReplies.addAll(List.of(Choice.SCRIPT, Choice.QUIT));

        assertThat(recovery(Optional.of(BACKUP)).run().join()).isFalse();
        assertThat(done).containsExactly("script");
        assertThat(dialogs.informations).singleElement().asString()
                .contains("The recovery script is " + QUARANTINE.resolve("workspace.h2.sql"));
        assertThat(windowDialogs.recoveryExplanations).hasSize(2);
    }

    @Test
    void aFailedRestoreIsShownAndTheDialogOfferedAgainNothingOpened() {
        restoreFailure = new UserFacingException("recovery.error.noCopy", "somewhere");
        windowDialogs.recoveryReplies.addAll(List.of(Choice.RESTORE, Choice.RESTORE));

        assertThat(recovery(Optional.of(BACKUP)).run().join()).isTrue();
        assertThat(dialogs.errors).containsExactly("There is no quarantined copy of the workspace in somewhere.");
        assertThat(done).hasSize(2);
    }
}
