package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineAppBackupTest {

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    private String ws() {
        return temp.resolve("ws").toString();
    }

    @Test
    void aBackupTakenFromTheCommandLineCanBeRestoredFromIt() {
        assertThat(cli.run("--workspace", ws(), "--lang", "en", "--create-project", "Kept").exitCode()).isZero();
        Result backup = cli.run("--workspace", ws(), "--lang", "en", "--backup");
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        Path file = Path.of(backup.out().strip());
        assertThat(file).exists().hasParent(temp.resolve("ws").resolve("backups"));
        assertThat(cli.run("--workspace", ws(), "--lang", "en", "--create-project", "Lost").exitCode()).isZero();
        assertThat(cli.run("--workspace", ws(), "--lang", "en", "--list-backups").out()).contains(file.toString() + "\t");

        Result restored = cli.run("--workspace", ws(), "--lang", "en", "--restore", file.toString());

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).startsWith("Restored the workspace from " + file);
        String projects = cli.run("--workspace", ws(), "--lang", "en", "--list-projects").out();
        assertThat(projects).contains("Kept").doesNotContain("Lost");
    }

    @Test
    void somethingThatIsNotABackupIsRefusedOnOneLineAndChangesNothing() throws Exception {
        assertThat(cli.run("--workspace", ws(), "--lang", "en", "--create-project", "Kept").exitCode()).isZero();
        Path bogus = Files.writeString(temp.resolve("bogus.zip"), "not a zip");

        Result result = cli.run("--workspace", ws(), "--lang", "en", "--restore", bogus.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo(bogus + " is not a workspace backup (no workspace.mv.db inside).");
        assertThat(cli.run("--workspace", ws(), "--lang", "en", "--list-projects").out()).contains("Kept");
    }
}
