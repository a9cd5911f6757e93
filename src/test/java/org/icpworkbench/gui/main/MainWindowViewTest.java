package org.icpworkbench.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.icpworkbench.gui.IcpWorkbenchApp;
import org.icpworkbench.gui.StartupOptions;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.ProjectSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headless: create, rename, restart, and find everything still there. */
class MainWindowViewTest {

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

    private void startApplication(Language language) throws Exception {
        startApplication(new StartupOptions(temp.resolve("workspace"),
                new UserSettingsStore(temp.resolve("config")), Optional.of(language)));
    }

    private void startApplication(StartupOptions options) throws Exception {
        application = FxToolkit.setupApplication(() -> new IcpWorkbenchApp(options));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#newProjectButton").queryButton().isDisabled() && !projectNames().isEmpty());
    }

    private ListView<ProjectSummary> projectList() {
        return robot.lookup("#projectList").queryListView();
    }

    private java.util.List<String> projectNames() {
        return projectList().getItems().stream().map(ProjectSummary::name).toList();
    }

    private String pageTitle() {
        return robot.lookup("#projectTitle").queryAs(Label.class).getText();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out; windows: " + robot.listWindows().stream()
                    .map(w -> w.getClass().getSimpleName() + (w instanceof javafx.stage.Stage st ? ":" + st.getTitle() : ""))
                    .toList() + ", projects: " + projectNames() + ", title: " + pageTitle(), e);
        }
    }

    @Test
    void anArchiveTheApplicationIsOpenedWithIsImportedAndShown() throws Exception {
        Path archive = temp.resolve("От клиента.icpw");
        try (var other = org.icpworkbench.logic.workspace.WorkspaceServices.open(temp.resolve("other"), java.time.Clock.systemUTC())) {
            long id = other.projects().create(org.icpworkbench.model.project.ProjectDetails.named("Brought on a USB stick"))
                    .join().id();
            new org.icpworkbench.logic.archive.ProjectArchiveExporter(other.workspace().database(), java.time.Clock.systemUTC())
                    .export(id, archive).join();
        }

        startApplication(new StartupOptions(temp.resolve("workspace"), new UserSettingsStore(temp.resolve("config")),
                Optional.of(Language.EN), org.icpworkbench.gui.common.FileChoices.platform(), Optional.of(archive)));

        waitUntil(() -> projectNames().contains("Brought on a USB stick")
                && "Brought on a USB stick".equals(pageTitle()));
        assertThat(projectNames()).contains("Palleta Systems — ICP discovery 2026");
    }

    @Test
    void aFirstStartShowsTheSampleProjectWithItsInterviews() throws Exception {
        startApplication(Language.EN);

        assertThat(projectNames()).containsExactly("Palleta Systems — ICP discovery 2026");
        waitUntil(() -> robot.lookup("#interviewTable").queryTableView().getItems().size() == 12);
        assertThat(pageTitle()).isEqualTo("Palleta Systems — ICP discovery 2026");
    }

    @Test
    void aProjectCreatedAndRenamedInTheWindowIsThereAfterARestart() throws Exception {
        startApplication(Language.EN);

        robot.clickOn("#newProjectButton");
        waitUntil(() -> robot.lookup("#dialogTextField").tryQuery().isPresent());
        robot.clickOn("#dialogTextField").write("Acme renewal");
        waitUntil(() -> robot.lookup("#dialogTextField").queryTextInputControl().getText().equals("Acme renewal"));
        robot.clickOn("Create");
        waitUntil(() -> projectNames().contains("Acme renewal") && pageTitle().equals("Acme renewal"));

        robot.clickOn("#projectList").press(KeyCode.F2).release(KeyCode.F2);
        waitUntil(() -> robot.lookup("#dialogTextField").tryQuery().isPresent());
        robot.clickOn("#dialogTextField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Acme renewal 2027");
        waitUntil(() -> robot.lookup("#dialogTextField").queryTextInputControl().getText().equals("Acme renewal 2027"));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> pageTitle().equals("Acme renewal 2027"));
        assertThat(projectNames()).contains("Acme renewal 2027").doesNotContain("Acme renewal");

        FxToolkit.cleanupApplication(application);
        application = null;
        startApplication(Language.EN);

        assertThat(projectNames()).contains("Acme renewal 2027", "Palleta Systems — ICP discovery 2026").hasSize(2);
        waitUntil(() -> pageTitle().equals("Acme renewal 2027"));
    }

    @Test
    void theWindowSpeaksRussian() throws Exception {
        startApplication(Language.RU);

        assertThat(robot.lookup("#newProjectButton").queryButton().getText()).isEqualTo("Новый проект");
        assertThat(projectNames().getFirst()).contains("Паллета");
        waitUntil(() -> robot.lookup("#projectStats").queryAs(Label.class).getText().startsWith("12 интервью"));
    }

    @Test
    void theProjectListCanBeHiddenToGiveTheProjectTheWholeWidth() throws Exception {
        startApplication(Language.EN);
        javafx.scene.Node page = robot.lookup("#projectTitle").query();
        double before = page.getScene().getWidth() - page.localToScene(page.getBoundsInLocal()).getMinX();
        ListView<ProjectSummary> list = projectList();

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> list.getScene() == null);
        double after = page.getScene().getWidth() - page.localToScene(page.getBoundsInLocal()).getMinX();
        assertThat(after).isGreaterThan(before + 100);

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> list.getScene() != null && list.isVisible());
    }
}
