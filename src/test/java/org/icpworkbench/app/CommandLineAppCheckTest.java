package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.icpworkbench.logic.workspace.WorkspaceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineAppCheckTest {

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

    private Path sampleWorkspace() {
        Path folder = temp.resolve("ws");
        assertThat(run("--workspace", folder.toString(), "--lang", "en", "--create-sample").exitCode()).isZero();
        return folder;
    }

    @Test
    void aHealthyWorkspaceIsReadWholeAndLeftByteForByteUnchanged() throws Exception {
        Path folder = sampleWorkspace();
        Path file = WorkspaceFiles.databaseFile(folder);
        byte[] before = Files.readAllBytes(file);

        Result result = run("--workspace", folder.toString(), "--lang", "en", "--check");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).startsWith("Healthy: " + file + " (schema version " + WorkspaceFiles.SCHEMA_VERSION
                + "; 1 projects, 12 interviews, ");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> backups = Files.list(folder.resolve("backups"))) {
            assertThat(backups.count()).as("a check takes no backup").isLessThanOrEqualTo(2);
        }
    }

    @Test
    void emptyTruncatedAndMissingWorkspacesFailWithTheirReason() throws Exception {
        Path folder = sampleWorkspace();
        Path file = WorkspaceFiles.databaseFile(folder);
        byte[] healthy = Files.readAllBytes(file);

        Files.write(file, java.util.Arrays.copyOf(healthy, healthy.length / 10));
        Result truncated = run("--workspace", folder.toString(), "--lang", "en", "--check");
        Files.write(file, new byte[0]);
        Result empty = run("--workspace", folder.toString(), "--lang", "en", "--check");
        Result missing = run("--workspace", temp.resolve("nowhere").toString(), "--lang", "en", "--check");

        assertThat(truncated.exitCode()).isEqualTo(1);
        assertThat(truncated.err().strip()).startsWith("The workspace file " + file + " is damaged");
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.err().strip()).contains("is empty (0 bytes)");
        assertThat(Files.size(file)).as("the check never repairs or recreates").isZero();
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("There is no workspace file at "
                + WorkspaceFiles.databaseFile(temp.resolve("nowhere")) + ".");
        assertThat(temp.resolve("nowhere")).doesNotExist();
    }

    @Test
    void theSchemaVersionTheCheckKnowsIsTheNewestMigration() throws Exception {
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = migrations.map(path -> path.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow();
            assertThat(WorkspaceFiles.SCHEMA_VERSION).isEqualTo(newest);
        }
    }
}
