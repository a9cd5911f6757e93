package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Arrays;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.testsupport.ImmutableFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace file made read-only before opening is refused with the "cannot write" message and left byte for byte as
 * it was. Root ignores permission bits, so there the file is also made immutable ({@code chattr +i}), which binds root.
 */
class ReadOnlyWorkspaceTest {

    @TempDir
    Path folder;

    @Test
    void aReadOnlyWorkspaceFileIsRefusedAndLeftAlone() throws Exception {
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.projects().create(ProjectDetails.named("Acme")).join();
        }
        Path file = WorkspaceFiles.databaseFile(folder);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        boolean immutable = false;
        try {
            if (Files.isWritable(file)) {
                immutable = ImmutableFile.set(file);
            }
            assumeFalse(Files.isWritable(file), "this user can write to any file and cannot make one immutable");

            assertThatThrownBy(() -> WorkspaceServices.open(folder, Clock.systemUTC()))
                    .isInstanceOfSatisfying(WorkspaceException.class, e -> {
                        assertThat(e.problem()).isEqualTo(WorkspaceProblem.NOT_WRITABLE);
                        assertThat(Messages.of(Language.EN).describe(e)).startsWith("Cannot write to the workspace folder");
                    });
            assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("file bytes unchanged").isTrue();
        } finally {
            if (immutable) {
                ImmutableFile.clear(file);
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
