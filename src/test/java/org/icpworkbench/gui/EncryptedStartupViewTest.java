package org.icpworkbench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.logic.workspace.WorkspacePassword;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window on an encrypted workspace: the password is asked for, a wrong one asked again with the reason. */
class EncryptedStartupViewTest {

    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private Application application;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
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

    private void type(String password) throws Exception {
        waitUntil(() -> robot.lookup("#workspacePasswordField").tryQuery().isPresent());
        PasswordField field = robot.lookup("#workspacePasswordField").queryAs(PasswordField.class);
        robot.clickOn(field).write(password).type(KeyCode.ENTER);
    }

    @Test
    void aWrongPasswordIsAskedAgainWithTheReasonThenTheRightOneShowsTheProjects() throws Exception {
        Path folder = temp.resolve("workspace");
        try (WorkspaceServices services = WorkspaceServices.open(folder, WorkspacePassword.of("correct horse".toCharArray()),
                Clock.systemUTC())) {
            services.samples().createSample(Language.EN).join();
        }
        StartupOptions options = new StartupOptions(folder, new UserSettingsStore(temp.resolve("config")),
                Optional.of(Language.EN));
        application = FxToolkit.setupApplication(() -> new IcpWorkbenchApp(options));

        type("wrong horse");
        waitUntil(() -> robot.lookup("#workspacePasswordError").tryQuery().map(Label.class::cast)
                .filter(label -> label.isVisible() && label.getText().contains("is wrong")).isPresent());

        type("correct horse");
        waitUntil(() -> robot.lookup("#projectList").tryQuery().isPresent()
                && !robot.lookup("#projectList").queryListView().getItems().isEmpty());
        assertThat(robot.lookup("#workspacePasswordField").tryQuery()).isEmpty();
        // The project page finishes loading before the window closes, as RunningApp waits for it too.
        waitUntil(() -> robot.lookup("#interviewTable").tryQuery().isPresent()
                && !robot.lookup("#interviewTable").queryTableView().getItems().isEmpty());
        assertThat(((IcpWorkbenchApp) application).services().orElseThrow().workspace().password().isPresent()).isTrue();
    }
}
