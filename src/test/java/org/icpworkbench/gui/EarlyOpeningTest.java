package org.icpworkbench.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icpworkbench.logic.workspace.WorkspaceFiles;
import org.icpworkbench.logic.workspace.WorkspacePassword;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyOpeningTest {

    @TempDir
    Path temp;

    private final List<String> opened = new CopyOnWriteArrayList<>();

    private WorkspaceServices open(Path folder, WorkspacePassword password) {
        opened.add(folder.getFileName() + (password.isPresent() ? " with password" : ""));
        return WorkspaceServices.open(folder, password, Clock.systemUTC());
    }

    @Test
    void theFirstOpeningWithoutAPasswordTakesTheWorkspaceOpenedAtStartAndLaterOnesOpenAgain() {
        Path folder = temp.resolve("workspace");
        EarlyOpening early = EarlyOpening.start(folder, this::open);

        WorkspaceServices first = early.open(folder, WorkspacePassword.none());
        assertThat(first.workspace().folder()).isEqualTo(folder);
        assertThat(opened).containsExactly("workspace");
        first.close();

        early.open(folder, WorkspacePassword.none()).close();
        assertThat(opened).containsExactly("workspace", "workspace");
    }

    @Test
    void aWorkspaceThatCannotBeOpenedFailsTheFirstOpeningWithItsOwnReason() throws Exception {
        Path folder = temp.resolve("workspace");
        Files.createDirectories(folder);
        Files.write(WorkspaceFiles.databaseFile(folder), new byte[0]);
        EarlyOpening early = EarlyOpening.start(folder, this::open);

        assertThatThrownBy(() -> early.open(folder, WorkspacePassword.none()))
                .isInstanceOf(org.icpworkbench.logic.workspace.WorkspaceException.class);
    }

    @Test
    void aFileWithAPasswordIsNotOpenedBeforeThePasswordIsAskedFor() throws Exception {
        Path folder = temp.resolve("workspace");
        Files.createDirectories(folder);
        Files.write(WorkspaceFiles.databaseFile(folder), "H2encrypt\n".getBytes(StandardCharsets.US_ASCII));

        EarlyOpening early = EarlyOpening.start(folder, (path, password) -> {
            opened.add("opened");
            throw new IllegalStateException("not expected");
        });
        early.closeUntaken();

        assertThat(opened).isEmpty();
    }

    @Test
    void aWorkspaceNobodyTookIsClosedSoItCanBeOpenedAgain() {
        Path folder = temp.resolve("workspace");
        EarlyOpening early = EarlyOpening.start(folder, this::open);

        early.closeUntaken();

        WorkspaceServices again = WorkspaceServices.open(folder, WorkspacePassword.none(), Clock.systemUTC());
        assertThat(again.projects().summaries(true).join()).isEmpty();
        again.close();
    }
}
