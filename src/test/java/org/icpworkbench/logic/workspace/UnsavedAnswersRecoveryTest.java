package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.icpworkbench.logic.interview.AnswerKey;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.testsupport.ImmutableFile;
import org.icpworkbench.testsupport.Interviews;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Closing while the workspace file cannot be written (immutable, {@code chattr +i}) loses nothing: the answers still in
 * memory are kept in a file beside the workspace — encrypted with the workspace's password when it has one — and the
 * next opening puts them back and says so.
 */
class UnsavedAnswersRecoveryTest {

    private static final String TYPED = "Клиент: «внедрили за 6 недель» — UNSAVED-MARKER";

    @TempDir
    Path temp;

    private static WorkspacePassword password(boolean encrypted) {
        return encrypted ? WorkspacePassword.of("correct horse".toCharArray()) : WorkspacePassword.none();
    }

    @ParameterizedTest(name = "encrypted: {0}")
    @ValueSource(booleans = {false, true})
    void answersThatCouldNotBeSavedAtCloseAreKeptAndPutBackOnTheNextOpening(boolean encrypted) throws Exception {
        Path folder = temp.resolve("ws");
        Path file = WorkspaceFiles.databaseFile(folder);
        AnswerKey key;
        Path kept;
        WorkspaceServices services = WorkspaceServices.open(folder, password(encrypted), Clock.systemUTC());
        boolean immutable = false;
        try {
            key = Interviews.firstQuestionOfNewInterview(services, "Acme");
            immutable = ImmutableFile.set(file);
            assumeTrue(immutable, "chattr +i is not available here");

            services.autosaver().update(key, AnswerDraft.text(TYPED));
            services.autosaver().flush(key).get(10, TimeUnit.SECONDS);
            assertThat(services.autosaver().hasUnsavedChanges()).isTrue();
            services.close();
            kept = services.unsavedAnswersKept().orElseThrow();
        } finally {
            if (immutable) {
                ImmutableFile.clear(file);
            }
        }
        assertThat(kept.getParent()).isEqualTo(folder);
        byte[] bytes = Files.readAllBytes(kept);
        if (encrypted) {
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("UNSAVED-MARKER");
        } else {
            assertThat(new String(bytes, StandardCharsets.UTF_8)).contains(TYPED);
        }

        try (WorkspaceServices reopened = WorkspaceServices.open(folder, password(encrypted), Clock.systemUTC())) {
            assertThat(reopened.notices()).extracting(WorkspaceNotice::messageKey).contains("workspace.notice.unsavedRestored");
            var sheet = reopened.interviews().sheet(key.interviewId()).join();
            assertThat(sheet.answerTo(sheet.questions().getFirst()).orElseThrow().text()).isEqualTo(TYPED);
        }
        assertThat(kept).doesNotExist();
        try (WorkspaceServices again = WorkspaceServices.open(folder, password(encrypted), Clock.systemUTC())) {
            assertThat(again.notices()).as("put back once").isEmpty();
        }
    }
}
