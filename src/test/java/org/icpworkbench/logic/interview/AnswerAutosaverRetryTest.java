package org.icpworkbench.logic.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.respondent.NewRespondent;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saves that fail (a store standing in for a full disk) are kept, retried by themselves, and saved once writing works. */
class AnswerAutosaverRetryTest {

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private final AtomicBoolean diskFull = new AtomicBoolean(true);
    private final AtomicInteger attempts = new AtomicInteger();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private AnswerAutosaver autosaver;
    private long interviewId;
    private List<Question> questions;

    @BeforeEach
    void setUp() {
        workspace = TestWorkspace.openIn(temp.resolve("ws"));
        var services = workspace.services();
        long projectId = services.projects().create(ProjectDetails.named("Acme")).join().id();
        interviewId = services.interviews().start(new InterviewStart(projectId, Optional.empty(),
                Optional.of(new NewRespondent("Olga", "Head of sales", "Acme", "", true, Optional.of(LocalDate.now()))),
                Audience.SALES, false, LocalDate.now(), "Anna")).join();
        questions = services.interviews().sheet(interviewId).join().questions();
        autosaver = new AnswerAutosaver(services.workspace().database(), Clock.systemUTC(), Duration.ofMillis(10),
                Duration.ofMillis(50), Duration.ofMillis(100), (dsl, key, draft, at) -> {
                    attempts.incrementAndGet();
                    if (diskFull.get()) {
                        throw new UncheckedIOException(new IOException("No space left on device"));
                    }
                    AnswerAutosaver.DATABASE.save(dsl, key, draft, at);
                });
        autosaver.onFailure(failures::add);
    }

    @AfterEach
    void tearDown() {
        autosaver.close();
        workspace.close();
    }

    private AnswerKey key(int index) {
        return new AnswerKey(interviewId, questions.get(index).id());
    }

    private String stored(int index) {
        var sheet = workspace.services().interviews().sheet(interviewId).join();
        return sheet.answerTo(questions.get(index)).map(a -> a.text()).orElse("");
    }

    @Test
    void aFailedSaveKeepsTheTextAndIsRetriedByItselfUntilWritingWorksAgain() throws Exception {
        CompletableFuture<AnswerAutosaver.Saved> saved = new CompletableFuture<>();
        autosaver.onSaved(saved::complete);
        autosaver.update(key(0), AnswerDraft.text("Внедрили за 6 недель"));
        autosaver.flush(key(0)).get(5, TimeUnit.SECONDS);
        assertThat(failures).isNotEmpty();
        assertThat(autosaver.hasUnsavedChanges()).isTrue();

        // Typing goes on while nothing can be written; the newest text is what must arrive.
        autosaver.update(key(0), AnswerDraft.text("Внедрили за 6 недель, без простоев"));
        autosaver.update(key(1), AnswerDraft.text("Решает директор"));
        int before = attempts.get();
        CompletableFuture<Void> retried = new CompletableFuture<>();
        autosaver.onFailure(failure -> {
            if (attempts.get() > before + 2) {
                retried.complete(null);
            }
        });
        retried.get(5, TimeUnit.SECONDS); // no further change or flush: the autosaver tried again by itself
        assertThat(saved).isNotDone();

        diskFull.set(false);
        saved.get(5, TimeUnit.SECONDS);
        autosaver.flushAll().get(5, TimeUnit.SECONDS);
        assertThat(stored(0)).isEqualTo("Внедрили за 6 недель, без простоев");
        assertThat(stored(1)).isEqualTo("Решает директор");
        assertThat(autosaver.hasUnsavedChanges()).isFalse();
    }

    @Test
    void tryAgainSavesAtOnceWhenWritingWorks() throws Exception {
        autosaver.update(key(2), AnswerDraft.text("Склад в Казани"));
        autosaver.flush(key(2)).get(5, TimeUnit.SECONDS);
        autosaver.retryNow().get(5, TimeUnit.SECONDS);
        assertThat(stored(2)).isEmpty();
        assertThat(autosaver.hasUnsavedChanges()).isTrue();

        diskFull.set(false);
        autosaver.retryNow().get(5, TimeUnit.SECONDS);
        assertThat(stored(2)).isEqualTo("Склад в Казани");
        assertThat(autosaver.hasUnsavedChanges()).isFalse();
    }

    @Test
    void closingSavesEveryAcceptedChangeAndTakesNoMore() {
        diskFull.set(false);
        long revision = autosaver.update(key(3), AnswerDraft.text("Последняя фраза"));
        autosaver.close();
        assertThat(revision).isNotEqualTo(AnswerAutosaver.NOT_ACCEPTED);
        assertThat(stored(3)).isEqualTo("Последняя фраза");
        assertThat(autosaver.update(key(3), AnswerDraft.text("после закрытия"))).isEqualTo(AnswerAutosaver.NOT_ACCEPTED);
        assertThat(autosaver.hasUnsavedChanges()).isFalse();
    }
}
