package org.icpworkbench.gui.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.icpworkbench.logic.search.SearchHit;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.testsupport.WindowTest;
import org.junit.jupiter.api.Test;

/** Search in the real window, in Russian: another word form finds the answer, and a hit opens its interview. */
class SearchViewTest extends WindowTest {

    @Test
    void aRussianWordFindsItsOtherFormsAndOpensTheInterview() throws Exception {
        startApplication(Language.RU);

        robot.clickOn("#searchTabNav");
        robot.clickOn("#searchQuery").write("клиент");
        robot.type(javafx.scene.input.KeyCode.ENTER);

        ListView<SearchHit> hits = robot.lookup("#searchHits").queryListView();
        waitUntil(() -> !hits.getItems().isEmpty());
        assertThat(hits.getItems()).anySatisfy(hit -> {
            String matched = hit.snippet().substring(hit.highlights().getFirst().start(), hit.highlights().getFirst().end());
            assertThat(matched.toLowerCase()).startsWith("клиент").isNotEqualTo("клиент");
        });
        assertThat(robot.lookup("#searchStatus").queryAs(Label.class).getText()).startsWith("Найден");

        SearchHit first = hits.getItems().getFirst();
        robot.doubleClickOn(cell("#searchHits", 0));
        waitUntil(() -> robot.lookup("#questionText").tryQuery().isPresent());
        String question = robot.lookup("#questionText").queryAs(Label.class).getText();
        var sheet = app.services().interviews().sheet(first.document().interviewId()).join();
        assertThat(sheet.questions()).anySatisfy(q -> {
            assertThat(q.id()).isEqualTo(first.document().questionId());
            assertThat(q.text().ru()).isEqualTo(question);
        });
    }
}
