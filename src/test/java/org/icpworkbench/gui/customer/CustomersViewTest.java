package org.icpworkbench.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.icpworkbench.testsupport.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Customers tab in the real window, through the real dialogs: add a customer by typing in the editor, edit it,
 * filter, put two customers into a segment and delete one — reading back the table's cells and the metrics.
 */
class CustomersViewTest extends WindowTest {

    @Test
    void customersAreAddedEditedFilteredSegmentedAndDeletedInTheWindow() throws Exception {
        startApplication(Language.EN);
        robot.clickOn("#customersTabNav");
        TableView<Customer> table = robot.lookup("#customerTable").queryTableView();
        TableView<SegmentMetrics> metrics = robot.lookup("#metricsTable").queryTableView();
        waitUntil(() -> !metrics.getItems().isEmpty());
        int before = table.getItems().size();

        // Add: Save stays disabled until the name is given and the values can be read.
        robot.clickOn("#customersAdd");
        waitUntil(() -> robot.lookup("#customerName").tryQuery().isPresent());
        Button save = robot.lookup("#customerSave").queryButton();
        assertThat(save.isDisabled()).isTrue();
        robot.clickOn("#customerName").write("Zeta Test Ltd");
        robot.clickOn("#customerRegion").write("Kazan");
        robot.clickOn("#customerRevenue").write("1,5x");
        waitUntil(save::isDisabled);
        assertThat(robot.lookup("#customerProblems").queryAs(Label.class).getText()).isEqualTo("“1,5x” is not a number.");
        robot.eraseText(1).write("00,000");
        robot.clickOn("#customerNps").write("8");
        waitUntil(() -> !save.isDisabled());
        robot.clickOn(save);
        waitUntil(() -> table.getItems().size() == before + 1);

        // Filter down to it and read the row back.
        robot.clickOn("#customersFilter").write("zeta");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(robot.lookup("#customersCount").queryAs(Label.class).getText())
                .isEqualTo("1 of " + (before + 1) + (before + 1 == 1 ? " customer" : " customers"));
        assertThat(cellText(table, 0, "customerColumn-name")).isEqualTo("Zeta Test Ltd");
        assertThat(cellText(table, 0, "customerColumn-region")).isEqualTo("Kazan");
        assertThat(displayed(table, 0, "customerColumn-revenue")).isEqualTo("1,500,000");
        assertThat(displayed(table, 0, "customerColumn-nps")).isEqualTo("8");

        // Edit it: select the row, Enter opens the editor filled with its values.
        robot.clickOn(cell("#customerTable", 0));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#customerName").tryQuery().isPresent());
        assertThat(robot.lookup("#customerRegion").queryTextInputControl().getText()).isEqualTo("Kazan");
        robot.doubleClickOn("#customerRegion").eraseText(5).write("Samara");
        robot.clickOn("#customerSave");
        waitUntil(() -> "Samara".equals(cellText(table, 0, "customerColumn-region")));

        // A second customer, added the same way while the filter still shows it.
        robot.clickOn("#customersAdd");
        waitUntil(() -> robot.lookup("#customerName").tryQuery().isPresent());
        robot.clickOn("#customerName").write("Zeta Two");
        robot.clickOn("#customerSave");
        waitUntil(() -> table.getItems().size() == 2);

        // Put both into one segment.
        robot.clickOn(cell("#customerTable", 0));
        robot.press(KeyCode.SHIFT).clickOn(cell("#customerTable", 1)).release(KeyCode.SHIFT);
        waitUntil(() -> table.getSelectionModel().getSelectedItems().size() == 2);
        robot.clickOn("#customersSetSegment");
        waitUntil(() -> robot.lookup("#dialogTextField").tryQuery().isPresent());
        robot.clickOn("#dialogTextField").write("Pilot segment");
        robot.clickOn(dialogButton("OK"));
        waitUntil(() -> "Pilot segment".equals(cellText(table, 0, "customerColumn-segment"))
                && "Pilot segment".equals(cellText(table, 1, "customerColumn-segment")));
        waitUntil(() -> segmentsOf(metrics).contains("Pilot segment"));

        // Delete the second one with the Delete key, confirming.
        robot.clickOn(cell("#customerTable", 1));
        waitUntil(() -> table.getSelectionModel().getSelectedItems().size() == 1);
        assertThat(table.getSelectionModel().getSelectedItem().data().name()).isEqualTo("Zeta Two");
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(dialogButton("Delete"));
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(cellText(table, 0, "customerColumn-name")).isEqualTo("Zeta Test Ltd");
        assertThat(app.services().customers().list(app.firstProjectId()).join())
                .extracting(c -> c.data().name()).doesNotContain("Zeta Two").contains("Zeta Test Ltd");
        waitUntil(() -> metrics.getItems().stream().anyMatch(row -> "Pilot segment".equals(row.segment())
                && row.activeCustomers() == 1));

        // Clearing the filter shows everyone again.
        robot.doubleClickOn("#customersFilter").eraseText(4);
        waitUntil(() -> table.getItems().size() == before + 1);
    }

    @Test
    void theToolbarNeverCutsATextOnALaptopOrAWideScreen() throws Exception {
        startApplication(Language.RU); // the longer texts
        robot.clickOn("#customersTabNav");
        waitUntil(() -> robot.lookup("#customersToolBar").tryQuery().filter(Node::isVisible).isPresent());
        FittingToolBar bar = robot.lookup("#customersToolBar").queryAs(FittingToolBar.class);
        Stage stage = (Stage) bar.getScene().getWindow();

        // The default window (1180 × 760) first, so that the check after the loop is made on the widest one.
        for (double[] size : new double[][] {{1180, 760}, {1280, 800}, {1440, 900}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            waitUntil(() -> bar.getWidth() > 0 && bar.getWidth() < size[0] && wholeTexts(bar));
            Button add = robot.lookup("#customersAdd").queryButton();
            Button importButton = robot.lookup("#customersImport").queryButton();
            assertThat(importButton.getContentDisplay()).as("Import keeps its text").isNotEqualTo(ContentDisplay.GRAPHIC_ONLY);
            if (add.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                assertThat(add.getTooltip().getText()).isEqualTo("Добавить клиента вручную");
                assertThat(add.getAccessibleText()).isEqualTo("Добавить…");
            }
            // Nothing is pushed past the right edge either.
            Node last = robot.lookup("#customersAsOf").query();
            waitUntil(() -> last.localToScene(last.getLayoutBounds()).getMaxX() <= bar.localToScene(bar.getLayoutBounds()).getMaxX() + 1);
        }
        assertThat(bar.collapsedGroups()).as("a wide window shows every text").isZero();
        robot.interact(() -> stage.setWidth(1280));
        waitUntil(() -> bar.collapsedGroups() > 0 && wholeTexts(bar));
    }

    /** True when every text in the bar is shown whole: no "Доб…" where "Добавить…" should be. */
    private static boolean wholeTexts(Parent parent) {
        for (Node node : parent.getChildrenUnmodifiable()) {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()
                    && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY
                    && !(labeled.lookup(".text") instanceof Text shown && labeled.getText().equals(shown.getText()))) {
                return false;
            }
            if (node instanceof Parent child && !wholeTexts(child)) {
                return false;
            }
        }
        return true;
    }

    /** The value of the cell as its column provides it (text columns). */
    private static String cellText(TableView<Customer> table, int row, String columnId) {
        TableColumn<Customer, ?> column = column(table, columnId);
        Object value = row < table.getItems().size() ? column.getCellData(row) : null;
        return value == null ? null : value.toString();
    }

    /** The text the rendered cell shows (formatted numbers), once it is rendered. */
    private String displayed(TableView<Customer> table, int row, String columnId) throws Exception {
        TableColumn<Customer, ?> column = column(table, columnId);
        robot.interact(() -> table.scrollToColumn(column));
        java.util.concurrent.atomic.AtomicReference<String> text = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            for (Node node : robot.lookup("#customerTable .table-cell").queryAll()) {
                if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == column && cell.getIndex() == row
                        && !cell.isEmpty() && cell.isVisible()) {
                    text.set(cell.getText());
                    return true;
                }
            }
            return false;
        });
        robot.interact(() -> table.scrollToColumnIndex(0));
        return text.get();
    }

    private static TableColumn<Customer, ?> column(TableView<Customer> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static List<String> segmentsOf(TableView<SegmentMetrics> metrics) {
        return metrics.getItems().stream().map(SegmentMetrics::segment).toList();
    }

    private Button dialogButton(String text) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Button> found = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            Optional<Button> button = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                    .filter(b -> text.equals(b.getText()) && b.isVisible()).findFirst();
            button.ifPresent(found::set);
            return button.isPresent();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return found.get();
    }
}
