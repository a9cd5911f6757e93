package org.icpworkbench.testsupport;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.icpworkbench.logic.interview.AnswerKey;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.respondent.NewRespondent;

/**
 * A child process that types answers through the real autosave path, like a consultant would: bursts of
 * keystrokes, pauses, moving between questions. It prints {@code STATE <question> <length>} for what it
 * found on opening, {@code READY}, then {@code KEY <question> <length>} for every keystroke the autosaver took,
 * {@code TYPED} per burst, {@code ACK <question> <length>} for every save the autosaver acknowledged and
 * {@code FAILED <reason>} for every save that failed. Every answer is a prefix of {@link #TEXT}.
 * <p>Like the application, it closes the workspace in a shutdown hook (SIGTERM). On standard input it takes
 * {@code STOP} (stop typing; prints {@code FINAL <question> <length>} per question, {@code UNSAVED <true|false>},
 * {@code STOPPED}, and {@code ALLSAVED} once nothing typed is only in memory) and {@code CLOSE} (closes the
 * workspace, prints {@code CLOSED} and exits).
 */
public final class AutosaveTypist {

    public static final String TEXT = buildText();

    private AutosaveTypist() {
    }

    private static String buildText() {
        String phrase = "Клиент говорит: «внедрили за 6 недель», SELECT * FROM answer; -- \"quoted\" שלום ";
        return phrase.repeat(2000);
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        WorkspaceServices services = WorkspaceServices.open(Path.of(args[0]), Clock.systemUTC());
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable close = () -> {
            if (closed.compareAndSet(false, true)) {
                services.close();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(close, "workspace-shutdown"));
        long interviewId = interview(services);
        InterviewSheet sheet = services.interviews().sheet(interviewId).join();
        List<Question> questions = sheet.questions();
        Map<Long, Integer> typed = new ConcurrentHashMap<>();
        for (Question question : questions) {
            String text = sheet.answerTo(question).map(a -> a.text()).orElse("");
            if (!TEXT.startsWith(text)) {
                out.println("CORRUPT " + question.id());
            }
            typed.put(question.id(), text.length());
            out.println("STATE " + question.id() + " " + text.length());
        }
        Map<Long, Integer> lengthOfRevision = new ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        services.autosaver().onSaved(saved -> {
            Integer length = lengthOfRevision.get(saved.revision());
            synchronized (out) {
                out.println("ACK " + saved.key().questionId() + " " + length);
                if (stopped.get() && !services.autosaver().hasUnsavedChanges()) {
                    out.println("ALLSAVED");
                }
            }
        });
        services.autosaver().onFailure(failure -> {
            Throwable root = failure;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            synchronized (out) {
                out.println("FAILED " + root.getMessage());
            }
        });
        java.util.concurrent.CountDownLatch typingStopped = new java.util.concurrent.CountDownLatch(1);
        Thread commands = new Thread(() -> {
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
            try {
                for (String command; (command = in.readLine()) != null; ) {
                    if (command.equals("STOP")) {
                        stopped.set(true);
                        typingStopped.await();
                        synchronized (out) {
                            typed.forEach((question, length) -> out.println("FINAL " + question + " " + length));
                            boolean unsaved = services.autosaver().hasUnsavedChanges();
                            out.println("UNSAVED " + unsaved);
                            out.println("STOPPED");
                            if (!unsaved) {
                                out.println("ALLSAVED");
                            }
                        }
                    } else if (command.equals("CLOSE")) {
                        close.run();
                        out.println("CLOSED");
                        System.exit(0);
                    }
                }
            } catch (java.io.IOException | InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "typist-commands");
        commands.setDaemon(true);
        commands.start();
        out.println("READY");
        Random random = new Random();
        while (!stopped.get()) {
            Question question = questions.get(random.nextInt(questions.size()));
            AnswerKey key = new AnswerKey(interviewId, question.id());
            int burst = 3 + random.nextInt(12);
            for (int i = 0; i < burst && !stopped.get(); i++) {
                int length = typed.get(question.id()) + 1;
                long taken = services.autosaver().update(key, AnswerDraft.text(TEXT.substring(0, length)));
                if (taken == org.icpworkbench.logic.interview.AnswerAutosaver.NOT_ACCEPTED) {
                    Thread.currentThread().join(); // closing (SIGTERM): nothing more is taken
                }
                lengthOfRevision.put(taken, length);
                typed.put(question.id(), length);
                out.println("KEY " + question.id() + " " + length);
                Thread.sleep(random.nextInt(40));
            }
            synchronized (out) {
                out.println("TYPED");
            }
            if (stopped.get()) {
                break;
            }
            int next = random.nextInt(10);
            if (next < 2) {
                services.autosaver().flush(key);
            } else if (next < 6) {
                Thread.sleep(250 + random.nextInt(200));
            }
        }
        typingStopped.countDown();
        Thread.currentThread().join(); // until CLOSE or a signal
    }

    private static long interview(WorkspaceServices services) {
        var projects = services.projects().summaries(true).join();
        if (!projects.isEmpty()) {
            return services.interviews().interviews(projects.getFirst().id()).join().getFirst().id();
        }
        long projectId = services.projects().create(ProjectDetails.named("Kill test")).join().id();
        return services.interviews().start(new InterviewStart(projectId, Optional.empty(),
                Optional.of(new NewRespondent("Typist", "Head of sales", "Acme", "", true, Optional.of(LocalDate.now()))),
                Audience.SALES, false, LocalDate.now(), "Tester")).join();
    }
}
