package org.icpworkbench.logic.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.NewRespondent;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void unusualAnswersAreStoredAndReadBackExactly() {
        List<String> texts = List.of(
                "Клиенты приходят по рекомендациям — «сарафанное радио».",
                "Great onboarding 🚀👍🏽 — family: 👨‍👩‍👧‍👦",
                "שלום, הלקוח אמר: التسليم سريع جدا",
                "'); DROP TABLE answer; -- \" OR 1=1 /* */ \\n",
                "x".repeat(1024 * 1024));
        try (TestWorkspace workspace = TestWorkspace.openIn(temp)) {
            long projectId = workspace.services().projects().create(ProjectDetails.named("Round trip")).join().id();
            long interviewId = workspace.services().interviews().start(new InterviewStart(projectId, Optional.empty(),
                    Optional.of(new NewRespondent("Анна", "CFO", "Acme", "", false, Optional.empty())),
                    Audience.SALES, false, LocalDate.of(2026, 11, 23), "Me")).join();
            InterviewSheet sheet = workspace.services().interviews().sheet(interviewId).join();
            AnswerAutosaver autosaver = workspace.services().autosaver();
            for (int i = 0; i < texts.size(); i++) {
                autosaver.update(new AnswerKey(interviewId, sheet.questions().get(i).id()),
                        new AnswerDraft(texts.get(i), "{\"note\":\"" + i + "\"}", i % 2 == 0, false, "заметка " + texts.get(i)));
            }
            autosaver.flushAll().join();

            InterviewSheet read = workspace.services().interviews().sheet(interviewId).join();
            for (int i = 0; i < texts.size(); i++) {
                var answer = read.answerTo(read.questions().get(i)).orElseThrow();
                assertThat(answer.text()).isEqualTo(texts.get(i));
                assertThat(answer.note()).isEqualTo("заметка " + texts.get(i));
                assertThat(answer.flagged()).isEqualTo(i % 2 == 0);
            }
            assertThat(autosaver.hasUnsavedChanges()).isFalse();
        }
    }
}
