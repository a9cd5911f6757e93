package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineAppBackupTest {

    @TempDir
    Path temp;

    private record Result(int exitCode, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLineApp(Map.of("ICP_WORKBENCH_CONFIG", temp.resolve("config").toString()),
                new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    private String ws() {
        return temp.resolve("ws").toString();
    }

    @Test
    void aBackupTakenFromTheCommandLineCanBeRestoredFromIt() {
        assertThat(run("--workspace", ws(), "--lang", "en", "--create-project", "Kept").exitCode()).isZero();
        Result backup = run("--workspace", ws(), "--lang", "en", "--backup");
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        Path file = Path.of(backup.out().strip());
        assertThat(file).exists().hasParent(temp.resolve("ws").resolve("backups"));
        assertThat(run("--workspace", ws(), "--lang", "en", "--create-project", "Lost").exitCode()).isZero();
        assertThat(run("--workspace", ws(), "--lang", "en", "--list-backups").out()).contains(file.toString() + "\t");

        Result restored = run("--workspace", ws(), "--lang", "en", "--restore", file.toString());

        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(restored.out()).startsWith("Restored the workspace from " + file);
        String projects = run("--workspace", ws(), "--lang", "en", "--list-projects").out();
        assertThat(projects).contains("Kept").doesNotContain("Lost");
    }

    @Test
    void somethingThatIsNotABackupIsRefusedOnOneLineAndChangesNothing() throws Exception {
        assertThat(run("--workspace", ws(), "--lang", "en", "--create-project", "Kept").exitCode()).isZero();
        Path bogus = Files.writeString(temp.resolve("bogus.zip"), "not a zip");

        Result result = run("--workspace", ws(), "--lang", "en", "--restore", bogus.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo(bogus + " is not a workspace backup (no workspace.mv.db inside).");
        assertThat(run("--workspace", ws(), "--lang", "en", "--list-projects").out()).contains("Kept");
    }
}
