package org.icpworkbench.logic.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.testsupport.AutosaveTypist;
import org.icpworkbench.testsupport.KillTrials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stops a typing child JVM with SIGTERM (what a logout or {@code kill} sends) at random moments, twelve times. The
 * shutdown hook closes the workspace, which saves what is still in memory: afterwards every answer holds everything
 * the autosaver took, not only what it had acknowledged.
 */
class AutosaveTermTest {

    private static final int TERMS = 12;

    @TempDir
    Path temp;

    @Test
    void everythingTypedBeforeSigtermIsSaved() throws Exception {
        Random random = new Random(20261125L);
        Map<Long, Integer> typed = new HashMap<>();
        int unacknowledgedAtSignal = 0;
        for (int round = 0; round < TERMS; round++) {
            Process child = new ProcessBuilder(KillTrials.typistCommand(temp)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            Map<Long, Integer> acknowledged = new HashMap<>();
            int keys = 1 + random.nextInt(round % 4 == 0 ? 3 : 80);
            boolean ready = false;
            String line;
            while ((line = lines.readLine()) != null) {
                assertThat(line).doesNotStartWith("CORRUPT");
                if (line.startsWith("STATE ")) {
                    String[] parts = line.split(" ");
                    long question = Long.parseLong(parts[1]);
                    int stored = Integer.parseInt(parts[2]);
                    assertThat(stored).as("round %d, question %d: stored length vs typed before SIGTERM", round, question)
                            .isGreaterThanOrEqualTo(typed.getOrDefault(question, 0));
                    typed.put(question, stored);
                }
                ready |= line.equals("READY");
                if (line.startsWith("ACK ")) {
                    record(acknowledged, line);
                }
                if (line.startsWith("KEY ")) {
                    record(typed, line);
                    if (--keys == 0) {
                        break;
                    }
                }
            }
            assertThat(ready).as("round %d: the typist opened the workspace", round).isTrue();
            for (var entry : typed.entrySet()) {
                if (entry.getValue() > acknowledged.getOrDefault(entry.getKey(), 0)) {
                    unacknowledgedAtSignal++;
                    break;
                }
            }
            assertThat(child.toHandle().destroy()).isTrue(); // SIGTERM: the shutdown hooks run
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("KEY ")) {
                    record(typed, line);
                }
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        try (WorkspaceServices services = WorkspaceServices.open(temp, Clock.systemUTC())) {
            long projectId = services.projects().summaries(true).join().getFirst().id();
            long interviewId = services.interviews().interviews(projectId).join().getFirst().id();
            InterviewSheet sheet = services.interviews().sheet(interviewId).join();
            for (Question question : sheet.questions()) {
                String text = sheet.answerTo(question).map(a -> a.text()).orElse("");
                assertThat(text.length()).as("question %d: everything typed", question.id())
                        .isGreaterThanOrEqualTo(typed.getOrDefault(question.id(), 0));
                assertThat(AutosaveTypist.TEXT).startsWith(text);
            }
        }
        // Most signals arrive with typing not yet acknowledged, so the hook's own save is what is being tested.
        assertThat(unacknowledgedAtSignal).as("rounds signalled with unacknowledged typing").isGreaterThan(TERMS / 2);
    }

    private static void record(Map<Long, Integer> lengths, String line) {
        String[] parts = line.split(" ");
        lengths.merge(Long.parseLong(parts[1]), Integer.parseInt(parts[2]), Math::max);
    }
}
