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
 * found on opening, {@code READY}, then {@code TYPED} per burst and {@code ACK <question> <length>} for
 * every save the autosaver acknowledged. Every answer is a prefix of {@link #TEXT}.
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
        services.autosaver().onSaved(saved -> {
            Integer length = lengthOfRevision.get(saved.revision());
            synchronized (out) {
                out.println("ACK " + saved.key().questionId() + " " + length);
            }
        });
        out.println("READY");
        Random random = new Random();
        while (true) {
            Question question = questions.get(random.nextInt(questions.size()));
            AnswerKey key = new AnswerKey(interviewId, question.id());
            int burst = 3 + random.nextInt(12);
            for (int i = 0; i < burst; i++) {
                int length = typed.merge(question.id(), 1, Integer::sum);
                long revision = services.autosaver().update(key, AnswerDraft.text(TEXT.substring(0, length)));
                lengthOfRevision.put(revision, length);
                Thread.sleep(random.nextInt(40));
            }
            synchronized (out) {
                out.println("TYPED");
            }
            int next = random.nextInt(10);
            if (next < 2) {
                services.autosaver().flush(key);
            } else if (next < 6) {
                Thread.sleep(250 + random.nextInt(200));
            }
        }
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
