package org.icpworkbench.logic.customer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path folder;

    private CustomerImportPlan importFile(Path file) {
        CustomerTable table = CustomerFileReader.read(file);
        return CustomerImportParser.parse(table, MappingGuesser.guess(table.header()), TODAY);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private Path csv(String text) throws IOException {
        return write("customers.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }

    @Test
    void russianExcelStyleCsvInWindows1251() throws IOException {
        String text = """
                Название компании;Сегмент;Отрасль;Годовая выручка;Маржа, %;Регион;Дата первой покупки;Статус;Дата ухода;Число покупок;NPS
                ООО «Ромашка»;Опт;Розничная торговля;1 234 567,89 ₽;35,5;Москва;15.03.2021;Активный;;12;9
                "ИП Петров; склад";Малый бизнес;Логистика;250\u00A0000 руб.;20 %;Казань;01.02.2020;Ушёл;31.08.2025;3;4
                """.replace("\n", "\r\n");
        // Windows-1251 has no rouble sign: the ₽ becomes "?", as when Excel saves "CSV (разделители — точка с запятой)"
        Path file = write("клиенты.csv", text.getBytes(CP1251));

        CustomerTable table = CustomerFileReader.read(file);
        assertThat(table.format()).isEqualTo("CSV, Windows-1251, ';'");
        assertThat(table.header()).hasSize(11).startsWith("Название компании");
        assertThat(table.rows()).extracting(SourceRow::number).containsExactly(2, 3);

        CustomerImportPlan plan = CustomerImportParser.parse(table, MappingGuesser.guess(table.header()), TODAY);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.canImport()).isTrue();
        CustomerData romashka = plan.customers().get(0);
        assertThat(romashka.name()).isEqualTo("ООО «Ромашка»");
        assertThat(romashka.segment()).isEqualTo("Опт");
        assertThat(romashka.industry()).isEqualTo("Розничная торговля");
        assertThat(romashka.annualRevenue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234567.89"));
        assertThat(romashka.grossMarginPercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("35.5"));
        assertThat(romashka.region()).isEqualTo("Москва");
        assertThat(romashka.firstPurchase()).contains(LocalDate.of(2021, 3, 15));
        assertThat(romashka.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(romashka.purchases()).contains(12);
        assertThat(romashka.nps()).contains(9);
        CustomerData petrov = plan.customers().get(1);
        assertThat(petrov.name()).isEqualTo("ИП Петров; склад");
        assertThat(petrov.annualRevenue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("250000"));
        assertThat(petrov.status()).isEqualTo(CustomerStatus.CHURNED);
        assertThat(petrov.churnDate()).contains(LocalDate.of(2025, 8, 31));
    }

    @Test
    void englishCrmCsvInUtf8WithBom() throws IOException {
        String text = """
                Record ID,Company name,Industry,Annual Revenue,Number of Employees,Lifecycle Stage,Region,Close Date
                101,"Acme, Inc.",Manufacturing,"1,234,567.89",120,customer,EMEA,2022-06-30
                102,Globex,Software,$98000,12,Former Customer,North America,2021-01-15
                """;
        Path file = write("hubspot.csv", withBom(text));

        CustomerTable table = CustomerFileReader.read(file);
        assertThat(table.format()).isEqualTo("CSV, UTF-8 BOM, ','");
        assertThat(table.header().get(0)).isEqualTo("Record ID");
        CustomerImportPlan plan = CustomerImportParser.parse(table, MappingGuesser.guess(table.header()), TODAY);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.customers()).extracting(CustomerData::name).containsExactly("Acme, Inc.", "Globex");
        CustomerData acme = plan.customers().get(0);
        assertThat(acme.annualRevenue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234567.89"));
        assertThat(acme.sizeBand()).isEqualTo("51-200");
        assertThat(acme.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(acme.firstPurchase()).contains(LocalDate.of(2022, 6, 30));
        assertThat(plan.customers().get(1).status()).isEqualTo(CustomerStatus.CHURNED);
        assertThat(plan.customers().get(1).sizeBand()).isEqualTo("11-50");
    }

    @Test
    void utf8WithoutBomAndTabs() throws IOException {
        CustomerTable table = CustomerFileReader.read(csv("Клиент\tВыручка\nАльфа\t100\n"));
        assertThat(table.format()).isEqualTo("CSV, UTF-8, tab");
        CustomerImportPlan plan = CustomerImportParser.parse(table, MappingGuesser.guess(table.header()), TODAY);
        assertThat(plan.customers()).extracting(CustomerData::name).containsExactly("Альфа");
    }

    @Test
    void delimiterIsCountedOutsideQuotes() {
        assertThat(CustomerFileReader.detectDelimiter("\"a;b;c\",d,e\n1;2")).isEqualTo(',');
        assertThat(CustomerFileReader.detectDelimiter("a;b,c;d\n")).isEqualTo(';');
        assertThat(CustomerFileReader.detectDelimiter("name\nx,y,z")).isEqualTo(',');
    }

    @Test
    void xlsxWithRealDateCellsAndNumbers() throws IOException {
        Path file = folder.resolve("customers.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "ICP Workbench test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Клиенты");
            String[] header = {"Компания", "Выручка", "Маржа, %", "Дата первой покупки", "Число покупок", "NPS"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, "Бета");
            sheet.value(1, 1, 1234567.5);
            sheet.value(1, 2, 0.355);
            sheet.style(1, 2).format("0.0%").set();
            sheet.value(1, 3, LocalDate.of(2023, 4, 1));
            sheet.style(1, 3).format("dd.mm.yyyy").set();
            sheet.value(1, 4, 7);
            sheet.value(1, 5, 10);
            // row 3 left empty: spreadsheet row numbers must stay as the user sees them
            sheet.value(3, 0, "Гамма");
            sheet.value(3, 1, "12 000,50 ₽");
            sheet.value(3, 3, "01.01.2024");
            workbook.finish();
        }

        CustomerTable table = CustomerFileReader.read(file);
        assertThat(table.problems()).isEmpty();
        assertThat(table.format()).isEqualTo("XLSX, Клиенты");
        assertThat(table.rows()).extracting(SourceRow::number).containsExactly(2, 4);
        assertThat(table.rows().get(0).cell(3)).isEqualTo("2023-04-01");
        assertThat(table.rows().get(0).cell(1)).isEqualTo("1234567.5");

        CustomerImportPlan plan = CustomerImportParser.parse(table, MappingGuesser.guess(table.header()), TODAY);
        assertThat(plan.problems()).isEmpty();
        CustomerData beta = plan.customers().get(0);
        assertThat(beta.firstPurchase()).contains(LocalDate.of(2023, 4, 1));
        assertThat(beta.annualRevenue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234567.5"));
        assertThat(beta.grossMarginPercent()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("35.5"));
        assertThat(beta.purchases()).contains(7);
        assertThat(beta.nps()).contains(10);
        CustomerData gamma = plan.customers().get(1);
        assertThat(gamma.annualRevenue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("12000.50"));
        assertThat(gamma.firstPurchase()).contains(LocalDate.of(2024, 1, 1));
    }

    @Test
    void everyBadCellIsReportedWithRowAndColumn() throws IOException {
        String text = String.join("\n",
                "Компания;Выручка;Маржа, %;Дата первой покупки;Дата ухода;NPS;Число покупок;Статус",
                "Альфа;100;10;01.01.2020;;5;1;",                      // 2 fine
                ";100;10;01.01.2020;;5;1;",                            // 3 name missing
                "Бета;около миллиона;10;01.01.2020;;5;1;",             // 4 text in a number column
                "Гамма;-500;10;01.01.2020;;5;1;",                      // 5 negative revenue
                "Дельта;100;10;01.01.2027;;5;1;",                      // 6 future date
                "Эпсилон;100;10;01.06.2022;01.01.2021;5;1;",           // 7 churn before first purchase
                "альфа ;100;10;01.01.2020;;5;1;",                      // 8 duplicate of row 2
                "Дзета;100;150;01.01.2020;;5;1;",                      // 9 margin out of range
                "Эта;100;10;01.01.2020;;11;1;",                        // 10 NPS out of range
                "Тета;100;10;32.01.2020;;5;1;",                        // 11 not a date
                "Йота;100;10;01.01.2020;;5;2,5;",                      // 12 not a whole number
                "Каппа;100;10;01.01.2020;;5;1;лид",                    // 13 unknown status
                "Лямбда;100;10;01.01.2020;01.01.2021;5;1;активный",    // 14 churn date while active
                "");
        CustomerImportPlan plan = importFile(csv(text));

        assertThat(plan.canImport()).isFalse();
        assertThat(plan.customers()).extracting(CustomerData::name).containsExactly("Альфа");
        assertThat(plan.problems()).containsExactly(
                ImportProblem.cell(3, "Компания", "import.problem.name.missing"),
                ImportProblem.cell(4, "Выручка", "import.problem.number.invalid", "около миллиона"),
                ImportProblem.cell(5, "Выручка", "import.problem.money.negative", "-500"),
                ImportProblem.cell(6, "Дата первой покупки", "import.problem.date.future", "2027-01-01", "2026-11-23"),
                ImportProblem.cell(7, "Дата ухода", "import.problem.churn.beforeFirst", "2021-01-01", "2022-06-01"),
                ImportProblem.cell(8, "Компания", "import.problem.name.duplicate", "альфа", "2"),
                ImportProblem.cell(9, "Маржа, %", "import.problem.margin.range", "150"),
                ImportProblem.cell(10, "NPS", "import.problem.nps.range", "11"),
                ImportProblem.cell(11, "Дата первой покупки", "import.problem.date.invalid", "32.01.2020"),
                ImportProblem.cell(12, "Число покупок", "import.problem.integer.invalid", "2,5"),
                ImportProblem.cell(13, "Статус", "import.problem.status.unknown", "лид"),
                ImportProblem.cell(14, "Дата ухода", "import.problem.churn.whileActive", "2021-01-01"));
        assertThat(plan.rowsWithProblems()).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
    }

    @Test
    void missingNameColumnIsReported() throws IOException {
        CustomerImportPlan plan = importFile(csv("Выручка;Регион\n100;Москва\n"));
        assertThat(plan.problems()).containsExactly(ImportProblem.file("import.problem.mapping.noName"));
        assertThat(plan.canImport()).isFalse();
    }

    @Test
    void emptyFileAndHeaderOnly() throws IOException {
        assertThat(importFile(csv("")).problems()).containsExactly(ImportProblem.file("import.problem.file.empty"));
        assertThat(importFile(csv(" \r\n\r\n")).problems()).containsExactly(ImportProblem.file("import.problem.file.empty"));
        assertThat(importFile(csv("Компания;Выручка\r\n")).problems())
                .containsExactly(ImportProblem.file("import.problem.file.noRows"));
    }

    @Test
    void truncatedCsvEndsInsideQuotes() throws IOException {
        CustomerTable table = CustomerFileReader.read(csv("Company,Revenue\nAcme,100\n\"Globex,20"));
        assertThat(table.problems()).containsExactly(ImportProblem.cell(3, "", "import.problem.file.truncated"));
        CustomerImportPlan plan = CustomerImportParser.parse(table, MappingGuesser.guess(table.header()), TODAY);
        assertThat(plan.canImport()).isFalse();
        assertThat(plan.problems()).hasSize(1);
    }

    @Test
    void aRowCutShortOrWithFieldsOverIsAProblemWithItsRowNumber() throws IOException {
        CustomerTable table = CustomerFileReader.read(csv("""
                Клиент;Сегмент;Выручка;Маржа, %
                ООО «Альфа»;Опт;1 200 000;40
                ООО «Бета»;Опт;3019
                ООО «Гамма»;Опт;500 000;30;лишнее
                ООО «Дельта»;Опт;700 000;20;
                """));

        assertThat(table.problems()).containsExactly(
                ImportProblem.cell(3, "", "import.problem.row.fewerFields", "3", "4"),
                ImportProblem.cell(4, "", "import.problem.row.moreFields", "5", "4"));
        CustomerImportPlan plan = CustomerImportParser.parse(table, MappingGuesser.guess(table.header()), TODAY);
        assertThat(plan.canImport()).isFalse();
        assertThat(plan.customers()).extracting(CustomerData::name).containsExactly("ООО «Альфа»", "ООО «Дельта»");
        assertThat(plan.rowsWithProblems()).containsExactly(3, 4);
    }

    @Test
    void twoColumnsWithTheSameHeaderAreAProblemUntilOneIsChosen() throws IOException {
        CustomerTable table = CustomerFileReader.read(csv("Company;Revenue;Region;Revenue\nAcme;100;North;900\n"));

        ColumnMapping guessed = MappingGuesser.guess(table.header());
        CustomerImportPlan plan = CustomerImportParser.parse(table, guessed, TODAY);
        assertThat(plan.problems()).containsExactly(ImportProblem.file("import.problem.header.duplicate", "Revenue", "B, D"));
        assertThat(plan.canImport()).isFalse();

        CustomerImportPlan chosen = CustomerImportParser.parse(table, guessed.with(CustomerField.ANNUAL_REVENUE, 3,
                table.header()), TODAY);
        assertThat(chosen.problems()).isEmpty();
        assertThat(chosen.customers().getFirst().annualRevenue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("900"));
        assertThat(ColumnMapping.of(java.util.Map.of(CustomerField.ANNUAL_REVENUE, 1), table.header()).applyTo(table.header())
                .column(CustomerField.ANNUAL_REVENUE)).isEmpty();
    }

    @Test
    void truncatedOrGarbledXlsxAndBinary() throws IOException {
        Path good = folder.resolve("good.xlsx");
        try (OutputStream out = Files.newOutputStream(good)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("S");
            for (int r = 0; r < 200; r++) {
                sheet.value(r, 0, r == 0 ? "Company" : "Customer " + r);
            }
            workbook.finish();
        }
        byte[] bytes = Files.readAllBytes(good);
        byte[] half = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        CustomerTable truncated = CustomerFileReader.read(write("half.xlsx", half));
        assertThat(truncated.problems()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("import.problem.file.badXlsx"));
        assertThat(truncated.rows()).isEmpty();

        CustomerTable notZip = CustomerFileReader.read(write("fake.xlsx", "hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(notZip.problems()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("import.problem.file.badXlsx"));

        byte[] binary = {'a', 0, 1, 2, 3, 0, 'b'};
        assertThat(CustomerFileReader.read(write("data.csv", binary)).problems())
                .containsExactly(ImportProblem.file("import.problem.file.binary"));
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(CustomerFileReader.read(write("old.xls", ole)).problems())
                .containsExactly(ImportProblem.file("import.problem.file.xls"));
        assertThat(CustomerFileReader.read(folder.resolve("missing.csv")).problems()).singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("import.problem.file.unreadable"));
    }

    @Test
    void aOneMegabyteCellIsReported() throws IOException {
        String big = "x".repeat(1024 * 1024);
        CustomerImportPlan plan = importFile(csv("Company,Notes\nAcme,ok\nGlobex,\"" + big + "\"\nInitech,ok\n"));
        assertThat(plan.problems()).containsExactly(ImportProblem.cell(3, "Notes", "import.problem.cell.tooLong",
                String.valueOf(big.length()), String.valueOf(CustomerFileReader.MAX_CELL_CHARS)));
        assertThat(plan.customers()).extracting(CustomerData::name).containsExactly("Acme", "Initech");
        assertThat(plan.canImport()).isFalse();
    }

    @Test
    void cancellationStopsAndLeavesAnEmptyPlan() {
        List<SourceRow> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(new SourceRow(i + 2, List.of("Customer " + i, "100")));
        }
        CustomerTable table = new CustomerTable("test", List.of("Company", "Revenue"), rows, List.of());
        ColumnMapping mapping = MappingGuesser.guess(table.header());
        AtomicInteger checks = new AtomicInteger();
        List<Integer> progress = new ArrayList<>();
        CustomerImportPlan cancelled = CustomerImportParser.parse(table, mapping, TODAY,
                () -> checks.incrementAndGet() > 3, progress::add);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.customers()).isEmpty();
        assertThat(cancelled.canImport()).isFalse();
        assertThat(cancelled.rowsRead()).isEqualTo(3 * CustomerImportParser.CHECK_EVERY);
        assertThat(progress).containsExactly(500, 1000);

        List<Integer> all = new ArrayList<>();
        CustomerImportPlan complete = CustomerImportParser.parse(table, mapping, TODAY, () -> false, all::add);
        assertThat(complete.canImport()).isTrue();
        assertThat(complete.customers()).hasSize(10_000);
        assertThat(all).endsWith(9_500, 10_000).hasSize(20);
    }

    @Test
    void churnDateWithoutStatusMeansChurned() throws IOException {
        CustomerImportPlan plan = importFile(csv("Компания;Дата первой покупки;Дата ухода\nАльфа;2020-01-01;2024-05-31\n"));
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.customers().get(0).status()).isEqualTo(CustomerStatus.CHURNED);
        assertThat(plan.customers().get(0).annualRevenue()).isEqualTo(Optional.<BigDecimal>empty());
    }
}
