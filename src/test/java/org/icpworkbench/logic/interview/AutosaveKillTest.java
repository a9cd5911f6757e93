package org.icpworkbench.logic.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.testsupport.AutosaveTypist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a typing child JVM with SIGKILL at random moments, fifty times, on one workspace. After every kill
 * the file must open, and every answer must hold at least what the autosaver acknowledged before the kill.
 */
class AutosaveKillTest {

    private static final int KILLS = 50;

    @TempDir
    Path temp;

    @Test
    void noAcknowledgedKeystrokeIsLostToKillNine() throws Exception {
        Random random = new Random(20261123L);
        Map<Long, Integer> acknowledged = new HashMap<>();
        int acknowledgements = 0;
        for (int round = 0; round < KILLS; round++) {
            Process child = startTypist();
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String waitFor = random.nextBoolean() ? "ACK" : "TYPED";
            int count = 1 + random.nextInt(round % 5 == 0 ? 1 : 12);
            String line;
            boolean ready = false;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("CORRUPT")) {
                    throw new AssertionError("Round " + round + ": answer is not what was typed: " + line);
                }
                if (line.startsWith("STATE ")) {
                    String[] parts = line.split(" ");
                    long question = Long.parseLong(parts[1]);
                    int stored = Integer.parseInt(parts[2]);
                    assertThat(stored).as("round %d, question %d: stored length vs acknowledged", round, question)
                            .isGreaterThanOrEqualTo(acknowledged.getOrDefault(question, 0));
                    acknowledged.put(question, stored);
                }
                ready |= line.equals("READY");
                if (line.startsWith("ACK ")) {
                    acknowledgements++;
                    record(acknowledged, line);
                }
                if (ready && line.startsWith(waitFor) && --count == 0) {
                    break;
                }
            }
            assertThat(ready).as("round %d: the typist opened the workspace", round).isTrue();
            child.toHandle().destroyForcibly(); // SIGKILL; unlike Process#destroyForcibly it leaves stdout readable
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledgements++;
                    record(acknowledged, line);
                }
            }
            child.waitFor();
        }

        try (WorkspaceServices services = WorkspaceServices.open(temp, Clock.systemUTC())) {
            long projectId = services.projects().summaries(true).join().getFirst().id();
            long interviewId = services.interviews().interviews(projectId).join().getFirst().id();
            InterviewSheet sheet = services.interviews().sheet(interviewId).join();
            for (Question question : sheet.questions()) {
                String text = sheet.answerTo(question).map(a -> a.text()).orElse("");
                assertThat(text.length()).isGreaterThanOrEqualTo(acknowledged.getOrDefault(question.id(), 0));
                assertThat(AutosaveTypist.TEXT).startsWith(text);
            }
        }
        assertThat(acknowledgements).as("saves acknowledged over all rounds").isGreaterThan(KILLS);
    }

    private static void record(Map<Long, Integer> acknowledged, String line) {
        String[] parts = line.split(" ");
        acknowledged.merge(Long.parseLong(parts[1]), Integer.parseInt(parts[2]), Math::max);
    }

    private Process startTypist() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), AutosaveTypist.class.getName(), temp.toString()));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
