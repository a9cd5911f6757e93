package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineAppPortraitPdfTest {

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    private String sample(String language) {
        Result created = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", language, "--create-sample");
        assertThat(created.exitCode()).as(created.err()).isZero();
        return created.out().strip().split("\t")[0];
    }

    @Test
    void exportsTheRussianPortraitAnonymouslyWithTheAppendixAndPrintsTheFile() throws Exception {
        String project = sample("ru");
        Path pdf = temp.resolve("портрет.pdf");

        Result result = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", "ru", "--export-pdf", project,
                pdf.toString(), "--anonymous", "--appendix");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).isEqualTo(pdf.toAbsolutePath().toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Портрет идеального клиента", "Приложение: интервью", "Респондент 1");
        }
        try (var files = Files.list(temp)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void readsThePasswordFromAFile() throws Exception {
        String project = sample("en");
        Path secret = Files.writeString(temp.resolve("secret.txt"), "open sesame\n");
        Path pdf = temp.resolve("protected.pdf");

        Result result = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", "en", "--export-pdf", project,
                pdf.toString(), "--password-file", secret.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Loader.loadPDF(pdf.toFile()).close())
                .isInstanceOf(InvalidPasswordException.class);
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), "open sesame")) {
            assertThat(document.isEncrypted()).isTrue();
        }
    }

    @Test
    void failsWithOneTranslatedLine() {
        String project = sample("en");

        Result unknown = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", "ru", "--export-pdf", "987654",
                temp.resolve("x.pdf").toString());
        assertThat(unknown.exitCode()).isEqualTo(CommandLineApp.FAILED);
        assertThat(unknown.err().strip()).isEqualTo("В этом рабочем пространстве нет проекта с номером 987654.")
                .doesNotContain("\n");

        Result noPassword = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", "en", "--export-pdf", project,
                temp.resolve("y.pdf").toString(), "--password-file", temp.resolve("missing.txt").toString());
        assertThat(noPassword.exitCode()).isEqualTo(CommandLineApp.FAILED);
        assertThat(noPassword.err()).startsWith("Could not read the password from");
        assertThat(temp.resolve("y.pdf")).doesNotExist();

        Result alone = cli.run("--workspace", temp.resolve("ws").toString(), "--anonymous", "--list-projects");
        assertThat(alone.exitCode()).isEqualTo(CommandLineApp.USAGE);
        assertThat(alone.err().strip()).isEqualTo("--anonymous works only together with --export-pdf.");
    }

    @Test
    void helpListsTheOption() {
        Result help = cli.run("--help", "--lang", "en");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--export-pdf", "--anonymous", "--appendix", "--password-file");
    }
}
