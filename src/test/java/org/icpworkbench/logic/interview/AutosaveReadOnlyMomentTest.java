package org.icpworkbench.logic.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.icpworkbench.logic.workspace.WorkspaceFiles;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.testsupport.ImmutableFile;
import org.icpworkbench.testsupport.Interviews;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workspace file made immutable ({@code chattr +i}, which binds root too) while answers are typed, then writable
 * again: saves fail meanwhile, and once the file can be written the autosaver's own retries reopen it writable and save
 * everything — H2 opens a file it cannot write read-only, and that connection must not be kept.
 */
class AutosaveReadOnlyMomentTest {

    @TempDir
    Path folder;

    @Test
    void afterAnImmutableMomentTheRetriesReopenTheFileWritableAndSaveEverything() throws Exception {
        Path file = WorkspaceFiles.databaseFile(folder);
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            AnswerKey key = Interviews.firstQuestionOfNewInterview(services, "Read-only moment");
            AnswerAutosaver autosaver = services.autosaver();
            CopyOnWriteArrayList<Throwable> failures = new CopyOnWriteArrayList<>();
            autosaver.onFailure(failures::add);
            autosaver.update(key, AnswerDraft.text("before"));
            autosaver.flush(key).get(10, TimeUnit.SECONDS);

            assumeTrue(ImmutableFile.set(file), "chattr +i is not available on this file system or for this user");
            try {
                autosaver.update(key, AnswerDraft.text("typed while the file was immutable"));
                autosaver.flush(key).get(10, TimeUnit.SECONDS);
                autosaver.update(key, AnswerDraft.text("typed while the file was immutable, and more"));
                autosaver.flush(key).get(10, TimeUnit.SECONDS);
                assertThat(failures).as("saves fail while the file is immutable").isNotEmpty();
                assertThat(autosaver.hasUnsavedChanges()).isTrue();
            } finally {
                ImmutableFile.clear(file);
            }

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (autosaver.hasUnsavedChanges() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(autosaver.hasUnsavedChanges()).as("saved by the retries, without any command").isFalse();
            autosaver.update(key, AnswerDraft.text("typed after the file was writable again"));
            autosaver.flush(key).get(10, TimeUnit.SECONDS);
            assertThat(autosaver.hasUnsavedChanges()).isFalse();
        }
        try (WorkspaceServices reopened = WorkspaceServices.open(folder, Clock.systemUTC())) {
            long projectId = reopened.projects().summaries(true).join().getFirst().id();
            long interviewId = reopened.interviews().interviews(projectId).join().getFirst().id();
            var sheet = reopened.interviews().sheet(interviewId).join();
            assertThat(sheet.answerTo(sheet.questions().getFirst()).orElseThrow().text())
                    .isEqualTo("typed after the file was writable again");
        }
    }
}
