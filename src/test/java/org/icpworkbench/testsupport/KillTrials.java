package org.icpworkbench.testsupport;

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

/**
 * Kills a typing child JVM ({@link AutosaveTypist}) with SIGKILL at random moments, round after round, on one
 * workspace, and counts every answer that holds less than the autosaver acknowledged before a kill. Shared by
 * {@code AutosaveKillTest} (50 rounds, or {@code -Dicp.kill.trials}) and the benchmark (200 rounds).
 */
public final class KillTrials {

    /** What the rounds found: every loss is described; a sound autosaver has none. */
    public record Result(int trials, int acknowledgements, List<String> losses) {
    }

    private KillTrials() {
    }

    public static int trialsFromProperty(int fallback) {
        return Integer.getInteger("icp.kill.trials", fallback);
    }

    public static Result run(Path workspace, int trials, long seed) throws Exception {
        Random random = new Random(seed);
        Map<Long, Integer> acknowledged = new HashMap<>();
        List<String> losses = new ArrayList<>();
        int acknowledgements = 0;
        for (int round = 0; round < trials; round++) {
            Process child = startTypist(workspace);
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String waitFor = random.nextBoolean() ? "ACK" : "TYPED";
            int count = 1 + random.nextInt(round % 5 == 0 ? 1 : 12);
            String line;
            boolean ready = false;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("CORRUPT")) {
                    losses.add("round " + round + ": answer is not what was typed: " + line);
                }
                if (line.startsWith("STATE ")) {
                    String[] parts = line.split(" ");
                    long question = Long.parseLong(parts[1]);
                    int stored = Integer.parseInt(parts[2]);
                    int expected = acknowledged.getOrDefault(question, 0);
                    if (stored < expected) {
                        losses.add("round " + round + ", question " + question + ": stored " + stored
                                + " characters, acknowledged " + expected);
                    }
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
            if (!ready) {
                throw new IllegalStateException("Round " + round + ": the typist did not open the workspace");
            }
            child.toHandle().destroyForcibly(); // SIGKILL; unlike Process#destroyForcibly it leaves stdout readable
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledgements++;
                    record(acknowledged, line);
                }
            }
            child.waitFor();
        }

        try (WorkspaceServices services = WorkspaceServices.open(workspace, Clock.systemUTC())) {
            long projectId = services.projects().summaries(true).join().getFirst().id();
            long interviewId = services.interviews().interviews(projectId).join().getFirst().id();
            InterviewSheet sheet = services.interviews().sheet(interviewId).join();
            for (Question question : sheet.questions()) {
                String text = sheet.answerTo(question).map(a -> a.text()).orElse("");
                int expected = acknowledged.getOrDefault(question.id(), 0);
                if (text.length() < expected) {
                    losses.add("at the end, question " + question.id() + ": stored " + text.length()
                            + " characters, acknowledged " + expected);
                }
                if (!AutosaveTypist.TEXT.startsWith(text)) {
                    losses.add("at the end, question " + question.id() + ": not what was typed");
                }
            }
        }
        return new Result(trials, acknowledgements, losses);
    }

    private static void record(Map<Long, Integer> acknowledged, String line) {
        String[] parts = line.split(" ");
        acknowledged.merge(Long.parseLong(parts[1]), Integer.parseInt(parts[2]), Math::max);
    }

    /** The typist's command line: this JVM, this class path, the workspace folder. */
    public static List<String> typistCommand(Path workspace) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), AutosaveTypist.class.getName(), workspace.toString()));
    }

    private static Process startTypist(Path workspace) throws Exception {
        return new ProcessBuilder(typistCommand(workspace)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
