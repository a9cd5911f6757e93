package org.icpworkbench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.logic.workspace.WorkspaceFiles;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.project.ProjectSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a workspace file rolled back to an older copy: the recovery dialog, and a restore that opens it. */
class RecoveryStartupViewTest {

    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private Application application;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /**
     * A window closed by an earlier test while its project page still loaded leaves a WorkspaceClosedException for
     * TestFX to report in the next test; it is not this test's (see the report on EncryptedStartupViewTest).
     */
    @org.junit.jupiter.api.BeforeEach
    void forgetEarlierTestsAsyncFailures() {
        WaitForAsyncUtils.clearExceptions();
    }

    @AfterEach
    void stopApplication() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out; windows: " + robot.listWindows(), e);
        }
    }

    @Test
    void aRolledBackFileShowsTheRecoveryDialogAndRestoringTheNewestBackupShowsTheProjects() throws Exception {
        Path folder = temp.resolve("workspace");
        Path file = WorkspaceFiles.databaseFile(folder);
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.projects().create(ProjectDetails.named("First")).join();
        }
        byte[] older = Files.readAllBytes(file);
        // The sample made after the copy: the newest backup (taken on closing) holds it, the rolled-back file does not.
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.samples().createSample(Language.EN).join();
        }
        Files.write(file, older);
        StartupOptions options = new StartupOptions(folder, new UserSettingsStore(temp.resolve("config")),
                Optional.of(Language.EN));

        application = FxToolkit.setupApplication(() -> new IcpWorkbenchApp(options));

        waitUntil(() -> robot.lookup("#recoveryRESTORE").tryQuery().isPresent());
        assertThat(robot.lookup("#workspaceRecovery").tryQuery()).isPresent();
        assertThat(robot.lookup("#recoverySCRIPT").tryQuery()).isPresent();
        try (var quarantined = Files.list(folder.resolve("quarantine"))) {
            assertThat(quarantined.count()).isEqualTo(1);
        }
        robot.clickOn(robot.lookup("#recoveryRESTORE").queryAs(Button.class));

        // Waiting for the sample's interviews also lets the project page finish loading before the window closes.
        waitUntil(() -> robot.lookup("#interviewTable").tryQuery().isPresent()
                && !robot.lookup("#interviewTable").queryTableView().getItems().isEmpty());
        assertThat(robot.lookup("#projectList").queryListView().getItems()).extracting(item -> ((ProjectSummary) item).name())
                .hasSize(2).contains("First");
        assertThat(robot.lookup("#workspaceRecovery").tryQuery()).isEmpty();
    }
}
