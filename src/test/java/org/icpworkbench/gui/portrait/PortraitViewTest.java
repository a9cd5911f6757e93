package org.icpworkbench.gui.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.CharacteristicRow;
import org.icpworkbench.model.portrait.DecisionStatus;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.portrait.PortraitVersionInfo;
import org.icpworkbench.testsupport.WindowTest;
import org.junit.jupiter.api.Test;

/**
 * The Portrait page in the real window on the sample project: accept a proposal, override another, publish a version,
 * change the portrait, publish again and compare the two versions.
 */
class PortraitViewTest extends WindowTest {

    @Test
    void proposalsAreAcceptedOrOverriddenThenPublishedAndCompared() throws Exception {
        startApplication(Language.EN);
        robot.clickOn("#portraitTabNav");
        TableView<PortraitViewModel.Row> table = robot.lookup("#characteristicTable").queryTableView();
        waitUntil(() -> table.getItems().size() == Characteristic.values().length);
        long project = app.firstProjectId();

        // Accept: the industry proposal becomes the portrait's value (after undoing any earlier decision).
        select(table, Characteristic.INDUSTRY);
        Button reset = robot.lookup("#portraitReset").queryButton();
        if (!reset.isDisabled()) {
            robot.clickOn(reset);
            waitUntil(() -> row(project, Characteristic.INDUSTRY).decision().isEmpty());
        }
        String proposal = row(project, Characteristic.INDUSTRY).proposal().value();
        assertThat(proposal).isNotBlank();
        robot.clickOn("#portraitAccept");
        waitUntil(() -> row(project, Characteristic.INDUSTRY).decision()
                .filter(decision -> decision.status() == DecisionStatus.ACCEPTED && decision.value().equals(proposal)).isPresent());
        waitUntil(() -> rowOf(table, Characteristic.INDUSTRY).status().equals("Accepted"));

        // Override: the user's own sales cycle replaces the proposal; the evidence stays listed beside it.
        select(table, Characteristic.SALES_CYCLE);
        ListView<String> evidence = robot.lookup("#portraitEvidence").queryListView();
        waitUntil(() -> !evidence.getItems().isEmpty());
        int evidenceBefore = evidence.getItems().size();
        TextArea value = robot.lookup("#portraitValue").queryAs(TextArea.class);
        robot.clickOn(value).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("6 to 10 weeks; longer with a tender");
        robot.clickOn("#portraitOverride");
        waitUntil(() -> rowOf(table, Characteristic.SALES_CYCLE).value().equals("6 to 10 weeks; longer with a tender")
                && rowOf(table, Characteristic.SALES_CYCLE).status().equals("Overridden"));
        assertThat(evidence.getItems()).hasSize(evidenceBefore);
        assertThat(row(project, Characteristic.SALES_CYCLE).decision()).hasValueSatisfying(decision ->
                assertThat(decision.matchValues()).containsExactly("6 to 10 weeks", "longer with a tender"));

        // Publish the portrait as it stands.
        int versionsBefore = versions(project).size();
        robot.clickOn("#portraitVersionsTab");
        publishAs("Anna Whitfield");
        waitUntil(() -> versions(project).size() == versionsBefore + 1);

        // Change the sales cycle again, publish a second version, and compare the two.
        robot.clickOn("#portraitCharacteristicsTab");
        select(table, Characteristic.SALES_CYCLE);
        robot.clickOn(value).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("8 to 12 weeks");
        robot.clickOn("#portraitOverride");
        waitUntil(() -> rowOf(table, Characteristic.SALES_CYCLE).value().equals("8 to 12 weeks"));
        robot.clickOn("#portraitVersionsTab");
        publishAs("Anna Whitfield");
        waitUntil(() -> versions(project).size() == versionsBefore + 2);
        TableView<PortraitVersionInfo> versionTable = robot.lookup("#versionTable").queryTableView();
        waitUntil(() -> versionTable.getItems().size() == versionsBefore + 2);
        PortraitVersionInfo newest = versionTable.getItems().getFirst();
        assertThat(newest.reviewDate()).isEqualTo(newest.publishedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()
                .plusYears(1));

        robot.clickOn("#portraitCompare");
        ListView<String> differences = robot.lookup("#portraitDifferences").queryListView();
        waitUntil(() -> !differences.getItems().isEmpty());
        assertThat(differences.getItems())
                .contains("Sales cycle: “6 to 10 weeks; longer with a tender” → “8 to 12 weeks”");
    }

    private void publishAs(String author) throws Exception {
        robot.clickOn("#portraitPublish");
        waitUntil(() -> robot.lookup("#dialogTextField").tryQuery().isPresent());
        robot.clickOn("#dialogTextField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(author);
        Button publish = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().equals("Publish")).findFirst().orElseThrow();
        robot.clickOn(publish);
        waitUntil(() -> robot.lookup("#dialogTextField").tryQuery().isEmpty());
    }

    /** Scrolls the characteristic into view and clicks its rendered row. */
    private void select(TableView<PortraitViewModel.Row> table, Characteristic characteristic) throws Exception {
        int index = indexOf(table, characteristic);
        robot.interact(() -> table.scrollTo(index));
        robot.clickOn(cell("#characteristicTable", index));
        waitUntil(() -> table.getSelectionModel().getSelectedIndex() == index);
    }

    private static int indexOf(TableView<PortraitViewModel.Row> table, Characteristic characteristic) {
        List<PortraitViewModel.Row> rows = table.getItems();
        for (int index = 0; index < rows.size(); index++) {
            if (rows.get(index).source().characteristic() == characteristic) {
                return index;
            }
        }
        throw new AssertionError("No row for " + characteristic);
    }

    private static PortraitViewModel.Row rowOf(TableView<PortraitViewModel.Row> table, Characteristic characteristic) {
        return table.getItems().get(indexOf(table, characteristic));
    }

    private PortraitState state(long project) {
        return app.services().portraits().load(project, LocalDate.now(), Messages.of(Language.EN)).join();
    }

    private CharacteristicRow row(long project, Characteristic characteristic) {
        Optional<CharacteristicRow> row = state(project).row(characteristic);
        return row.orElseThrow();
    }

    private List<PortraitVersionInfo> versions(long project) {
        return app.services().portraits().versions(project).join();
    }
}
