package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.ProjectDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The damage cases of the fault suite (ADR 0017): each asserts what holds afterwards. */
class WorkspaceDamageTest {

    @TempDir
    Path temp;

    private Path folder;

    private Path sampleWorkspace() {
        folder = temp.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.samples().createSample(Language.EN).join();
        }
        return WorkspaceFiles.databaseFile(folder);
    }

    private List<String> projectNames(Path workspace) {
        try (WorkspaceServices services = WorkspaceServices.open(workspace, Clock.systemUTC())) {
            return services.projects().summaries(true).join().stream().map(project -> project.name()).toList();
        }
    }

    private static void createProject(Path workspace, String name) {
        try (WorkspaceServices services = WorkspaceServices.open(workspace, Clock.systemUTC())) {
            services.projects().create(ProjectDetails.named(name)).join();
        }
    }

    /** Opening is refused with {@code expected}; the file's bytes are unchanged and a byte-identical copy is kept. */
    private WorkspaceException refusedAndQuarantined(Path file, WorkspaceProblem... expected) throws Exception {
        byte[] before = Files.readAllBytes(file);
        WorkspaceException refused = catchWorkspaceException(() -> new WorkspaceOpener().open(folder));
        assertThat(refused.problem()).as(String.valueOf(refused.getCause())).isIn((Object[]) expected);
        assertThat(Files.readAllBytes(file)).as("the file is left as it was").isEqualTo(before);
        Path quarantine = refused.quarantine().orElseThrow();
        assertThat(quarantine.getParent()).isEqualTo(folder.resolve("quarantine"));
        assertThat(Files.readAllBytes(WorkspaceFiles.databaseFile(quarantine))).isEqualTo(before);
        assertThatThrownBy(() -> WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION))
                .as("--check refuses it too").isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isIn((Object[]) expected));
        assertThat(Files.readAllBytes(file)).as("the check left it as it was").isEqualTo(before);
        return refused;
    }

    private static WorkspaceException catchWorkspaceException(Runnable action) {
        try {
            action.run();
        } catch (WorkspaceException e) {
            return e;
        }
        throw new AssertionError("opened although it should have been refused");
    }

    @Test
    void aFileRolledBackToAnOlderCopyIsRefusedKeptAndQuarantinedWithTheNewestBackupOffered() throws Exception {
        Path file = sampleWorkspace();
        createProject(folder, "First");
        byte[] older = Files.readAllBytes(file);
        createProject(folder, "Second");
        Files.write(file, older);

        WorkspaceException refused = refusedAndQuarantined(file, WorkspaceProblem.ROLLED_BACK);

        assertThat(refused.newestBackup()).isPresent();
        assertThat(Files.readAllBytes(WorkspaceSeal.file(refused.quarantine().orElseThrow())))
                .isEqualTo(Files.readAllBytes(WorkspaceSeal.file(folder)));
    }

    @Test
    void anOlderCopyOfAWorkspaceMadeBeforeTheSealIsRefusedToo() throws Exception {
        Path file = sampleWorkspace();
        byte[] withoutSealTable;
        try (var connection = java.sql.DriverManager.getConnection(WorkspaceFiles.jdbcUrl(folder, true), "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("DROP TABLE commit_seal");
            statement.execute("SHUTDOWN");
        }
        withoutSealTable = Files.readAllBytes(file);
        WorkspaceSeal.write(folder, 7, null);

        Files.write(file, withoutSealTable);

        refusedAndQuarantined(file, WorkspaceProblem.ROLLED_BACK);
    }

    /**
     * A cut either breaks the file (refused) or leaves H2 an older chunk to fall back to; that chunk is only accepted
     * when it holds every sealed commit and every row — nothing saved is lost — else it is refused as rolled back.
     */
    @ParameterizedTest
    @ValueSource(ints = {60, 10})
    void aTruncatedFileIsRefusedKeptAndQuarantinedUnlessNothingSavedIsMissing(int percent) throws Exception {
        Path file = sampleWorkspace();
        WorkspaceCheck.Health whole = WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length * percent / 100));

        WorkspaceCheck.Health cut;
        try {
            cut = WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION);
        } catch (WorkspaceException refused) {
            refusedAndQuarantined(file, WorkspaceProblem.DAMAGED, WorkspaceProblem.ROLLED_BACK);
            return;
        }
        assertThat(cut).as("H2 fell back to an older chunk, which must hold everything").isEqualTo(whole);
        assertThat(projectNames(folder)).hasSize(1);
    }

    @Test
    void aBitFlippedInALivePageIsCaughtByTheDigestThoughH2ReadsItSilently() throws Exception {
        Path file = sampleWorkspace();
        createProject(folder, "MARKER-LIVE-PAGE");
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf("MARKER-LIVE-PAGE");
        assertThat(at).isPositive();
        bytes[at] ^= 0x10;
        FileTime modified = Files.getLastModifiedTime(file);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, modified);

        Path copy = Files.createDirectories(temp.resolve("without-seal"));
        Files.copy(file, WorkspaceFiles.databaseFile(copy));
        assertThat(projectNames(copy)).as("the flipped byte is live: H2 alone reads the changed name")
                .contains("]ARKER-LIVE-PAGE").doesNotContain("MARKER-LIVE-PAGE");

        refusedAndQuarantined(file, WorkspaceProblem.DAMAGED);
    }

    /** {@code cp -r} keeps the bytes but not the modification time: the digest is compared all the same. */
    @Test
    void aBitFlippedInACopyWithANewModificationTimeIsCaughtToo() throws Exception {
        Path file = sampleWorkspace();
        createProject(folder, "MARKER-LIVE-PAGE");
        byte[] bytes = Files.readAllBytes(file);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).lastIndexOf("MARKER-LIVE-PAGE");
        bytes[at] ^= 0x10;
        FileTime modified = Files.getLastModifiedTime(file);
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified.toMillis() + 3_600_000));

        refusedAndQuarantined(file, WorkspaceProblem.DAMAGED);
    }

    @Test
    void aPlainCopyOfAnIntactWorkspaceOpens() throws Exception {
        Path file = sampleWorkspace();
        FileTime modified = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modified.toMillis() + 3_600_000));

        assertThat(WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION).projects()).isEqualTo(1);
        assertThat(projectNames(folder)).hasSize(1);
    }

    @Test
    void anEmptyFileIsRefusedAndItsEmptyCopyQuarantined() throws Exception {
        Path file = sampleWorkspace();
        Files.write(file, new byte[0]);

        WorkspaceException refused = catchWorkspaceException(() -> new WorkspaceOpener().open(folder));

        assertThat(refused.problem()).isEqualTo(WorkspaceProblem.EMPTY_FILE);
        assertThat(Files.size(file)).isZero();
        assertThat(Files.size(WorkspaceFiles.databaseFile(refused.quarantine().orElseThrow()))).isZero();
    }

    @Test
    void eachRefusalKeepsItsOwnQuarantineAndNeverOverwritesOne() throws Exception {
        Path file = sampleWorkspace();
        Files.write(file, new byte[0]);

        Path first = catchWorkspaceException(() -> new WorkspaceOpener().open(folder)).quarantine().orElseThrow();
        Path second = catchWorkspaceException(() -> new WorkspaceOpener().open(folder)).quarantine().orElseThrow();

        assertThat(first).isNotEqualTo(second);
        assertThat(first).isDirectory();
        assertThat(second).isDirectory();
    }

    @Test
    void aWorkspaceInUseIsNotQuarantined() throws Exception {
        sampleWorkspace();
        try (org.icpworkbench.testsupport.WorkspaceHolder.Running other = org.icpworkbench.testsupport.WorkspaceHolder.start(folder)) {
            assertThat(other.line()).isEqualTo("OPEN");
            WorkspaceException refused = catchWorkspaceException(() -> new WorkspaceOpener().open(folder));
            assertThat(refused.problem()).isEqualTo(WorkspaceProblem.IN_USE);
            assertThat(refused.quarantine()).isEmpty();
        }
        assertThat(folder.resolve("quarantine")).doesNotExist();
    }

    @Test
    void restoringAnOlderBackupIsNotMistakenForARollback() throws Exception {
        sampleWorkspace();
        createProject(folder, "Kept");
        WorkspaceBackups.Backup older = new WorkspaceBackups(folder, 10, Clock.systemUTC()).newest().orElseThrow();
        createProject(folder, "After the backup");

        WorkspaceBackups.restore(folder, older.file(), Clock.systemUTC());

        assertThat(projectNames(folder)).contains("Kept").doesNotContain("After the backup");
        assertThat(WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION).projects()).isEqualTo(2);
    }

    @Test
    void aCrashBetweenTheCommitAndTheSealIsNoFalseAlarm() throws Exception {
        sampleWorkspace();
        createProject(folder, "Saved");
        long sealed = WorkspaceSeal.readSeal(folder).orElseThrow();
        assertThat(sealed).isGreaterThan(1);
        WorkspaceSeal.write(folder, sealed - 1, null);

        assertThat(WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION).projects()).isEqualTo(2);
        assertThat(projectNames(folder)).contains("Saved");
        assertThat(WorkspaceSeal.readSeal(folder)).hasValue(sealed);
    }

    @Test
    void aWorkspaceWithoutASealOpensAndGetsOne() throws Exception {
        sampleWorkspace();
        Files.delete(WorkspaceSeal.file(folder));

        assertThat(projectNames(folder)).hasSize(1);
        assertThat(WorkspaceSeal.readSeal(folder)).isPresent();
    }

    @Test
    void theSealRisesWithEveryWriteButNotWithReads() throws Exception {
        sampleWorkspace();
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            long before = WorkspaceSeal.readSeal(folder).orElseThrow();
            services.projects().summaries(true).join();
            assertThat(WorkspaceSeal.readSeal(folder)).hasValue(before);

            services.projects().create(ProjectDetails.named("Written")).join();
            long after = WorkspaceSeal.readSeal(folder).orElseThrow();
            assertThat(after).isGreaterThan(before);
        }
        assertThat(Files.readString(WorkspaceSeal.file(folder))).as("a clean close records the digest").contains("closed ");
    }

    @Test
    void theRecoveryScriptIsWrittenFromTheQuarantinedCopyOnly() throws Exception {
        Path file = sampleWorkspace();
        createProject(folder, "FIRST-MARKER");
        byte[] older = Files.readAllBytes(file);
        createProject(folder, "SECOND-MARKER");
        Files.write(file, older);
        Path quarantine = catchWorkspaceException(() -> new WorkspaceOpener().open(folder)).quarantine().orElseThrow();

        Path script = WorkspaceRecovery.writeScript(quarantine);

        assertThat(script.getParent()).isEqualTo(quarantine);
        assertThat(Files.readString(script)).contains("FIRST-MARKER").doesNotContain("SECOND-MARKER");
        assertThat(Files.readAllBytes(file)).isEqualTo(older);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".sql") || name.endsWith(".txt"));
        }
    }
}
