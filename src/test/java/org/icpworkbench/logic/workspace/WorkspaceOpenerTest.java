package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.testsupport.WorkspaceHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceOpenerTest {

    @TempDir
    Path temp;

    @Test
    void createsTheFileOnFirstOpenAndKeepsDataAcrossReopening() {
        Path folder = temp.resolve("new/nested/workspace");
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            assertThat(services.workspace().newlyCreated()).isTrue();
            services.projects().create(ProjectDetails.named("Acme")).join();
        }
        assertThat(WorkspaceFiles.databaseFile(folder)).isRegularFile();

        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            assertThat(services.workspace().newlyCreated()).isFalse();
            assertThat(services.projects().summaries(true).join()).extracting("name").containsExactly("Acme");
        }
    }

    @Test
    void anEmptyFileIsReportedAndLeftAlone() throws Exception {
        Path file = WorkspaceFiles.databaseFile(temp);
        Files.createFile(file);

        assertThatThrownBy(() -> new WorkspaceOpener().open(temp))
                .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                    assertThat(e.problem()).isEqualTo(WorkspaceProblem.EMPTY_FILE);
                    assertThat(e.path()).isEqualTo(file);
                });
        assertThat(Files.size(file)).isZero();
        assertThat(filesIn(temp)).as("only a copy kept in quarantine (ADR 0017)").containsExactly("quarantine", "workspace.mv.db");
        try (Stream<Path> kept = Files.walk(temp.resolve("quarantine"))) {
            assertThat(kept.filter(Files::isRegularFile).toList()).singleElement()
                    .satisfies(copy -> assertThat(Files.size(copy)).isZero());
        }
    }

    @Test
    void aDamagedFileIsReportedAndNotChanged() throws Exception {
        Path file = WorkspaceFiles.databaseFile(temp);
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        Files.write(file, garbage);
        String before = sha256(file);

        assertThatThrownBy(() -> new WorkspaceOpener().open(temp))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.DAMAGED));
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefused() throws Exception {
        try (WorkspaceServices services = WorkspaceServices.open(temp, Clock.systemUTC())) {
            services.projects().create(ProjectDetails.named("Kept")).join();
        }
        try (Connection connection = DriverManager.getConnection(WorkspaceFiles.jdbcUrl(temp, true), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
            statement.execute("SHUTDOWN");
        }

        assertThatThrownBy(() -> new WorkspaceOpener().open(temp))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.NEWER_SCHEMA));
    }

    @Test
    void aFolderThatCannotBeCreatedIsNotWritable() throws Exception {
        Path blocker = Files.writeString(temp.resolve("a-file"), "not a folder");

        assertThatThrownBy(() -> new WorkspaceOpener().open(blocker.resolve("workspace")))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.NOT_WRITABLE));
    }

    @Test
    void aWorkspaceOpenInAnotherProcessIsReportedAsInUse() throws Exception {
        Path folder = temp.resolve("shared");
        try (WorkspaceHolder.Running other = WorkspaceHolder.start(folder)) {
            assertThat(other.line()).isEqualTo("OPEN");

            assertThatThrownBy(() -> new WorkspaceOpener().open(folder))
                    .isInstanceOfSatisfying(WorkspaceException.class,
                            e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.IN_USE));
        }
    }

    private static List<String> filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
