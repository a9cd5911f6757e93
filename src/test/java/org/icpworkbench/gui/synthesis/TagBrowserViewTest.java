package org.icpworkbench.gui.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.icpworkbench.logic.coding.CodingService;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.coding.TagSummary;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.testsupport.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The tag browser in the real window: merge two tags and see the passages follow; star a quote and find it. */
class TagBrowserViewTest extends WindowTest {

    @Test
    void mergingTagsMovesTheirPassagesAndAStarredPassageIsAQuote() throws Exception {
        startApplication(Language.EN);
        WorkspaceServices services = app.services();
        long projectId = services.projects().summaries(true).join().getFirst().id();
        // The sample comes coded; this test counts exactly the tags and passages it makes (the tab reloads when shown).
        org.icpworkbench.testsupport.UncodedSample.uncode(services, projectId);
        CodingService coding = services.coding();
        Tag price = coding.createTag(projectId, "Price", Optional.empty()).join();
        Tag cost = coding.createTag(projectId, "Cost", Optional.empty()).join();
        List<InterviewSummary> interviews = services.interviews().interviews(projectId).join();
        codeFirstAnswer(services, interviews.get(1), price);
        codeFirstAnswer(services, interviews.get(2), cost);

        robot.clickOn("#tagsTabNav");
        ListView<TagSummary> tags = robot.lookup("#tagList").queryListView();
        waitUntil(() -> tags.getItems().size() == 2 && robot.lookup("Cost").tryQuery().filter(Node::isVisible).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // A text lookup may hit the list's hidden measuring cell, so click the first rendered cell: "Cost" sorts first.
        robot.clickOn(cell("#tagList", 0));
        waitUntil(() -> tags.getSelectionModel().getSelectedItem() != null);
        if (!tags.getSelectionModel().getSelectedItem().tag().name().equals("Cost")) {
            throw new AssertionError("Selected " + tags.getSelectionModel().getSelectedItem().tag().name() + " of " + tags.getItems());
        }
        robot.clickOn("#tagMerge");
        waitUntil(() -> robot.lookup(".choice-dialog").tryQuery().isPresent() || robot.lookup("OK").tryQuery().isPresent());
        robot.clickOn("OK");

        waitUntil(() -> tags.getItems().size() == 1);
        assertThat(tags.getItems().getFirst().tag().name()).isEqualTo("Price");
        ListView<?> passages = robot.lookup("#tagPassages").queryListView();
        waitUntil(() -> passages.getItems().size() == 2);

        robot.clickOn("#answersTabNav");
        waitUntil(() -> !robot.lookup("#answerGrid").queryTableView().getItems().isEmpty());
        robot.clickOn(cell("#answerGrid", 0));
        TextArea answer = robot.lookup("#gridAnswerText").queryAs(TextArea.class);
        waitUntil(() -> !answer.getText().isBlank());
        robot.clickOn(answer);
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        robot.press(KeyCode.SHIFT, KeyCode.END).release(KeyCode.END, KeyCode.SHIFT);
        robot.clickOn("#gridStar");
        waitUntil(() -> coding.quotes(projectId).join().size() == 1);

        robot.clickOn("#tagsTabNav");
        robot.clickOn("#tagQuotes");
        waitUntil(() -> passages.getItems().size() == 1);
    }

    private static void codeFirstAnswer(WorkspaceServices services, InterviewSummary interview, Tag tag) {
        InterviewSheet sheet = services.interviews().sheet(interview.id()).join();
        var question = sheet.questions().getFirst();
        String text = sheet.answerTo(question).orElseThrow().text();
        services.coding().code(interview.id(), question.id(), text, 0, Math.min(30, text.length()), List.of(tag.id()), false).join();
    }
}
