package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export-guide}, {@code --export-markdown} and {@code --export-answers} from a script. */
class CommandLineAppDocumentExportTest {

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

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void helpListsTheOptionsInBothLanguages() {
        assertThat(cli.run("--help").out()).contains("--export-guide", "AUDIENCE OUT.pdf", "--project", "--export-markdown",
                "PROJECT OUT.md", "--export-answers", "printable");
        assertThat(cli.run("--lang", "ru", "--help").out()).contains("--export-guide", "бланк интервью", "--export-answers",
                "Markdown");
    }

    @Test
    void audiencesAreAcceptedByNameOrWordInAnyCase() {
        assertThat(DocumentExportCommands.audience("SERVICE_TEAM")).contains(Audience.SERVICE_TEAM);
        assertThat(DocumentExportCommands.audience("service")).contains(Audience.SERVICE_TEAM);
        assertThat(DocumentExportCommands.audience("Sales")).contains(Audience.SALES);
        assertThat(DocumentExportCommands.audience("customers")).contains(Audience.CUSTOMERS);
        assertThat(DocumentExportCommands.audience("leadership")).contains(Audience.PROFITABILITY);
        assertThat(DocumentExportCommands.audience("profitability")).contains(Audience.PROFITABILITY);
        assertThat(DocumentExportCommands.audience("board")).isEmpty();
    }

    @Test
    void theGuideIsWrittenInTheRequestedLanguage() throws IOException {
        Path pdf = temp.resolve("бланк.pdf");

        Result result = cli.run("--workspace", workspace(), "--lang", "ru", "--export-guide", "customers", pdf.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().strip()).isEqualTo(pdf.toAbsolutePath().toString());
        assertThat(pdfText(pdf)).contains("БЛАНК ИНТЕРВЬЮ", "Почему вы в своё время решили работать именно с нами?");
    }

    @Test
    void aProjectGuideListsTheProjectsProducts() throws IOException {
        String projectId = createSample("en");
        Path pdf = temp.resolve("guide.pdf");

        Result result = cli.run("--workspace", workspace(), "--lang", "en", "--export-guide", "SALES", pdf.toString(),
                "--project", projectId);

        assertThat(result.exitCode()).isZero();
        assertThat(pdfText(pdf)).contains("INTERVIEW GUIDE", "Palleta WMS");
    }

    @Test
    void anUnknownAudienceOrAStrayProjectIsAUsageErrorWithOneTranslatedLine() {
        Path pdf = temp.resolve("x.pdf");

        Result audience = cli.run("--workspace", workspace(), "--lang", "ru", "--export-guide", "board", pdf.toString());
        Result project = cli.run("--workspace", workspace(), "--lang", "en", "--project", "1");

        assertThat(audience.exitCode()).isEqualTo(2);
        assertThat(audience.err().strip()).doesNotContain("\n").contains("«board»", "service, sales, customers или leadership");
        assertThat(project.exitCode()).isEqualTo(2);
        assertThat(project.err().strip()).isEqualTo("--project works only together with --export-guide.");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void markdownAndAnswersAreWritten() throws IOException {
        String projectId = createSample("ru");
        Path md = temp.resolve("портрет.md");
        Path csv = temp.resolve("ответы.csv");

        Result result = cli.run("--workspace", workspace(), "--lang", "ru", "--export-markdown", projectId, md.toString(),
                "--export-answers", projectId, csv.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines()).containsExactly(md.toAbsolutePath().toString(), csv.toAbsolutePath().toString());
        assertThat(Files.readString(md, StandardCharsets.UTF_8)).startsWith("# ").containsPattern("[А-Яа-яЁё]");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF№ интервью;Дата;");
    }

    @Test
    void failuresAreOneTranslatedLine() {
        createSample("en");
        Path missing = temp.resolve("missing").resolve("a.csv");

        Result unknown = cli.run("--workspace", workspace(), "--lang", "en", "--export-markdown", "999", temp.resolve("a.md").toString());
        Result folder = cli.run("--workspace", workspace(), "--lang", "ru", "--export-answers", "1", missing.toString());

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("There is no project with the id 999 in this workspace.");
        assertThat(folder.exitCode()).isEqualTo(1);
        assertThat(folder.err().strip()).doesNotContain("\n").contains("Не удалось сохранить таблицу");
        assertThat(temp.resolve("a.md")).doesNotExist();
    }
}
