package org.icpworkbench.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.ProjectSummary;
import org.icpworkbench.testsupport.RunningApp;
import org.icpworkbench.testsupport.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Backups section of the Settings dialog in the real window: back up, make a change, restore the backup through
 * the confirmation, and the window shows the workspace as it was, with the replaced file kept beside it.
 */
class SettingsViewTest extends WindowTest {

    private void openSettings() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#backupTable").tryQuery().isPresent());
    }

    private void waitLong(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
    }

    private ListView<ProjectSummary> projectList() {
        return robot.lookup("#projectList").queryListView();
    }

    private boolean listed(String name) {
        return projectList().getItems().stream().anyMatch(project -> project.name().equals(name));
    }

    @Test
    void aBackupIsRestoredFromTheSettingsAndTheWindowShowsTheWorkspaceAsItWas() throws Exception {
        // Creating the sample, closing and reopening take long on a busy machine.
        app = RunningApp.start(temp, Language.EN, robot, files, Duration.ofSeconds(90));
        Path workspace = temp.resolve("workspace");

        // Back up now: the new backup is listed on top, taken "by hand".
        openSettings();
        TableView<BackupsViewModel.Row> table = robot.lookup("#backupTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        int before = table.getItems().size();
        Button restore = robot.lookup("#restoreBackupButton").queryButton();
        assertThat(restore.isDisabled()).isTrue();
        robot.clickOn("#backUpNowButton");
        waitUntil(() -> table.getItems().size() == before + 1);
        assertThat(table.getItems().getFirst().reason()).isEqualTo("by hand");
        robot.clickOn("Cancel");
        waitUntil(() -> robot.lookup("#backupTable").tryQuery().isEmpty());

        // A change after the backup.
        robot.clickOn("#newProjectButton");
        waitUntil(() -> robot.lookup("#dialogTextField").tryQuery().isPresent());
        robot.clickOn("#dialogTextField").write("Made after the backup");
        robot.clickOn("Create");
        waitUntil(() -> listed("Made after the backup"));

        // Restore the manual backup, confirming.
        openSettings();
        TableView<BackupsViewModel.Row> reopened = robot.lookup("#backupTable").queryTableView();
        waitUntil(() -> !reopened.getItems().isEmpty() && "by hand".equals(reopened.getItems().getFirst().reason()));
        robot.clickOn(cell("#backupTable", 0));
        waitUntil(() -> !robot.lookup("#restoreBackupButton").queryButton().isDisabled());
        robot.clickOn("#restoreBackupButton");
        waitUntil(() -> robot.lookup("Restore").tryQuery().isPresent());
        robot.clickOn("Restore");
        waitLong(() -> robot.lookup(".dialog-pane .header-panel .label").queryAll().stream()
                .anyMatch(label -> ((javafx.scene.control.Label) label).getText().startsWith("The workspace is back as it was on")));
        robot.clickOn("Close");
        robot.clickOn("Cancel");

        waitLong(() -> !listed("Made after the backup") && !projectList().getItems().isEmpty()
                && !projectList().isDisabled());
        assertThat(app.services().projects().summaries(true).join()).extracting(ProjectSummary::name)
                .doesNotContain("Made after the backup");
        try (Stream<Path> files = Files.list(workspace)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("workspace.mv.db.before-restore-"));
        }
        // The window works on the reopened workspace.
        robot.clickOn("#newProjectButton");
        waitUntil(() -> robot.lookup("#dialogTextField").tryQuery().isPresent());
        robot.clickOn("#dialogTextField").write("Made after the restore");
        robot.clickOn("Create");
        waitUntil(() -> listed("Made after the restore"));
    }
}
