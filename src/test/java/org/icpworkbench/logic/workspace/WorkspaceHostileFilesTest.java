package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Things that are not a regular file where the workspace file belongs: refused at once, never read and never copied
 * (a link to /dev/zero once filled the disk with a quarantine copy; a FIFO made opening wait forever).
 */
class WorkspaceHostileFilesTest {

    @TempDir
    Path temp;

    private static void assertRefusedAsNotAFile(Path folder) {
        assertThatThrownBy(() -> new WorkspaceOpener().open(folder))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.NOT_A_FILE));
        assertThatThrownBy(() -> WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.NOT_A_FILE));
        assertThat(folder.resolve("quarantine")).doesNotExist();
    }

    @Test
    @Timeout(30)
    void aLinkToADeviceIsRefusedWithoutReadingIt() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
        Path folder = Files.createDirectories(temp.resolve("ws"));
        Files.createSymbolicLink(WorkspaceFiles.databaseFile(folder), Path.of("/dev/zero"));

        assertRefusedAsNotAFile(folder);
    }

    @Test
    @Timeout(30)
    void aFifoIsRefusedWithoutWaitingOnIt() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("ws"));
        Path fifo = WorkspaceFiles.databaseFile(folder);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mkfifo is not available here: " + e.getMessage());
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo could not make a FIFO here");

        assertRefusedAsNotAFile(folder);
    }

    @Test
    void aFolderOrADanglingLinkIsRefusedAndNothingIsCreatedThrough() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("ws"));
        Files.createDirectory(WorkspaceFiles.databaseFile(folder));
        assertRefusedAsNotAFile(folder);

        Path other = Files.createDirectories(temp.resolve("other"));
        Path target = temp.resolve("nowhere").resolve("workspace.mv.db");
        Files.createSymbolicLink(WorkspaceFiles.databaseFile(other), target);
        assertRefusedAsNotAFile(other);
        assertThat(target).doesNotExist();
    }

    @Test
    void aSealThatIsAFifoIsNotWaitedOn() throws Exception {
        Path folder = temp.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(folder, java.time.Clock.systemUTC())) {
            services.projects().create(org.icpworkbench.model.project.ProjectDetails.named("Acme")).join();
        }
        Path seal = WorkspaceSeal.file(folder);
        Files.delete(seal);
        Process mkfifo = new ProcessBuilder("mkfifo", seal.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo could not make a FIFO here");

        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (WorkspaceServices services = WorkspaceServices.open(folder, java.time.Clock.systemUTC())) {
                assertThat(services.workspace().notices()).extracting(WorkspaceNotice::messageKey)
                        .containsExactly("workspace.notice.sealRenewed.noCopy");
            }
        });
        assertThat(Files.isRegularFile(seal)).isTrue();
    }
}
