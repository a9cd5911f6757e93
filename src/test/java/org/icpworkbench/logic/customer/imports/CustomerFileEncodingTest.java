package org.icpworkbench.logic.customer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.icpworkbench.model.customer.CustomerData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in the encodings and shapes Russian and European spreadsheets and CRMs write. */
class CustomerFileEncodingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String RUSSIAN = """
            Название компании;Сегмент;Выручка;Регион;Статус
            ООО Ромашка;Опт;301 945;Москва;активен
            ИП Петров;Малый бизнес;250 000;Казань;ушёл
            АО «Северный ветер»;Опт;1 200 000;Архангельск;активен
            """;

    @TempDir
    Path folder;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static CustomerImportPlan plan(CustomerTable table) {
        return CustomerImportParser.parse(table, MappingGuesser.guess(table.header()), TODAY);
    }

    @Test
    void aKoi8rFileIsReadAsKoi8r() throws IOException {
        CustomerTable table = CustomerFileReader.read(write("koi8.csv", RUSSIAN.replace("«", "\"\"").replace("»", "\"\"")
                .replace("АО \"\"Северный ветер\"\"", "\"АО \"\"Северный ветер\"\"\"").getBytes(Charset.forName("KOI8-R"))));

        assertThat(table.format()).isEqualTo("CSV, KOI8-R, ';'");
        CustomerImportPlan plan = plan(table);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.customers()).extracting(CustomerData::name)
                .containsExactly("ООО Ромашка", "ИП Петров", "АО \"Северный ветер\"");
    }

    @Test
    void aWindows1251FileIsStillReadAsWindows1251() throws IOException {
        CustomerTable table = CustomerFileReader.read(write("cp1251.csv", RUSSIAN.getBytes(Charset.forName("windows-1251"))));

        assertThat(table.format()).isEqualTo("CSV, Windows-1251, ';'");
        assertThat(plan(table).customers()).extracting(CustomerData::name).startsWith("ООО Ромашка");
    }

    @Test
    void aLatin1FileIsReadAsLatin1() throws IOException {
        String text = "Company;City;Revenue\nMüller GmbH;Köln;1000\nSociété Générale;Paris;2000\nCafé Olé;Málaga;500\n";
        CustomerTable table = CustomerFileReader.read(write("latin1.csv", text.getBytes(StandardCharsets.ISO_8859_1)));

        assertThat(table.format()).isEqualTo("CSV, ISO-8859-1, ';'");
        assertThat(plan(table).customers()).extracting(CustomerData::name)
                .containsExactly("Müller GmbH", "Société Générale", "Café Olé");
    }

    @Test
    void anEncodingThatCannotBeToldIsRefusedNotGuessed() throws IOException {
        // "ООО" in Windows-1251 is "ннн" in KOI8-R: both read as plausible words
        CustomerTable table = CustomerFileReader.read(write("short.csv",
                "Company;Revenue\nООО;100\n".getBytes(Charset.forName("windows-1251"))));

        assertThat(table.problems()).first().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("import.problem.encoding.unclear");
            assertThat(problem.arguments().getFirst()).contains("Windows-1251", "KOI8-R");
        });
        assertThat(plan(table).canImport()).isFalse();
        assertThat(plan(table).canImportValidRows()).isFalse();
    }

    @Test
    void byteOrderMarksAtLineStartsAreDropped() throws IOException {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        joined.writeBytes(bom);
        joined.writeBytes("Company,Revenue\nAcme,100\n".getBytes(StandardCharsets.UTF_8));
        joined.writeBytes(bom);
        joined.writeBytes("Globex,200\n".getBytes(StandardCharsets.UTF_8));

        CustomerImportPlan plan = plan(CustomerFileReader.read(write("joined.csv", joined.toByteArray())));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.customers()).extracting(CustomerData::name).containsExactly("Acme", "Globex");
    }

    @Test
    void excelsSeparatorLineIsHonoured() throws IOException {
        CustomerTable table = CustomerFileReader.read(write("sep.csv",
                "sep=;\r\nCompany;Revenue;Notes\r\nAcme, Inc.;1 000;a, b\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(table.header()).containsExactly("Company", "Revenue", "Notes");
        CustomerImportPlan plan = plan(table);
        assertThat(plan.problems()).isEmpty();
        assertThat(plan.customers()).singleElement().satisfies(customer -> {
            assertThat(customer.name()).isEqualTo("Acme, Inc.");
            assertThat(customer.annualRevenue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000"));
        });
        assertThat(table.rows()).extracting(SourceRow::number).containsExactly(2);
    }

    @Test
    void aChosenEncodingIsUsedAndBytesItCannotDecodeAreAProblem() throws IOException {
        Path file = write("short.csv", "Company;Revenue\nООО;100\n".getBytes(Charset.forName("windows-1251")));

        CustomerTable chosen = CustomerFileReader.read(file,
                ReadOptions.automatic().withEncoding(java.util.Optional.of(Charset.forName("windows-1251"))));
        assertThat(chosen.format()).isEqualTo("CSV, Windows-1251, ';'");
        assertThat(plan(chosen).customers()).extracting(CustomerData::name).containsExactly("ООО");

        CustomerTable wrong = CustomerFileReader.read(file,
                ReadOptions.automatic().withEncoding(java.util.Optional.of(StandardCharsets.UTF_8)));
        assertThat(wrong.problems()).first().isEqualTo(ImportProblem.file("import.problem.encoding.invalid", "UTF-8"));
        assertThat(plan(wrong).canImport()).isFalse();
    }
}
