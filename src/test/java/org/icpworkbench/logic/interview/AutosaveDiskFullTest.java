package org.icpworkbench.logic.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.icpworkbench.logic.workspace.WorkspaceFiles;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.testsupport.AutosaveTypist;
import org.icpworkbench.testsupport.KillTrials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real write failure: the typist runs under a file-size limit ({@code ulimit -S -f}, with SIGXFSZ ignored, so a
 * write past it fails with EFBIG like a full disk), so the workspace file soon cannot grow. H2 closes the database on
 * the failed write; the autosaver keeps the text and retries; the typist keeps typing. Then the limit is lifted on the
 * running child ({@code prlimit}) and the autosaver's own retry, which reopens the database, must save everything.
 */
class AutosaveDiskFullTest {

    /** How much the file may grow beyond its size when the limited child starts. */
    private static final long HEADROOM_BYTES = 96 * 1024;

    @TempDir
    Path temp;

    @Test
    void typingGoesOnWhileTheFileCannotGrowAndEverythingIsSavedOnceItCan() throws Exception {
        assumeTrue(onPath("prlimit") && onPath("bash"), "needs bash and prlimit (util-linux)");
        Path workspace = temp.resolve("ws");
        prepare(workspace);
        long limitBlocks = (Files.size(WorkspaceFiles.databaseFile(workspace)) + HEADROOM_BYTES) / 1024;

        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "trap '' XFSZ; ulimit -S -f " + limitBlocks + "; exec \"$@\"", "typist"));
        command.addAll(KillTrials.typistCommand(workspace));
        Process child = new ProcessBuilder(command).redirectError(temp.resolve("typist.log").toFile()).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            PrintStream commands = new PrintStream(child.getOutputStream(), true, StandardCharsets.UTF_8);
            Map<Long, Integer> acknowledgedBeforeFailure = new HashMap<>();
            String failure = null;
            int keysDuringFailure = 0;
            String line;
            while ((line = lines.readLine()) != null) {
                if (failure == null && line.startsWith("ACK ")) {
                    String[] parts = line.split(" ");
                    acknowledgedBeforeFailure.merge(Long.parseLong(parts[1]), Integer.parseInt(parts[2]), Math::max);
                } else if (failure == null && line.startsWith("FAILED ")) {
                    failure = line.substring("FAILED ".length());
                } else if (failure != null && line.startsWith("KEY ") && ++keysDuringFailure == 60) {
                    break;
                }
            }
            assertThat(failure).as("the child reported the failed write").isEqualTo("File too large");
            assertThat(acknowledgedBeforeFailure).as("saves acknowledged before the file was full").isNotEmpty();

            commands.println("STOP");
            Map<Long, Integer> finalLengths = new HashMap<>();
            boolean unsavedAtStop = false;
            while ((line = lines.readLine()) != null && !line.equals("STOPPED")) {
                if (line.startsWith("FINAL ")) {
                    String[] parts = line.split(" ");
                    finalLengths.put(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
                } else if (line.startsWith("UNSAVED ")) {
                    unsavedAtStop = Boolean.parseBoolean(line.substring("UNSAVED ".length()));
                }
            }
            assertThat(unsavedAtStop).as("text typed while the file was full waits in memory").isTrue();

            Process lift = new ProcessBuilder("prlimit", "--pid", String.valueOf(child.pid()), "--fsize=unlimited:")
                    .inheritIO().start();
            assertThat(lift.waitFor()).isZero();
            // No command: the autosaver's own retry (every few seconds) reopens the database and saves.
            while ((line = lines.readLine()) != null && !line.equals("ALLSAVED")) {
                assertThat(line).doesNotStartWith("CORRUPT");
            }
            assertThat(line).as("everything typed was saved once the file could grow").isEqualTo("ALLSAVED");
            commands.println("CLOSE");
            while ((line = lines.readLine()) != null && !line.equals("CLOSED")) {
                // acknowledgements of the last saves
            }
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).isZero();

            try (WorkspaceServices services = WorkspaceServices.open(workspace, Clock.systemUTC())) {
                InterviewSheet sheet = interview(services);
                for (Question question : sheet.questions()) {
                    String text = sheet.answerTo(question).map(a -> a.text()).orElse("");
                    assertThat(AutosaveTypist.TEXT).startsWith(text);
                    assertThat(text.length()).as("question %d: everything typed", question.id())
                            .isEqualTo(finalLengths.getOrDefault(question.id(), 0));
                    assertThat(text.length()).as("question %d: everything acknowledged before the failure", question.id())
                            .isGreaterThanOrEqualTo(acknowledgedBeforeFailure.getOrDefault(question.id(), 0));
                }
            }
        } finally {
            child.destroyForcibly();
        }
    }

    /** A workspace with a project, an interview and some answers, closed cleanly. */
    private static void prepare(Path workspace) throws Exception {
        Process child = new ProcessBuilder(KillTrials.typistCommand(workspace)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int acks = 0;
        String line;
        while ((line = lines.readLine()) != null && !(line.startsWith("ACK ") && ++acks == 5)) {
            // typing
        }
        new PrintStream(child.getOutputStream(), true, StandardCharsets.UTF_8).println("CLOSE");
        while (lines.readLine() != null) {
            // drain until it exits
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private static InterviewSheet interview(WorkspaceServices services) {
        long projectId = services.projects().summaries(true).join().getFirst().id();
        long interviewId = services.interviews().interviews(projectId).join().getFirst().id();
        return services.interviews().sheet(interviewId).join();
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
