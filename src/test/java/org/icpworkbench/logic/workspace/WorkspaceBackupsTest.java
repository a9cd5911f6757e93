package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.project.ProjectSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceBackupsTest {

    @TempDir
    Path temp;

    private List<String> projectNames(Path folder) {
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            return services.projects().summaries(true).join().stream().map(ProjectSummary::name).toList();
        }
    }

    @Test
    void aSessionThatChangesTheWorkspaceIsBackedUpWhenItCloses() throws Exception {
        Path folder = temp.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.projects().create(ProjectDetails.named("Acme")).join();
        }
        WorkspaceBackups backups = new WorkspaceBackups(folder, WorkspaceBackups.DEFAULT_KEEP, Clock.systemUTC());

        assertThat(backups.list()).extracting(WorkspaceBackups.Backup::reason).containsExactly("close", "open");
        assertThat(backups.list()).allSatisfy(backup -> assertThat(backup.bytes()).isPositive());
    }

    @Test
    void onlyTheNewestBackupsAreKept() {
        Path folder = temp.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            WorkspaceBackups backups = new WorkspaceBackups(folder, 3, Clock.systemUTC());
            for (int i = 0; i < 5; i++) {
                backups.create(services.workspace().database(), "manual").join();
            }
            assertThat(backups.list()).hasSize(3);
        }
    }

    @Test
    void aRestoreBringsBackTheBackedUpStateAndKeepsTheReplacedFile() throws Exception {
        Path folder = temp.resolve("ws");
        Path backup;
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.projects().create(ProjectDetails.named("Before the backup")).join();
            backup = services.backups().create(services.workspace().database(), "manual").join();
            services.projects().create(ProjectDetails.named("After the backup")).join();
        }
        assertThat(projectNames(folder)).contains("Before the backup", "After the backup");

        Path aside = WorkspaceBackups.restore(folder, backup, Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

        assertThat(projectNames(folder)).contains("Before the backup").doesNotContain("After the backup");
        assertThat(aside).exists().hasFileName("workspace.mv.db.before-restore-20261123-120000-000");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".restore-"));
        }
    }

    @Test
    void aRestoreDropsTheSearchIndexOfTheReplacedFileSoSearchFindsTheRestoredTexts() throws Exception {
        Path folder = temp.resolve("ws");
        Path backup;
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            backup = services.backups().create(services.workspace().database(), "manual").join();
            services.startSearch().join();
        }
        Files.createDirectories(folder.resolve("search-index"));
        Files.writeString(folder.resolve("search-index").resolve("segments_9"), "index of the replaced file");

        WorkspaceBackups.restore(folder, backup, Clock.systemUTC());

        assertThat(folder.resolve("search-index")).doesNotExist();
    }

    @Test
    void aDamagedOrForeignBackupNeverReplacesTheWorkspace() throws Exception {
        Path folder = temp.resolve("ws");
        projectNames(folder);
        byte[] before = Files.readAllBytes(WorkspaceFiles.databaseFile(folder));
        Path notZip = Files.writeString(temp.resolve("notes.zip"), "hello");
        Path emptyZip = temp.resolve("empty.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(emptyZip))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("x".getBytes());
        }
        Path garbage = temp.resolve("garbage.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(garbage))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("workspace.mv.db"));
            zip.write(new byte[8192]);
        }

        for (Path bad : List.of(notZip, emptyZip, garbage)) {
            assertThatThrownBy(() -> WorkspaceBackups.restore(folder, bad, Clock.systemUTC()))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).messageKey())
                            .isIn("backup.error.notABackup", "backup.error.damaged"));
        }
        assertThat(Files.readAllBytes(WorkspaceFiles.databaseFile(folder))).isEqualTo(before);
    }

    @Test
    void sessionsThatOnlyReadTakeNoBackupAndRotateNoneAway() {
        Path folder = temp.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.projects().create(ProjectDetails.named("Acme")).join();
        }
        WorkspaceBackups backups = new WorkspaceBackups(folder, WorkspaceBackups.DEFAULT_KEEP, Clock.systemUTC());
        List<Path> before = backups.list().stream().map(WorkspaceBackups.Backup::file).toList();

        for (int session = 0; session < 12; session++) {
            assertThat(projectNames(folder)).contains("Acme");
        }

        assertThat(backups.list()).extracting(WorkspaceBackups.Backup::file).containsExactlyElementsOf(before);
    }

    @Test
    void aSessionThatChangesSomethingAfterReadOnlyOnesIsStillBackedUp() {
        Path folder = temp.resolve("ws");
        projectNames(folder);
        projectNames(folder);
        int before = new WorkspaceBackups(folder, WorkspaceBackups.DEFAULT_KEEP, Clock.systemUTC()).list().size();
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.projects().create(ProjectDetails.named("Later")).join();
        }
        List<WorkspaceBackups.Backup> after = new WorkspaceBackups(folder, WorkspaceBackups.DEFAULT_KEEP, Clock.systemUTC()).list();
        assertThat(after).hasSize(before + 1);
        assertThat(after.getFirst().reason()).isEqualTo("close");
    }
}
