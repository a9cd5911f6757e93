package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.icpworkbench.logic.workspace.WorkspaceFiles;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineAppCheckTest {

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    private Path sampleWorkspace() {
        Path folder = temp.resolve("ws");
        assertThat(cli.run("--workspace", folder.toString(), "--lang", "en", "--create-sample").exitCode()).isZero();
        return folder;
    }

    @Test
    void aHealthyWorkspaceIsReadWholeAndLeftByteForByteUnchanged() throws Exception {
        Path folder = sampleWorkspace();
        Path file = WorkspaceFiles.databaseFile(folder);
        byte[] before = Files.readAllBytes(file);

        Result result = cli.run("--workspace", folder.toString(), "--lang", "en", "--check");

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
        Result truncated = cli.run("--workspace", folder.toString(), "--lang", "en", "--check");
        Files.write(file, new byte[0]);
        Result empty = cli.run("--workspace", folder.toString(), "--lang", "en", "--check");
        Result missing = cli.run("--workspace", temp.resolve("nowhere").toString(), "--lang", "en", "--check");

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

    private Path rolledBackWorkspace() throws Exception {
        Path folder = sampleWorkspace();
        Path file = WorkspaceFiles.databaseFile(folder);
        assertThat(cli.run("--workspace", folder.toString(), "--create-project", "First").exitCode()).isZero();
        byte[] older = Files.readAllBytes(file);
        assertThat(cli.run("--workspace", folder.toString(), "--create-project", "Second").exitCode()).isZero();
        Files.write(file, older);
        return folder;
    }

    @Test
    void aFileRolledBackToAnOlderCopyFailsTheCheckWithItsReason() throws Exception {
        Path folder = rolledBackWorkspace();
        Path file = WorkspaceFiles.databaseFile(folder);
        byte[] before = Files.readAllBytes(file);

        Result result = cli.run("--workspace", folder.toString(), "--lang", "en", "--check");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("The workspace file " + file + " is older than the work last saved")
                .doesNotContain("\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void recoverWritesTheScriptFromANewQuarantinedCopyAndLeavesTheFileAlone() throws Exception {
        Path folder = rolledBackWorkspace();
        Path file = WorkspaceFiles.databaseFile(folder);
        byte[] before = Files.readAllBytes(file);

        Result first = cli.run("--workspace", folder.toString(), "--lang", "en", "--recover");
        Result second = cli.run("--workspace", folder.toString(), "--lang", "en", "--recover");

        assertThat(first.exitCode()).as(first.err()).isZero();
        String prefix = "Recovery script written: ";
        assertThat(first.out().strip()).startsWith(prefix);
        Path script = Path.of(first.out().strip().substring(prefix.length(), first.out().strip().indexOf(" (")));
        assertThat(script).isRegularFile().hasFileName("workspace.h2.sql");
        assertThat(script.getParent().getParent()).isEqualTo(folder.resolve("quarantine"));
        assertThat(Files.readString(script)).contains("First");
        assertThat(Files.readAllBytes(WorkspaceFiles.databaseFile(script.getParent()))).isEqualTo(before);
        assertThat(Files.readAllBytes(file)).as("the workspace file is not changed").isEqualTo(before);
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).as("a new folder each time").doesNotContain(script.getParent().toString());
    }

    @Test
    void recoverWithoutAWorkspaceFileFailsWithOneLineAndIsListedInTheHelp() {
        Path nowhere = temp.resolve("nowhere");

        Result missing = cli.run("--workspace", nowhere.toString(), "--lang", "en", "--recover");
        Result help = cli.run("--lang", "en", "--help");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("There is no workspace file at " + WorkspaceFiles.databaseFile(nowhere) + ".");
        assertThat(nowhere).doesNotExist();
        assertThat(help.out()).contains("--recover");
    }

    @Test
    void theSchemaVersionTheCheckKnowsIsTheNewestMigration() throws Exception {
        try (Stream<Path> migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = migrations.map(path -> path.getFileName().toString()).filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow();
            assertThat(WorkspaceFiles.SCHEMA_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void recoverOnAnEncryptedWorkspaceRefusesWithOneLineAndWritesNoEmptyScript() throws Exception {
        Path folder = temp.resolve("secret");
        Path password = Files.writeString(temp.resolve("pw.txt"), "correct horse battery\n");
        assertThat(cli.run("--workspace", folder.toString(), "--lang", "en", "--workspace-password-file", password.toString(),
                "--create-sample").exitCode()).isZero();

        Result result = cli.run("--workspace", folder.toString(), "--lang", "en", "--workspace-password-file",
                password.toString(), "--recover");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().strip()).doesNotContain("\n").contains("protected with a password")
                .contains("cannot read an encrypted file");
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".h2.sql"));
        }
    }

    @Test
    void anUnreadableSealFailsTheCheckAndIsToldWhenTheWorkspaceOpens() throws Exception {
        Path folder = sampleWorkspace();
        Files.writeString(folder.resolve("workspace.seal"), "garbage");

        Result check = cli.run("--workspace", folder.toString(), "--lang", "en", "--check");
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.err().strip()).doesNotContain("\n").contains("workspace.seal").contains("cannot be read");

        Result list = cli.run("--workspace", folder.toString(), "--lang", "en", "--list-projects");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines()).hasSize(1);
        assertThat(list.err()).contains("could not be read").contains("quarantine");

        assertThat(cli.run("--workspace", folder.toString(), "--lang", "en", "--check").exitCode()).isZero();
    }

    @Test
    void aFifoInPlaceOfTheWorkspaceFailsAtOnceWithOneLine() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("fifo"));
        Process mkfifo = new ProcessBuilder("mkfifo", WorkspaceFiles.databaseFile(folder).toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo could not make a FIFO here");

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            for (String action : new String[] {"--list-projects", "--check", "--recover"}) {
                Result result = cli.run("--workspace", folder.toString(), "--lang", "en", action);
                assertThat(result.exitCode()).as(action).isEqualTo(1);
                assertThat(result.err().strip()).as(action).doesNotContain("\n").contains("is not an ordinary file");
            }
        });
        assertThat(folder.resolve("quarantine")).doesNotExist();
    }
}
