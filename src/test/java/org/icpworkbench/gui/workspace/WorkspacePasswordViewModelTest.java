package org.icpworkbench.gui.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.icpworkbench.gui.workspace.WorkspaceReopener;
import org.icpworkbench.gui.workspace.WorkspacePasswordViewModel.Mode;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceEncryption;
import org.icpworkbench.logic.workspace.WorkspaceException;
import org.icpworkbench.logic.workspace.WorkspaceFiles;
import org.icpworkbench.logic.workspace.WorkspacePassword;
import org.icpworkbench.logic.workspace.WorkspaceProblem;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspacePasswordViewModelTest {

    private final Messages messages = Messages.of(Language.EN);

    @TempDir
    Path temp;

    /** Runs the work on the closed workspace at once and remembers the password it is to be opened with afterwards. */
    private static final class ClosedFolderReopener implements WorkspaceReopener {
        private final Path folder;
        WorkspacePassword password = WorkspacePassword.none();
        int reopenings;

        ClosedFolderReopener(Path folder) {
            this.folder = folder;
        }

        @Override
        public CompletableFuture<Void> reopenAfter(ClosedWorkspaceWork work) {
            reopenings++;
            try {
                password = work.run(folder, password);
                return CompletableFuture.completedFuture(null);
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }
    }

    private ClosedFolderReopener closedWorkspace() {
        Path folder = temp.resolve("ws");
        WorkspaceServices.open(folder, Clock.systemUTC()).close();
        return new ClosedFolderReopener(folder);
    }

    @Test
    void saysWhatIsWrongWithTheTypedPasswordsAsTheyAreTyped() {
        var protect = new WorkspacePasswordViewModel(messages, Mode.PROTECT, work -> null, Clock.systemUTC());
        assertThat(protect.problemProperty().get()).isEqualTo("The new password must be at least 8 characters long.");
        assertThat(protect.validProperty().get()).isFalse();
        protect.newPasswordProperty().set("long enough");
        assertThat(protect.problemProperty().get()).isEqualTo("The two new passwords do not match.");
        protect.repeatProperty().set("long enough");
        assertThat(protect.problemProperty().get()).isEmpty();
        assertThat(protect.validProperty().get()).isTrue();

        var change = new WorkspacePasswordViewModel(messages, Mode.CHANGE, work -> null, Clock.systemUTC());
        assertThat(change.problemProperty().get()).isEqualTo("Enter the current password.");
        change.currentProperty().set("long enough");
        change.newPasswordProperty().set("long enough");
        change.repeatProperty().set("long enough");
        assertThat(change.problemProperty().get()).isEqualTo("The new password is the same as the current one.");

        var remove = new WorkspacePasswordViewModel(messages, Mode.REMOVE, work -> null, Clock.systemUTC());
        assertThat(remove.validProperty().get()).isFalse();
        remove.currentProperty().set("x");
        assertThat(remove.validProperty().get()).isTrue();
        assertThat(remove.title()).isEqualTo("Remove password");
    }

    @Test
    void protectsChangesAndRemovesThroughTheReopener() {
        ClosedFolderReopener reopener = closedWorkspace();
        Path file = WorkspaceFiles.databaseFile(temp.resolve("ws"));

        var protect = new WorkspacePasswordViewModel(messages, Mode.PROTECT, reopener, Clock.systemUTC());
        protect.newPasswordProperty().set("first secret");
        protect.repeatProperty().set("first secret");
        assertThat(protect.apply().join()).startsWith("The workspace is now protected with a password");
        assertThat(WorkspaceEncryption.isEncrypted(file)).isTrue();
        assertThat(reopener.password.characters()).hasValueSatisfying(chars -> assertThat(new String(chars)).isEqualTo("first secret"));

        var change = new WorkspacePasswordViewModel(messages, Mode.CHANGE, reopener, Clock.systemUTC());
        change.currentProperty().set("first secret");
        change.newPasswordProperty().set("second secret");
        change.repeatProperty().set("second secret");
        assertThat(change.apply().join()).startsWith("The password was changed");

        var remove = new WorkspacePasswordViewModel(messages, Mode.REMOVE, reopener, Clock.systemUTC());
        remove.currentProperty().set("second secret");
        assertThat(remove.apply().join()).startsWith("The password was removed");
        assertThat(WorkspaceEncryption.isEncrypted(file)).isFalse();
        assertThat(reopener.password.isPresent()).isFalse();
        assertThat(reopener.reopenings).isEqualTo(3);
    }

    @Test
    void aWrongCurrentPasswordFailsAndLeavesThePasswordAsItWas() {
        ClosedFolderReopener reopener = closedWorkspace();
        var protect = new WorkspacePasswordViewModel(messages, Mode.PROTECT, reopener, Clock.systemUTC());
        protect.newPasswordProperty().set("first secret");
        protect.repeatProperty().set("first secret");
        protect.apply().join();

        var change = new WorkspacePasswordViewModel(messages, Mode.CHANGE, reopener, Clock.systemUTC());
        change.currentProperty().set("not the one");
        change.newPasswordProperty().set("second secret");
        change.repeatProperty().set("second secret");
        assertThatThrownBy(() -> change.apply().join()).isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.WRONG_PASSWORD));
        assertThat(reopener.password.characters()).hasValueSatisfying(chars -> assertThat(new String(chars)).isEqualTo("first secret"));
        WorkspaceServices.open(temp.resolve("ws"), WorkspacePassword.of("first secret".toCharArray()), Clock.systemUTC()).close();
    }
}
