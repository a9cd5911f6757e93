package org.icpworkbench.gui.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.icpworkbench.gui.IcpWorkbenchApp;
import org.icpworkbench.gui.StartupOptions;
import org.icpworkbench.logic.interview.StructuredValues;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.Answer;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A complete interview for each audience through the real window, keyboard first: begin, type, give
 * structured values, skip one question, quit halfway, restart the application, resume, review and finish.
 * The database is read at the end.
 */
class InterviewRunnerViewTest {

    private static final String RESPONDENT = "Test Person";

    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private IcpWorkbenchApp application;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
    }

    private void startApplication() throws Exception {
        StartupOptions options = new StartupOptions(temp.resolve("workspace"),
                new UserSettingsStore(temp.resolve("config")), Optional.of(Language.EN));
        application = (IcpWorkbenchApp) FxToolkit.setupApplication(() -> new IcpWorkbenchApp(options));
        waitUntil(() -> robot.lookup("#interviewTable").tryQuery().isPresent()
                && !robot.lookup("#interviewTable").queryTableView().getItems().isEmpty());
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting; windows: " + robot.listWindows(), e);
        }
    }

    private WorkspaceServices services() {
        return application.services().orElseThrow();
    }

    private String progress() {
        return robot.lookup("#runnerProgress").queryAs(Label.class).getText();
    }

    private void shortcut(KeyCode... keys) {
        robot.press(keys).release(keys);
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void aWholeInterviewRunsEndToEndByKeyboard(Audience audience) throws Exception {
        startApplication();
        robot.clickOn("#newInterviewButton");
        waitUntil(() -> robot.lookup("#startName").tryQuery().isPresent());
        robot.clickOn("#startAudience");
        for (int i = 0; i < audience.ordinal(); i++) {
            shortcut(KeyCode.DOWN);
        }
        shortcut(KeyCode.ENTER);
        robot.clickOn("#startName").write(RESPONDENT);
        robot.clickOn("Begin interview");
        waitUntil(() -> robot.lookup("#answerText").tryQuery().isPresent());

        int total = services().interviews().sheet(interviewId()).join().questions().size();
        int half = total / 2;
        for (int index = 0; index < half; index++) {
            answerCurrentPage(index, total);
        }
        shortcut(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> robot.lookup("#interviewRunner").tryQuery().isEmpty());

        FxToolkit.cleanupApplication(application);
        application = null;
        startApplication();
        openInterviewRow();
        waitUntil(() -> robot.lookup("#runnerProgress").tryQuery().isPresent());
        assertThat(progress()).isEqualTo((half + 1) + " of " + total);

        for (int index = half; index < total; index++) {
            answerCurrentPage(index, total);
        }
        waitUntil(() -> robot.lookup("#finishButton").tryQuery().isPresent());
        robot.clickOn("#finishButton");
        waitUntil(() -> robot.lookup("#interviewRunner").tryQuery().isEmpty());

        InterviewSheet sheet = services().interviews().sheet(interviewId()).join();
        assertThat(sheet.details().status()).isEqualTo(InterviewStatus.COMPLETE);
        assertThat(sheet.details().respondent().name()).isEqualTo(RESPONDENT);
        for (int index = 0; index < total; index++) {
            Question question = sheet.questions().get(index);
            Answer answer = sheet.answerTo(question).orElseThrow();
            if (index == 1) {
                assertThat(answer.notAsked()).as("question %s skipped", question.code()).isTrue();
                continue;
            }
            assertThat(answer.text()).isEqualTo("Answer " + question.code());
            expectedValue(question).ifPresent(expected ->
                    assertThat(StructuredValues.read(answer.structuredValue())).containsAllEntriesOf(expected));
        }
    }

    /** Types the answer (or skips the second question), fills a structured value, and moves on by keyboard. */
    private void answerCurrentPage(int index, int total) throws Exception {
        waitUntil(() -> progress().equals((index + 1) + " of " + total));
        Question question = services().interviews().sheet(interviewId()).join().questions().get(index);
        if (index == 1) {
            shortcut(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        } else {
            robot.clickOn("#answerText").write("Answer " + question.code());
            fillStructuredValue(question);
            robot.clickOn("#answerText");
        }
        shortcut(KeyCode.CONTROL, KeyCode.ENTER);
    }

    private void fillStructuredValue(Question question) {
        for (QuestionField field : question.fields()) {
            switch (field.type()) {
                case NUMBER, PERCENT, DURATION, MONEY -> robot.clickOn("#field-" + field.key()).write("12");
                case SCALE -> robot.clickOn("#field-" + field.key() + "-9");
                case YESNO -> robot.clickOn("#field-" + field.key() + "-yes");
                default -> { }
            }
        }
    }

    private Optional<Map<String, Object>> expectedValue(Question question) {
        for (QuestionField field : question.fields()) {
            switch (field.type()) {
                case NUMBER, PERCENT -> {
                    return Optional.of(Map.of(field.key(), 12));
                }
                case DURATION -> {
                    return Optional.of(Map.of(field.key(), Map.of("amount", 12, "unit", "MONTHS")));
                }
                case MONEY -> {
                    return Optional.of(Map.of(field.key(), Map.of("amount", 12, "currency", "RUB")));
                }
                case SCALE -> {
                    return Optional.of(Map.of(field.key(), 9));
                }
                case YESNO -> {
                    return Optional.of(Map.of(field.key(), true));
                }
                default -> { }
            }
        }
        return Optional.empty();
    }

    private long interviewId() {
        long projectId = services().projects().summaries(true).join().getFirst().id();
        List<InterviewSummary> interviews = services().interviews().interviews(projectId).join();
        return interviews.stream().filter(i -> i.respondentName().equals(RESPONDENT)).findFirst().orElseThrow().id();
    }

    private Optional<javafx.scene.Node> respondentRow() {
        return robot.lookup("#interviewTable .table-row-cell").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.TableRow<?> row && row.getItem() instanceof InterviewSummary item
                        && item.respondentName().equals(RESPONDENT) && row.isVisible())
                .findFirst();
    }

    private void openInterviewRow() throws Exception {
        TableView<InterviewSummary> table = robot.lookup("#interviewTable").queryTableView();
        // Double-click the rendered row itself: a text lookup can hit the table's hidden measuring cell.
        waitUntil(() -> respondentRow().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(respondentRow().orElseThrow());
    }

    @org.junit.jupiter.api.Test
    void questionNineteenOfTheSampleShowsTheSegmentsRankedByTheCustomerData() throws Exception {
        startApplication();
        waitUntil(() -> interviewRow("Michael Grant").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(interviewRow("Michael Grant").orElseThrow());
        waitUntil(() -> questionCell(0).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(questionCell(0).orElseThrow());
        waitUntil(() -> robot.lookup("#customerFigures").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());

        assertThat(robot.lookup("#questionText").queryAs(Label.class).getText())
                .isEqualTo("Which customers are the most profitable for us, and why?");
        Label figures = robot.lookup("#customerFiguresText").queryAs(Label.class);
        assertThat(figures.getText()).startsWith("Segments by CLV\n1. Mid-size distributors — ")
                .contains("Segments by total gross margin\n1. Mid-size distributors — ")
                .doesNotContain("No customer data yet");
        assertThat(robot.lookup("#customerFigures .label").queryAllAs(Label.class))
                .anySatisfy(title -> assertThat(title.getText()).startsWith("From your customer data (as of "));
    }

    private Optional<javafx.scene.Node> interviewRow(String respondent) {
        return robot.lookup("#interviewTable .table-row-cell").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.TableRow<?> row && row.getItem() instanceof InterviewSummary item
                        && item.respondentName().equals(respondent) && row.isVisible())
                .findFirst();
    }

    private Optional<javafx.scene.Node> questionCell(int index) {
        return robot.lookup("#questionList .list-cell").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.ListCell<?> cell && !cell.isEmpty()
                        && cell.getIndex() == index && cell.isVisible())
                .findFirst();
    }
}
