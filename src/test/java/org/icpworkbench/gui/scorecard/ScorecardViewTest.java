package org.icpworkbench.gui.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.scorecard.Tier;
import org.icpworkbench.testsupport.WindowTest;
import org.junit.jupiter.api.Test;

/**
 * The Scorecard page in the real window: the sample customers tiered by the scorecard proposed from the portrait,
 * with every point explained; a prospect typed into the real editor, scored and explained.
 */
class ScorecardViewTest extends WindowTest {

    @Test
    void theSampleCustomersAreTieredAndATypedProspectIsScoredWithExplanations() throws Exception {
        startApplication(Language.EN);
        robot.clickOn("#scorecardTabNav");
        TableView<ScorecardViewModel.AccountRow> customers = robot.lookup("#scoredCustomerTable").queryTableView();
        waitUntil(() -> customers.getItems().size() == 44 || customers.getItems().size() > 30);
        Label share = robot.lookup("#icpShare").queryAs(Label.class);
        waitUntil(() -> share.getText().startsWith("Active customers: 31, of them tier A: "));
        assertThat(customers.getItems()).extracting(ScorecardViewModel.AccountRow::tier).contains(Tier.A, Tier.B, Tier.C);
        assertThat(customers.getItems().getFirst().tier()).isEqualTo(Tier.A);
        assertThat(robot.lookup("#scorecardSource").queryAs(Label.class).getText()).startsWith("Proposed from the portrait");

        // Selecting the best customer lists every point gained or lost.
        robot.clickOn(cell("#scoredCustomerTable", 0));
        ListView<String> customerLines = robot.lookup("#customerExplanations").queryListView();
        waitUntil(() -> !customerLines.getItems().isEmpty());
        assertThat(customerLines.getItems().getFirst()).isEqualTo("Segment “Mid-size distributors” is in the list (+5 of 5)");
        assertThat(customerLines.getItems()).anyMatch(line -> line.contains("not recorded for customer accounts"));

        // A prospect typed into the editor.
        robot.clickOn("#prospectsTab");
        waitUntil(() -> robot.lookup("#prospectAdd").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        robot.clickOn("#prospectAdd");
        waitUntil(() -> robot.lookup("#prospectName").tryQuery().isPresent());
        Button save = robot.lookup("#prospectSave").queryButton();
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn("#prospectName").write("Delta Foods");
        robot.clickOn("#prospectSegment").write("Mid-size distributors");
        robot.clickOn("#prospectIndustry").write("Food distribution");
        robot.clickOn("#prospectRegion").write("Central");
        robot.clickOn("#prospectRevenue").write("2x");
        waitUntil(save::isDisabled);
        assertThat(robot.lookup("#prospectProblem").queryAs(Label.class).getText()).isEqualTo("“2x” is not a number.");
        robot.eraseText(1).write(",000,000");
        ComboBox<String> size = robot.lookup("#prospectSizeBand").queryComboBox();
        robot.clickOn(size);
        robot.type(KeyCode.DOWN, 3).type(KeyCode.ENTER);
        waitUntil(() -> size.getValue() != null && size.getValue().startsWith("51"));
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);

        TableView<ScorecardViewModel.AccountRow> prospects = robot.lookup("#prospectTable").queryTableView();
        waitUntil(() -> prospects.getItems().size() == 1);
        ScorecardViewModel.AccountRow delta = prospects.getItems().getFirst();
        assertThat(delta.name()).isEqualTo("Delta Foods");
        assertThat(delta.tier()).isEqualTo(Tier.A);
        assertThat(robot.lookup("#prospectSummary").queryAs(Label.class).getText()).startsWith("Prospects: 1; tier A: 1");
        robot.clickOn(cell("#prospectTable", 0));
        ListView<String> prospectLines = robot.lookup("#prospectExplanations").queryListView();
        waitUntil(() -> !prospectLines.getItems().isEmpty());
        assertThat(robot.lookup("#prospectHeading").queryAs(Label.class).getText())
                .isEqualTo("Delta Foods — score " + delta.score() + " of 100, tier A");
        assertThat(prospectLines.getItems()).contains("Segment “Mid-size distributors” is in the list (+5 of 5)",
                "Industry “Food distribution” is in the list (+5 of 5)", "Size band “51–200 employees” is in the list (+4 of 4)",
                "Decision maker unknown (0 of 3)");
        assertThat(app.services().scorecards().prospects(app.firstProjectId()).join()).singleElement()
                .satisfies(p -> assertThat(p.data().annualRevenue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2000000")));
    }
}
