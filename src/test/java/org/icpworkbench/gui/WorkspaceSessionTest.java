package org.icpworkbench.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.icpworkbench.logic.workspace.WorkspaceBackups;
import org.icpworkbench.logic.workspace.WorkspacePassword;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.project.ProjectSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing, working on the closed files and reopening a real workspace, with a recording window. */
class WorkspaceSessionTest {

    @TempDir
    Path temp;
    private Path folder;
    private final List<WorkspacePassword> openedWith = new ArrayList<>();
    private final RecordingWindow window = new RecordingWindow();
    private boolean failOpening;
    private WorkspaceSession session;

    @BeforeEach
    void setUp() {
        folder = temp.resolve("ws");
        session = new WorkspaceSession(folder, (where, password) -> {
            openedWith.add(password);
            if (failOpening) {
                throw new IllegalStateException("cannot open");
            }
            return WorkspaceServices.open(where, Clock.systemUTC());
        }, Runnable::run, window);
        session.opened(WorkspaceServices.open(folder, Clock.systemUTC()), WorkspacePassword.none());
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private WorkspaceServices current() {
        return session.current().orElseThrow();
    }

    @Test
    void theWorkRunsOnTheClosedFilesAndTheWindowGetsTheReopenedWorkspace() {
        WorkspaceServices before = current();
        Path backup = before.backups().create(before.workspace().database(), "manual").join();
        before.projects().create(ProjectDetails.named("Made after the backup")).join();
        List<String> seen = new ArrayList<>();

        session.reopenAfter((where, password) -> {
            seen.add("work: open=" + session.current().isPresent() + ", detached=" + window.detached);
            // Refused with "in use" if the workspace were still open.
            WorkspaceBackups.restore(where, backup, Clock.systemUTC());
            return password;
        }).join();

        assertThat(seen).containsExactly("work: open=false, detached=1");
        assertThat(window.attached).containsExactly(current());
        assertThat(current()).isNotSameAs(before);
        assertThat(current().projects().summaries(true).join()).extracting(ProjectSummary::name)
                .doesNotContain("Made after the backup");
        assertThat(window.lost).isEmpty();
    }

    @Test
    void theReturnedPasswordOpensTheWorkspaceAndIsHandedToTheNextWork() {
        WorkspacePassword next = WorkspacePassword.of("s3cret".toCharArray());
        List<WorkspacePassword> given = new ArrayList<>();

        session.reopenAfter((where, password) -> {
            given.add(password);
            return next;
        }).join();
        session.reopenAfter((where, password) -> {
            given.add(password);
            return password;
        }).join();

        assertThat(given).containsExactly(WorkspacePassword.none(), next);
        assertThat(openedWith).containsExactly(next, next);
    }

    @Test
    void failedWorkReopensTheWorkspaceAsItWasAndFailsWithTheWorksException() {
        WorkspaceServices before = current();
        before.projects().create(ProjectDetails.named("Kept")).join();
        IOException problem = new IOException("disk said no");

        CompletableFuture<Void> reopened = session.reopenAfter((where, password) -> {
            throw problem;
        });

        assertThatThrownBy(reopened::join).isInstanceOf(CompletionException.class).hasCause(problem);
        assertThat(openedWith).containsExactly(WorkspacePassword.none());
        assertThat(window.attached).containsExactly(current());
        assertThat(current().projects().summaries(true).join()).extracting(ProjectSummary::name).containsExactly("Kept");
        assertThat(window.lost).isEmpty();
    }

    @Test
    void aWorkspaceThatCannotBeOpenedAgainIsReportedAsLost() {
        failOpening = true;

        CompletableFuture<Void> reopened = session.reopenAfter((where, password) -> password);

        assertThatThrownBy(reopened::join).hasRootCauseMessage("cannot open");
        assertThat(session.current()).isEmpty();
        assertThat(window.attached).isEmpty();
        assertThat(window.lost).hasSize(1);
    }

    @Test
    void closingClosesTheWorkspaceOpenNowSoItCanBeOpenedElsewhere() {
        session.reopenAfter((where, password) -> password).join();

        session.close();

        assertThat(session.current()).isEmpty();
        try (WorkspaceServices again = WorkspaceServices.open(folder, Clock.systemUTC())) {
            assertThat(again.projects().summaries(true).join()).isEmpty();
        }
    }

    private static final class RecordingWindow implements WorkspaceSession.Window {
        int detached;
        final List<WorkspaceServices> attached = new ArrayList<>();
        final List<Throwable> lost = new ArrayList<>();

        @Override
        public CompletableFuture<Void> detach() {
            detached++;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> attach(WorkspaceServices services) {
            attached.add(services);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void lost(Throwable failure) {
            lost.add(failure);
        }
    }
}
