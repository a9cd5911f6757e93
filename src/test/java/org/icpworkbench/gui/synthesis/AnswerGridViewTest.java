package org.icpworkbench.gui.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.icpworkbench.model.coding.TagSummary;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.testsupport.WindowTest;
import org.junit.jupiter.api.Test;

/** The answer grid in the real window: pick an answer, select words, tag them with a new tag. */
class AnswerGridViewTest extends WindowTest {

    @Test
    void wordsOfAnAnswerAreTaggedFromTheGrid() throws Exception {
        startApplication(Language.EN);

        robot.clickOn("#answersTabNav");
        TableView<?> grid = robot.lookup("#answerGrid").queryTableView();
        waitUntil(() -> grid.isVisible() && !grid.getItems().isEmpty());
        assertThat(grid.getItems()).hasSize(3);
        robot.clickOn(cell("#answerGrid", 0));
        TextArea answer = robot.lookup("#gridAnswerText").queryAs(TextArea.class);
        waitUntil(() -> !answer.getText().isBlank());

        robot.clickOn(answer);
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL, KeyCode.SHIFT);
        }
        waitUntil(() -> !answer.getSelectedText().isBlank());
        String selected = answer.getSelectedText().strip();
        ListView<?> passages = robot.lookup("#gridPassages").queryListView();
        int before = passages.getItems().size();
        robot.clickOn("#gridNewTag").write("Mid-sized distributors");
        robot.clickOn("#gridApplyTags");

        waitUntil(() -> passages.getItems().size() == before + 1);
        long projectId = app.services().projects().summaries(true).join().getFirst().id();
        TagSummary tag = app.services().coding().tags(projectId).join().stream()
                .filter(summary -> summary.tag().name().equals("Mid-sized distributors")).findFirst().orElseThrow();
        assertThat(tag.passageCount()).isEqualTo(1);
        assertThat(app.services().coding().passagesOfTag(projectId, tag.tag().id()).join())
                .singleElement().satisfies(p -> assertThat(p.text()).isEqualTo(selected));
    }
}
