package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export-matrix PROJECT OUT.csv}: the coded answers of a project as a spreadsheet, from a script. */
class CommandLineAppMatrixTest {

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    private String workspace() {
        return temp.resolve("ws").toString();
    }

    private String createSample(String language) {
        Result sample = cli.run("--workspace", workspace(), "--lang", language, "--create-sample");
        assertThat(sample.exitCode()).isZero();
        return sample.out().split("\t")[0];
    }

    private static List<CSVRecord> read(Path file, char delimiter) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.EXCEL.builder().setDelimiter(delimiter).get())) {
            return parser.getRecords();
        }
    }

    @Test
    void helpListsTheOptionInBothLanguages() {
        assertThat(cli.run("--help").out()).contains("--export-matrix", "PROJECT OUT.csv", "spreadsheet");
        assertThat(cli.run("--lang", "ru", "--help").out()).contains("--export-matrix", "CSV-таблицу");
    }

    @Test
    void russianExportPrintsThePathAndWritesSemicolons() throws IOException {
        String projectId = createSample("ru");
        Path csv = temp.resolve("матрица.csv");

        Result exported = cli.run("--workspace", workspace(), "--lang", "ru", "--export-matrix", projectId, csv.toString());

        assertThat(exported.exitCode()).isZero();
        assertThat(exported.err()).isEmpty();
        assertThat(exported.out().strip()).isEqualTo(csv.toAbsolutePath().toString());
        List<CSVRecord> records = read(csv, ';');
        assertThat(records).hasSize(13);
        assertThat(records.getFirst().get(0)).isEqualTo("№ интервью");
        assertThat(records.getFirst().get(1)).isEqualTo("Респондент");
        assertThat(records.get(1).get(1)).containsPattern("[А-Яа-яЁё]");
    }

    @Test
    void englishExportWritesCommas() throws IOException {
        String projectId = createSample("en");
        Path csv = temp.resolve("matrix.csv");

        Result exported = cli.run("--workspace", workspace(), "--lang", "en", "--export-matrix", projectId, csv.toString());

        assertThat(exported.exitCode()).isZero();
        List<CSVRecord> records = read(csv, ',');
        assertThat(records).hasSize(13);
        assertThat(records.getFirst().get(0)).isEqualTo("Interview no.");
    }

    @Test
    void aMissingFolderFailsWithOneTranslatedLineAndNoFile() {
        String projectId = createSample("ru");
        Path csv = temp.resolve("нет-такой-папки").resolve("matrix.csv");

        Result result = cli.run("--workspace", workspace(), "--lang", "ru", "--export-matrix", projectId, csv.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n")
                .contains("Не удалось сохранить таблицу", csv.toAbsolutePath().toString());
        assertThat(csv.getParent()).doesNotExist();
    }

    @Test
    void anUnknownOrMistypedProjectFailsWithOneLine() {
        createSample("en");
        Path csv = temp.resolve("x.csv");

        Result unknown = cli.run("--workspace", workspace(), "--lang", "en", "--export-matrix", "999", csv.toString());
        Result mistyped = cli.run("--workspace", workspace(), "--lang", "en", "--export-matrix", "acme", csv.toString());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("There is no project with the id 999 in this workspace.");
        assertThat(mistyped.exitCode()).isEqualTo(1);
        assertThat(mistyped.err().strip()).isEqualTo("There is no project with the id acme in this workspace.");
        assertThat(csv).doesNotExist();
    }

    @Test
    void aMissingFileNameIsAUsageError() {
        assertThat(cli.run("--workspace", workspace(), "--export-matrix", "1").exitCode()).isEqualTo(2);
    }
}
