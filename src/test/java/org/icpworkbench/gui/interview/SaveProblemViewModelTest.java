package org.icpworkbench.gui.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.interview.AnswerAutosaver;
import org.icpworkbench.logic.interview.AnswerKey;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.NewRespondent;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "could not save" banner against a real workspace whose store fails while the "disk" is full. */
class SaveProblemViewModelTest {

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private final AtomicBoolean diskFull = new AtomicBoolean(true);
    private AnswerAutosaver autosaver;
    private AnswerKey key;

    @BeforeEach
    void setUp() {
        workspace = TestWorkspace.openIn(temp.resolve("ws"));
        var services = workspace.services();
        long projectId = services.projects().create(ProjectDetails.named("Acme")).join().id();
        long interviewId = services.interviews().start(new InterviewStart(projectId, Optional.empty(),
                Optional.of(new NewRespondent("Olga", "", "", "", true, Optional.of(LocalDate.now()))),
                Audience.SALES, false, LocalDate.now(), "")).join();
        key = new AnswerKey(interviewId, services.interviews().sheet(interviewId).join().questions().getFirst().id());
        // Retries are left to the button here: a retry every hour never comes during the test.
        autosaver = new AnswerAutosaver(services.workspace().database(), Clock.systemUTC(), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofHours(1), (dsl, answer, draft, at) -> {
                    if (diskFull.get()) {
                        throw new UncheckedIOException(new IOException("No space left on device"));
                    }
                    AnswerAutosaver.DATABASE.save(dsl, answer, draft, at);
                });
    }

    @AfterEach
    void tearDown() {
        autosaver.close();
        workspace.close();
    }

    private String stored() {
        var sheet = workspace.services().interviews().sheet(key.interviewId()).join();
        return sheet.answerTo(sheet.questions().getFirst()).map(a -> a.text()).orElse("");
    }

    @Test
    void theBannerExplainsTheFailureStaysWhileItLastsAndGoesOnTheFirstSave() throws Exception {
        SaveProblemViewModel banner = new SaveProblemViewModel(autosaver, Messages.of(Language.EN), Runnable::run);
        assertThat(banner.showingProperty().get()).isFalse();

        autosaver.update(key, AnswerDraft.text("Клиент говорит"));
        autosaver.flush(key).get(5, TimeUnit.SECONDS);
        assertThat(banner.showingProperty().get()).isTrue();
        assertThat(banner.messageProperty().get()).isEqualTo("Could not save — the disk is full or the folder is read-only "
                + "(No space left on device). Your text is kept in memory and will be saved when writing works again.");

        autosaver.update(key, AnswerDraft.text("Клиент говорит: «внедрили за 6 недель»"));
        banner.retry().get(5, TimeUnit.SECONDS);
        assertThat(banner.showingProperty().get()).isTrue();
        assertThat(stored()).isEmpty();

        diskFull.set(false);
        banner.retry().get(5, TimeUnit.SECONDS);
        assertThat(banner.showingProperty().get()).isFalse();
        assertThat(stored()).isEqualTo("Клиент говорит: «внедрили за 6 недель»");
        assertThat(autosaver.hasUnsavedChanges()).isFalse();
    }

    @Test
    void theBannerSpeaksRussian() throws Exception {
        SaveProblemViewModel banner = new SaveProblemViewModel(autosaver, Messages.of(Language.RU), Runnable::run);
        autosaver.update(key, AnswerDraft.text("Клиент"));
        autosaver.flush(key).get(5, TimeUnit.SECONDS);
        assertThat(banner.messageProperty().get()).startsWith("Не удалось сохранить: диск заполнен")
                .contains("(No space left on device)");
    }

    @Test
    void aDisposedBannerNoLongerListens() throws Exception {
        SaveProblemViewModel banner = new SaveProblemViewModel(autosaver, Messages.of(Language.EN), Runnable::run);
        banner.dispose();
        autosaver.update(key, AnswerDraft.text("Клиент"));
        autosaver.flush(key).get(5, TimeUnit.SECONDS);
        assertThat(banner.showingProperty().get()).isFalse();
    }

    @Test
    void theBannerNeverShowsTheDatabaseTextWithItsSql() {
        var readOnly = new java.util.concurrent.CompletionException(new org.jooq.exception.DataAccessException("SQL [merge into",
                new java.sql.SQLException("The database is read only; SQL statement:\nmerge into \"ANSWER\" using (select 1) [90097-240]",
                        "90097", 90097)));

        assertThat(SaveProblemViewModel.reason(readOnly, Messages.of(Language.EN))).isEqualTo("the file or its folder is read-only");
        assertThat(SaveProblemViewModel.reason(readOnly, Messages.of(Language.RU))).isEqualTo("файл или его папка доступны только для чтения");
        var reopenedReadOnly = new java.util.concurrent.CompletionException(new org.icpworkbench.logic.workspace.WorkspaceException(
                org.icpworkbench.logic.workspace.WorkspaceProblem.NOT_WRITABLE, java.nio.file.Path.of("ws"), null));
        assertThat(SaveProblemViewModel.reason(reopenedReadOnly, Messages.of(Language.EN))).isEqualTo("the file or its folder is read-only");
        assertThat(SaveProblemViewModel.reason(new java.io.UncheckedIOException(new java.io.IOException("File too large")),
                Messages.of(Language.EN))).isEqualTo("File too large");
    }
}
