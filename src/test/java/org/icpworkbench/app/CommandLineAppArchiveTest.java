package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --export-archive PROJECT OUT.icpw} and {@code --import-archive FILE.icpw}: moving a whole project from a script. */
class CommandLineAppArchiveTest {

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    @Test
    void helpListsBothOptionsInBothLanguages() {
        assertThat(cli.run("--help").out()).contains("--export-archive", "PROJECT OUT.icpw", "--import-archive", "FILE.icpw",
                "project archive");
        assertThat(cli.run("--lang", "ru", "--help").out()).contains("--export-archive", "--import-archive", "файл проекта");
    }

    @Test
    void aProjectMovesToAnotherWorkspace() throws IOException {
        String from = temp.resolve("from").toString();
        Result sample = cli.run("--workspace", from, "--lang", "en", "--create-sample");
        assertThat(sample.exitCode()).isZero();
        String id = sample.out().split("\t")[0];
        String name = sample.out().split("\t")[1].strip();
        Path file = temp.resolve("project.icpw");

        Result exported = cli.run("--workspace", from, "--export-archive", id, file.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out().strip()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(Files.size(file)).isPositive();

        String to = temp.resolve("to").toString();
        Result imported = cli.run("--workspace", to, "--import-archive", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).matches("\\d+");
        Result list = cli.run("--workspace", to, "--list-projects");
        assertThat(list.out()).contains(imported.out().strip() + "\t" + name + "\t12");

        Result again = cli.run("--workspace", to, "--import-archive", file.toString());
        assertThat(again.exitCode()).isZero();
        assertThat(cli.run("--workspace", to, "--list-projects").out()).contains(name + " (2)");
    }

    @Test
    void aDamagedArchiveFailsWithOneTranslatedLine() throws IOException {
        Path file = Files.writeString(temp.resolve("broken.icpw"), "not a zip");
        Result english = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", "en", "--import-archive", file.toString());
        assertThat(english.exitCode()).isEqualTo(1);
        assertThat(english.out()).isEmpty();
        assertThat(english.err().strip()).isEqualTo(file + " is not a project archive (.icpw) or is damaged: it cannot be opened as a ZIP file.")
                .doesNotContain("\n");
        Result russian = cli.run("--workspace", temp.resolve("ws").toString(), "--lang", "ru", "--import-archive", file.toString());
        assertThat(russian.exitCode()).isEqualTo(1);
        assertThat(russian.err()).contains("не файл проекта");
        assertThat(cli.run("--workspace", temp.resolve("ws").toString(), "--list-projects").out()).isEmpty();
    }

    @Test
    void anUnknownProjectOrAMissingArgumentFails() {
        String ws = temp.resolve("ws").toString();
        Result unknown = cli.run("--workspace", ws, "--lang", "en", "--export-archive", "4242", temp.resolve("x.icpw").toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("4242");
        Result notAnId = cli.run("--workspace", ws, "--lang", "en", "--export-archive", "abc", temp.resolve("x.icpw").toString());
        assertThat(notAnId.exitCode()).isEqualTo(1);
        Result usage = cli.run("--workspace", ws, "--export-archive", "1");
        assertThat(usage.exitCode()).isEqualTo(2);
    }
}
