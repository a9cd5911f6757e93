package org.icpworkbench.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.testsupport.WindowTest;
import org.junit.jupiter.api.Test;

/**
 * The customer import dialog in the real window: a Russian spreadsheet-style CSV, an English CRM export with a bad row,
 * and an Excel workbook whose name column must be chosen by hand. Only the platform's file dialog is replaced.
 */
class CustomerImportViewTest extends WindowTest {

    @Test
    void aRussianSemicolonWindows1251CsvIsPreviewedAndImported() throws Exception {
        Path file = temp.resolve("клиенты.csv");
        Files.write(file, ("Компания;Сегмент;Отрасль;Регион;Выручка за год;Маржа, %;Дата первой покупки;Статус;Дата ухода;Покупок;NPS\r\n"
                + "ООО «Ромашка-Тест»;Дистрибьюторы;Продукты питания;Казань;1 250 000,50 руб.;34,5;15.03.2021;активный;;4;9\r\n"
                + "АО «Вектор-Тест»;Дистрибьюторы;Автозапчасти;Самара;\u00a0980\u00a0000 ₽;28;01.02.2022;;;2;\r\n"
                + "ИП Лютиков;Мелкий опт;Стройматериалы;Тула;150 000;-3,5;10.06.2023;ушёл;20.05.2026;1;4\r\n")
                .getBytes(Charset.forName("windows-1251")));
        files.opens.add(file);
        startApplication(Language.RU);

        openImportDialog();
        Button confirm = robot.lookup("#importConfirm").queryButton();
        waitUntil(() -> !confirm.isDisabled());
        assertThat(label("#importFile")).contains("клиенты.csv", "Windows-1251", "';'");
        assertThat(label("#importSummary")).isEqualTo("Все строки корректны: 3.");
        assertThat(confirm.getText()).isEqualTo("Импортировать 3 клиентов");
        TableView<?> preview = robot.lookup("#importPreview").queryTableView();
        assertThat(preview.getItems()).hasSize(3);
        assertThat(preview.getColumns().get(4).getText()).isEqualTo("E · Выручка за год");
        assertThat(robot.lookup("#importProblems").queryTableView().getItems()).isEmpty();

        robot.clickOn(confirm);
        waitUntil(() -> robot.lookup("#importConfirm").tryQuery().isEmpty());

        Customer romashka = stored("ООО «Ромашка-Тест»");
        assertThat(romashka.data().annualRevenue()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("1250000.50"));
        assertThat(romashka.data().grossMarginPercent()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("34.5"));
        assertThat(romashka.data().firstPurchase()).contains(LocalDate.of(2021, 3, 15));
        assertThat(romashka.data().region()).isEqualTo("Казань");
        Customer lyutikov = stored("ИП Лютиков");
        assertThat(lyutikov.data().status()).isEqualTo(CustomerStatus.CHURNED);
        assertThat(lyutikov.data().churnDate()).contains(LocalDate.of(2026, 5, 20));
        assertThat(lyutikov.data().grossMarginPercent()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("-3.5"));
        assertThat(stored("АО «Вектор-Тест»").data().annualRevenue())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("980000"));
        TableView<Customer> table = robot.lookup("#customerTable").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(customer -> customer.data().name().equals("ИП Лютиков")));
    }

    @Test
    void anEnglishCrmExportWithABadRowImportsTheValidRowsOnlyAfterConfirmation() throws Exception {
        Path file = temp.resolve("hubspot-companies.csv");
        Files.writeString(file, "\uFEFFCompany name,Industry,Number of Employees,Annual Revenue,Lifecycle Stage,Create Date,NPS\n"
                + "Northwind Test Traders,Food distribution,120,\"$1,200,000\",Customer,2022-04-01,9\n"
                + "Contoso Test Retail,Retail,35,\"$210,000\",Customer,2024-09-15,14\n"
                + "Fabrikam Test Parts,Auto parts,250,\"$2,500,000.75\",Customer,2021-01-20,8\n", StandardCharsets.UTF_8);
        files.opens.add(file);
        startApplication(Language.EN);
        int before = app.services().customers().list(app.firstProjectId()).join().size();

        openImportDialog();
        Button confirm = robot.lookup("#importConfirm").queryButton();
        waitUntil(() -> !confirm.isDisabled());
        assertThat(label("#importFile")).contains("UTF-8");
        assertThat(label("#importSummary"))
                .isEqualTo("2 rows are valid. 1 row has problems and will not be imported unless fixed.");
        TableView<ProblemRow> problems = robot.lookup("#importProblems").queryTableView();
        assertThat(problems.getItems()).containsExactly(
                new ProblemRow("3", "NPS", "An NPS score must be from 0 to 10, not 14."));
        assertThat(selectedColumn(CustomerField.SIZE)).isEqualTo("C — Number of Employees");
        assertThat(confirm.getText()).isEqualTo("Import 2 valid rows only");

        // Leaving rows out needs a second, explicit yes; saying no stores nothing.
        robot.clickOn(confirm);
        robot.clickOn(dialogButton("Cancel", 1));
        assertThat(app.services().customers().list(app.firstProjectId()).join()).hasSize(before);

        robot.clickOn(confirm);
        robot.clickOn(dialogButton("Import 2 valid rows only", 1));
        waitUntil(() -> robot.lookup("#importConfirm").tryQuery().isEmpty());

        assertThat(app.services().customers().list(app.firstProjectId()).join()).hasSize(before + 2);
        Customer fabrikam = stored("Fabrikam Test Parts");
        assertThat(fabrikam.data().annualRevenue()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("2500000.75"));
        assertThat(fabrikam.data().sizeBand()).isEqualTo("201-500");
        assertThat(app.services().customers().list(app.firstProjectId()).join())
                .noneMatch(customer -> customer.data().name().equals("Contoso Test Retail"));
    }

    @Test
    void anExcelWorkbookIsImportedOnceTheNameColumnIsChosenAndTheMappingIsSavedForNextTime() throws Exception {
        Path file = temp.resolve("accounts.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "ICP Workbench test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Accounts");
            List<String> header = List.of("Kunde", "Segment", "Annual revenue", "First purchase");
            for (int column = 0; column < header.size(); column++) {
                sheet.value(0, column, header.get(column));
            }
            sheet.value(1, 0, "Excel Test One");
            sheet.value(1, 1, "Distributors");
            sheet.value(1, 2, 1500000.25);
            sheet.value(1, 3, LocalDate.of(2020, 2, 29));
            sheet.style(1, 3).format("dd.mm.yyyy").set();
            sheet.value(2, 0, "Excel Test Two");
            sheet.value(2, 1, "Distributors");
            sheet.value(2, 2, 640000);
            sheet.value(2, 3, LocalDate.of(2024, 12, 31));
            sheet.style(2, 3).format("yyyy-mm-dd").set();
            workbook.finish();
        }
        files.opens.add(file);
        startApplication(Language.EN);

        openImportDialog();
        waitUntil(() -> !label("#importSummary").isEmpty() && !label("#importSummary").endsWith("…"));
        Button confirm = robot.lookup("#importConfirm").queryButton();
        assertThat(confirm.isDisabled()).isTrue();
        assertThat(label("#importFile")).contains("XLSX, Accounts");
        TableView<ProblemRow> problems = robot.lookup("#importProblems").queryTableView();
        assertThat(problems.getItems()).extracting(ProblemRow::reason)
                .contains("No column is chosen for the customer name.");

        // Choose column A for the name with the keyboard: the list opens on "(not imported)", one down is A.
        robot.clickOn("#importMap_NAME").type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> !confirm.isDisabled());
        assertThat(selectedColumn(CustomerField.NAME)).isEqualTo("A — Kunde");
        assertThat(problems.getItems()).isEmpty();
        robot.clickOn("#importSaveMapping");
        waitUntil(() -> app.services().customers().savedMapping(app.firstProjectId()).join().isPresent());

        robot.clickOn(confirm);
        waitUntil(() -> robot.lookup("#importConfirm").tryQuery().isEmpty());
        Customer first = stored("Excel Test One");
        assertThat(first.data().firstPurchase()).contains(LocalDate.of(2020, 2, 29));
        assertThat(first.data().annualRevenue()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("1500000.25"));
        assertThat(stored("Excel Test Two").data().firstPurchase()).contains(LocalDate.of(2024, 12, 31));
        assertThat(app.services().customers().savedMapping(app.firstProjectId()).join()).hasValueSatisfying(
                mapping -> assertThat(mapping.column(org.icpworkbench.logic.customer.imports.CustomerField.NAME)).hasValue(0));
    }

    /** The field names the combos are found by. */
    private enum CustomerField { NAME, SIZE }

    private String selectedColumn(CustomerField field) {
        String id = field == CustomerField.NAME ? "#importMap_NAME" : "#importMap_SIZE_BAND";
        ComboBox<?> combo = robot.lookup(id).queryComboBox();
        return String.valueOf(combo.getValue());
    }

    private void openImportDialog() throws Exception {
        robot.clickOn("#customersTabNav");
        waitUntil(() -> robot.lookup("#customersImport").tryQuery().filter(javafx.scene.Node::isVisible).isPresent());
        robot.clickOn("#customersImport");
        waitUntil(() -> robot.lookup("#importConfirm").tryQuery().isPresent());
    }

    private String label(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Customer stored(String name) {
        Optional<Customer> found = app.services().customers().list(app.firstProjectId()).join().stream()
                .filter(customer -> customer.data().name().equals(name)).findFirst();
        assertThat(found).as("customer %s stored", name).isPresent();
        return found.get();
    }

    /** A visible button of a dialog shown on top of the import dialog (the confirmation). */
    private Button dialogButton(String text, int depth) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Button> found = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            List<javafx.scene.Node> panes = List.copyOf(robot.lookup(".dialog-pane").queryAll());
            Optional<Button> button = panes.stream()
                    .filter(pane -> pane.lookup("#importConfirm") == null)
                    .flatMap(pane -> pane.lookupAll(".button").stream())
                    .filter(node -> node instanceof Button b && text.equals(b.getText()) && b.isVisible())
                    .map(Button.class::cast).findFirst();
            button.ifPresent(found::set);
            return panes.size() > depth && button.isPresent();
        });
        return found.get();
    }
}
