package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineAppTest {

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    private String workspace() {
        return temp.resolve("ws").toString();
    }

    @Test
    void helpListsEveryActionAndExitsWithZero() {
        Result result = cli.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("--workspace", "--create-sample", "--list-projects", "--create-project", "--version");
    }

    @Test
    void helpSpeaksRussianWhenAsked() {
        assertThat(cli.run("--lang", "ru", "--help").out()).contains("Создать проект с этим названием");
    }

    @Test
    void versionPrintsTheVersion() {
        Result result = cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("ICP Workbench ");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithOneLine() {
        Result result = cli.run("--frobnicate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).doesNotContain("\n").contains("--frobnicate", "--help");
    }

    @Test
    void helpNamesTheArchiveAFileManagerPasses() {
        assertThat(cli.run("--help").out()).contains("FILE.icpw", "double-click");
    }

    @Test
    void anArchiveBesideAnActionIsAUsageErrorThatPointsToImportArchive() {
        Result result = cli.run("--workspace", workspace(), "--list-projects", "Clients.icpw");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).doesNotContain("\n").contains("Clients.icpw", "--import-archive Clients.icpw");
        assertThat(temp.resolve("ws")).doesNotExist();
    }

    @Test
    void createdProjectsAreListedWithIdNameAndInterviewCount() {
        Result created = cli.run("--workspace", workspace(), "--create-project", "Acme ICP");
        assertThat(created.exitCode()).isZero();
        String id = created.out().strip();
        assertThat(id).matches("\\d+");

        Result sample = cli.run("--workspace", workspace(), "--create-sample");
        assertThat(sample.exitCode()).isZero();
        String sampleId = sample.out().strip().split("\t")[0];

        Result listed = cli.run("--workspace", workspace(), "--list-projects");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.outLines()).containsExactlyInAnyOrder(
                id + "\tAcme ICP\t0",
                sampleId + "\tPalleta Systems — ICP discovery 2026\t12");
    }

    @Test
    void aBlankProjectNameFailsWithAReason() {
        Result result = cli.run("--workspace", workspace(), "--create-project", "   ");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("Enter a project name.");
    }

    @Test
    void aDamagedWorkspaceFailsWithOneTranslatedLineAndStaysUntouched() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("damaged"));
        Path file = Files.write(folder.resolve("workspace.mv.db"), "this is not a database".repeat(500).getBytes());
        byte[] before = Files.readAllBytes(file);

        Result result = cli.run("--lang", "ru", "--workspace", folder.toString(), "--list-projects");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).doesNotContain("\n").contains("повреждён", file.toString());
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anUnknownLanguageIsAUsageError() {
        assertThat(cli.run("--lang", "de", "--list-projects").exitCode()).isEqualTo(2);
    }

    @Test
    void interviewsAreListedAndExportedAsPdf() throws Exception {
        String projectId = cli.run("--workspace", workspace(), "--create-sample").out().split("\t")[0];
        Result listed = cli.run("--workspace", workspace(), "--list-interviews", projectId);
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.outLines()).hasSize(12);
        String first = listed.outLines()[0];
        assertThat(first.split("\t")).hasSize(6);
        Path pdf = temp.resolve("interview.pdf");

        Result exported = cli.run("--workspace", workspace(), "--lang", "ru", "--export-interview", first.split("\t")[0], pdf.toString());

        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out().strip()).isEqualTo(pdf.toAbsolutePath().toString());
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    }

    @Test
    void exportingAnUnknownInterviewFailsWithOneLine() {
        cli.run("--workspace", workspace(), "--create-project", "Empty");
        Result result = cli.run("--workspace", workspace(), "--export-interview", "999", temp.resolve("x.pdf").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("There is no interview with the number 999 in this workspace.");
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }
}
