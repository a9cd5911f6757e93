package org.icpworkbench.logic.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.icpworkbench.logic.workspace.WorkspaceFiles;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.NewRespondent;
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

    private static boolean run(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static long startInterview(WorkspaceServices services) {
        long projectId = services.projects().create(ProjectDetails.named("Read-only moment")).join().id();
        return services.interviews().start(new InterviewStart(projectId, Optional.empty(),
                Optional.of(new NewRespondent("Typist", "Head of sales", "Acme", "", true, Optional.of(LocalDate.now()))),
                Audience.SALES, false, LocalDate.now(), "Tester")).join();
    }

    @Test
    void afterAnImmutableMomentTheRetriesReopenTheFileWritableAndSaveEverything() throws Exception {
        Path file = WorkspaceFiles.databaseFile(folder);
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            long interviewId = startInterview(services);
            long questionId = services.interviews().sheet(interviewId).join().questions().getFirst().id();
            AnswerKey key = new AnswerKey(interviewId, questionId);
            AnswerAutosaver autosaver = services.autosaver();
            CopyOnWriteArrayList<Throwable> failures = new CopyOnWriteArrayList<>();
            autosaver.onFailure(failures::add);
            autosaver.update(key, AnswerDraft.text("before"));
            autosaver.flush(key).get(10, TimeUnit.SECONDS);

            assumeTrue(run("chattr", "+i", file.toString()) && !Files.isWritable(file),
                    "chattr +i is not available on this file system or for this user");
            try {
                autosaver.update(key, AnswerDraft.text("typed while the file was immutable"));
                autosaver.flush(key).get(10, TimeUnit.SECONDS);
                autosaver.update(key, AnswerDraft.text("typed while the file was immutable, and more"));
                autosaver.flush(key).get(10, TimeUnit.SECONDS);
                assertThat(failures).as("saves fail while the file is immutable").isNotEmpty();
                assertThat(autosaver.hasUnsavedChanges()).isTrue();
            } finally {
                run("chattr", "-i", file.toString());
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
