package org.icpworkbench.gui.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import org.icpworkbench.gui.common.Theme;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.interview.AnswerAutosaver;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.NewRespondent;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The runner's "could not save" banner in a window: it appears on a failed save and "Try again" clears it. */
class SaveProblemBannerViewTest {

    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private TestWorkspace workspace;
    private AnswerAutosaver autosaver;

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        if (autosaver != null) {
            autosaver.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void theBannerShowsWhileSavingFailsAndTryAgainSavesTheText() throws Exception {
        workspace = TestWorkspace.openIn(temp.resolve("ws"));
        var services = workspace.services();
        long projectId = services.projects().create(ProjectDetails.named("Acme")).join().id();
        long interviewId = services.interviews().start(new InterviewStart(projectId, Optional.empty(),
                Optional.of(new NewRespondent("Olga", "", "", "", true, Optional.of(LocalDate.now()))),
                Audience.SALES, false, LocalDate.now(), "")).join();
        InterviewSheet sheet = services.interviews().sheet(interviewId).join();
        AtomicBoolean diskFull = new AtomicBoolean(true);
        autosaver = new AnswerAutosaver(services.workspace().database(), Clock.systemUTC(), Duration.ofMillis(20),
                Duration.ofMillis(50), Duration.ofHours(1), (dsl, key, draft, at) -> {
                    if (diskFull.get()) {
                        throw new UncheckedIOException(new IOException("No space left on device"));
                    }
                    AnswerAutosaver.DATABASE.save(dsl, key, draft, at);
                });
        Messages messages = Messages.of(Language.EN);
        InterviewRunnerViewModel runner = new InterviewRunnerViewModel(sheet, List.of(), services.interviews(), autosaver,
                messages, new FakeDialogService(), Platform::runLater, java.time.Clock.systemUTC());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Theme.apply(false);
            stage.setScene(new Scene((Parent) new InterviewRunnerView(runner, messages).build(), 1400, 700));
            stage.show();
        });
        Node banner = robot.lookup("#saveProblem").query();
        assertThat(banner.isVisible()).isFalse();

        robot.interact(() -> runner.currentProperty().get().textProperty().set("Внедрили за 6 недель"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, banner::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#saveProblemMessage").queryAs(Label.class).getText())
                .startsWith("Could not save — the disk is full or the folder is read-only (No space left on device).");

        diskFull.set(false);
        robot.clickOn("#saveProblemRetry");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !banner.isVisible());
        var stored = services.interviews().sheet(interviewId).join();
        assertThat(stored.answerTo(stored.questions().get(sheet.firstUnansweredIndex())).map(a -> a.text()))
                .contains("Внедрили за 6 недель");
    }

    @Test
    void aLongReasonWrapsAndKeepsTryAgainInsideTheNarrowestWindow() throws Exception {
        workspace = TestWorkspace.openIn(temp.resolve("ws"));
        var services = workspace.services();
        long projectId = services.projects().create(ProjectDetails.named("Acme")).join().id();
        long interviewId = services.interviews().start(new InterviewStart(projectId, Optional.empty(),
                Optional.of(new NewRespondent("Olga", "", "", "", true, Optional.of(LocalDate.now()))),
                Audience.SALES, false, LocalDate.now(), "")).join();
        InterviewSheet sheet = services.interviews().sheet(interviewId).join();
        String longReason = "Нет места на устройстве — " + "очень длинное системное сообщение ".repeat(80);
        autosaver = new AnswerAutosaver(services.workspace().database(), Clock.systemUTC(), Duration.ofMillis(20),
                Duration.ofMillis(50), Duration.ofHours(1), (dsl, key, draft, at) -> {
                    throw new UncheckedIOException(new IOException(longReason));
                });
        Messages messages = Messages.of(Language.RU);
        InterviewRunnerViewModel runner = new InterviewRunnerViewModel(sheet, List.of(), services.interviews(), autosaver,
                messages, new FakeDialogService(), Platform::runLater, java.time.Clock.systemUTC());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Theme.apply(false);
            stage.setScene(new Scene((Parent) new InterviewRunnerView(runner, messages).build(), 760, 480));
            // The primary stage is shared between tests and keeps the size an earlier one gave it.
            stage.setWidth(760);
            stage.setHeight(480);
            stage.show();
        });
        Node banner = robot.lookup("#saveProblem").query();
        robot.interact(() -> runner.currentProperty().get().textProperty().set("Внедрили"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, banner::isVisible);
        WaitForAsyncUtils.waitForFxEvents();

        Node retry = robot.lookup("#saveProblemRetry").query();
        var bounds = retry.localToScene(retry.getBoundsInLocal());
        assertThat(banner.getScene().getWidth()).as("the window is as narrow as it can be").isEqualTo(760);
        assertThat(bounds.getMaxX()).as("Try again is inside the window").isLessThanOrEqualTo(760);
        assertThat(bounds.getWidth()).isPositive();
        assertThat(robot.lookup("#saveProblemMessage").queryAs(Label.class).getText().length())
                .as("the reason is cut to a readable length").isLessThan(600);
    }
}
