package org.icpworkbench.gui.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.gui.main.FakeFeatureDialogs;
import org.icpworkbench.gui.main.MainWindowViewModel;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewDetails;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.testsupport.MutableClock;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recorded duration of an interview is the time spent on it while it was a draft. Viewing a completed interview —
 * from the list or from a search hit — leaves it as it is. Real workspace, the window's view model, a clock moved by hand.
 */
class InterviewDurationTest {

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeFeatureDialogs features = new FakeFeatureDialogs();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
    private MainWindowViewModel main;

    @BeforeEach
    void setUp() {
        workspace = TestWorkspace.openIn(temp.resolve("ws"));
        workspace.services().projects().create(ProjectDetails.named("Acme")).join();
        main = new MainWindowViewModel(Messages.of(Language.EN), dialogs, features.all(), Runnable::run,
                new UserSettingsStore(temp.resolve("config")), clock);
        main.attach(workspace.services(), false).join();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private InterviewRunnerViewModel begin() {
        features.interview.startReplies.add(start -> {
            start.audienceProperty().set(Audience.PROFITABILITY);
            start.nameProperty().set("Olga Petrova");
            start.roleProperty().set("CFO");
            start.consentGivenProperty().set(true);
            start.interviewerProperty().set("Anna");
        });
        main.startInterview().join();
        return main.activeInterviewProperty().get();
    }

    private InterviewDetails stored(long interviewId) {
        return workspace.services().interviews().sheet(interviewId).join().details();
    }

    /** The clock moves on while the runner is open; the view's timer ticks. */
    private void spend(InterviewRunnerViewModel runner, Duration time) {
        for (long s = 0; s < time.toSeconds(); s++) {
            clock.advance(Duration.ofSeconds(1));
            runner.tick();
        }
    }

    private long completedAfterAnHour() {
        InterviewRunnerViewModel runner = begin();
        runner.currentProperty().get().textProperty().set("Distributors");
        spend(runner, Duration.ofSeconds(3602));
        runner.finish().join();
        long id = runner.interviewId();
        assertThat(stored(id).status()).isEqualTo(InterviewStatus.COMPLETE);
        assertThat(stored(id).durationSeconds()).isEqualTo(3602);
        return id;
    }

    @Test
    void viewingACompletedInterviewTwiceFromSearchLeavesItsDuration() {
        long id = completedAfterAnHour();
        long question = workspace.services().interviews().sheet(id).join().questions().get(0).id();

        for (int view = 0; view < 2; view++) {
            main.openInterviewAt(id, question).join();
            InterviewRunnerViewModel viewing = main.activeInterviewProperty().get();
            spend(viewing, Duration.ofSeconds(8));
            assertThat(viewing.elapsedProperty().get()).isEqualTo("1:00:02");
            viewing.close().join();
        }

        assertThat(stored(id).durationSeconds()).isEqualTo(3602);
        assertThat(stored(id).status()).isEqualTo(InterviewStatus.COMPLETE);
    }

    @Test
    void correctingACompletedInterviewOnTheReviewPageDoesNotCountAsInterviewTime() {
        long id = completedAfterAnHour();

        main.openInterview(id).join();
        InterviewRunnerViewModel viewing = main.activeInterviewProperty().get();
        viewing.pages().get(0).textProperty().set("Distributors and retailers");
        spend(viewing, Duration.ofSeconds(20));
        viewing.close().join();

        assertThat(stored(id).durationSeconds()).isEqualTo(3602);
        assertThat(workspace.services().interviews().sheet(id).join().answerTo(
                workspace.services().interviews().sheet(id).join().questions().get(0)).orElseThrow().text())
                .isEqualTo("Distributors and retailers");
    }

    @Test
    void timeOnADraftCountsEachTimeItIsResumed() {
        InterviewRunnerViewModel runner = begin();
        spend(runner, Duration.ofSeconds(90));
        runner.close().join();
        long id = runner.interviewId();
        assertThat(stored(id).durationSeconds()).isEqualTo(90);

        main.openInterview(id).join();
        InterviewRunnerViewModel resumed = main.activeInterviewProperty().get();
        spend(resumed, Duration.ofSeconds(30));
        assertThat(resumed.elapsedProperty().get()).isEqualTo("2:00");
        resumed.close().join();

        assertThat(stored(id).durationSeconds()).isEqualTo(120);
        assertThat(stored(id).status()).isEqualTo(InterviewStatus.DRAFT);
    }
}
