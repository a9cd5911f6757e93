package org.icpworkbench.logic.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.respondent.Respondent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasing a respondent deletes their interviews, answers, notes and passages, and makes the workspace rewrite its file
 * when it closes (SHUTDOWN COMPACT) so that old copies of the pages go. The compacted file is compressed, so a byte
 * search proves nothing either way; the test checks the data is gone, the others' stay, and the file was rewritten.
 */
class RespondentErasureTest {

    @TempDir
    Path temp;

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void anErasedRespondentsAnswersAreGoneFromTheFileBytesButOthersStay() throws Exception {
        Path folder = temp.resolve("ws");
        long projectId;
        long respondentId;
        String erasedWords;
        String keptWords;
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            projectId = services.samples().createSample(Language.EN).join().id();
            var interviews = services.interviews().interviews(projectId).join();
            InterviewSummary erased = interviews.get(3);
            InterviewSummary kept = interviews.get(4);
            respondentId = services.interviews().respondents(projectId).join().stream()
                    .filter(respondent -> respondent.name().equals(erased.respondentName())).findFirst().orElseThrow().id();
            erasedWords = firstAnswer(services, erased.id());
            keptWords = firstAnswer(services, kept.id());
        }
        byte[] before = Files.readAllBytes(folder.resolve("workspace.mv.db"));
        assertThat(contains(before, erasedWords.getBytes(StandardCharsets.UTF_8))).as("the words are in the file at first").isTrue();

        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.interviews().eraseRespondent(respondentId).join();
            assertThat(services.interviews().respondents(projectId).join()).extracting(Respondent::id).doesNotContain(respondentId);
            assertThat(services.coding().allPassages(projectId).join())
                    .noneMatch(passage -> erasedWords.contains(passage.text()) && !passage.text().isBlank());
        }

        byte[] after = Files.readAllBytes(folder.resolve("workspace.mv.db"));
        assertThat(contains(after, erasedWords.getBytes(StandardCharsets.UTF_8))).as("erased words in the file").isFalse();
        assertThat(after.length).as("the file was rewritten smaller").isLessThan(before.length);
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            var sheets = services.interviews().interviews(projectId).join().stream()
                    .map(summary -> services.interviews().sheet(summary.id()).join()).toList();
            assertThat(sheets).flatMap(sheet -> sheet.questions().stream().map(sheet::answerTo)
                            .flatMap(java.util.Optional::stream).map(answer -> answer.text()).toList())
                    .anyMatch(text -> text.startsWith(keptWords))
                    .noneMatch(text -> text.startsWith(erasedWords));
        }
    }

    /** The first 40 characters of the interview's first answer: plain ASCII in the English sample. */
    private static String firstAnswer(WorkspaceServices services, long interviewId) {
        var sheet = services.interviews().sheet(interviewId).join();
        String text = sheet.questions().stream().map(question -> sheet.answerTo(question))
                .flatMap(java.util.Optional::stream).map(answer -> answer.text()).filter(answer -> answer.length() > 60)
                .findFirst().orElseThrow();
        String ascii = text.chars().takeWhile(c -> c < 128).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        return ascii.substring(0, Math.min(40, ascii.length()));
    }
}
