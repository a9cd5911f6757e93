package org.icpworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icpworkbench.logic.interview.AnswerAutosaver;
import org.icpworkbench.logic.interview.AnswerKey;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.NewRespondent;

/**
 * The benchmark harness: {@code mvn -Pbench verify}. Prints one table of measured figures; targets are
 * judged by people reading it, never by a timed unit test.
 */
public final class Benchmarks {

    private static final int WARM_UP = 50;
    private static final int SAVES = 500;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("icp-bench");
        List<String[]> rows = new ArrayList<>();
        long start = System.nanoTime();
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            rows.add(row("open a new workspace (create + migrate)", millis(System.nanoTime() - start)));
            long sampleStart = System.nanoTime();
            services.samples().createSample(Language.EN).join();
            rows.add(row("create the sample project (12 interviews)", millis(System.nanoTime() - sampleStart)));
            autosave(services, rows);
            answerGrid(services, rows);
        }
        long reopen = System.nanoTime();
        try (WorkspaceServices ignored = WorkspaceServices.open(folder, Clock.systemUTC())) {
            rows.add(row("reopen the workspace", millis(System.nanoTime() - reopen)));
        }
        rows.addAll(SearchBenchmark.rows());
        rows.addAll(CustomerImportBenchmark.rows());
        rows.addAll(PortraitBenchmark.rows());
        rows.addAll(PortraitPdfBenchmark.rows());
        rows.addAll(StartupBenchmark.rows());
        rows.addAll(MemoryBenchmark.rows());
        rows.addAll(KillBenchmark.rows());
        print(rows);
    }

    /** From the save call to the answer being committed and synced (CHECKPOINT SYNC), one answer at a time. */
    private static void autosave(WorkspaceServices services, List<String[]> rows) {
        long projectId = services.projects().create(ProjectDetails.named("Bench")).join().id();
        long interviewId = services.interviews().start(new InterviewStart(projectId, Optional.empty(),
                Optional.of(new NewRespondent("Bench", "", "", "", false, Optional.empty())), Audience.SALES, false,
                LocalDate.now(), "")).join();
        InterviewSheet sheet = services.interviews().sheet(interviewId).join();
        AnswerAutosaver autosaver = services.autosaver();
        List<Double> latencies = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < WARM_UP + SAVES; i++) {
            text.append("Клиент сказал, что внедрение заняло шесть недель. ");
            AnswerKey key = new AnswerKey(interviewId, sheet.questions().get(i % sheet.questions().size()).id());
            autosaver.update(key, AnswerDraft.text(text.toString()));
            long begin = System.nanoTime();
            autosaver.flush(key).join();
            if (i >= WARM_UP) {
                latencies.add(millis(System.nanoTime() - begin));
            }
        }
        Collections.sort(latencies);
        rows.add(row("autosave p50, save call → committed and synced (" + SAVES + " saves)", percentile(latencies, 50)));
        rows.add(row("autosave p99", percentile(latencies, 99)));
        rows.add(row("autosave max", latencies.getLast()));
    }

    /** The answer grid over a project of 1,008 interviews (the sample repeated 84 times). */
    private static void answerGrid(WorkspaceServices services, List<String[]> rows) {
        long start = System.nanoTime();
        long projectId = services.samples().createScaledSample(Language.EN, 84).join().id();
        rows.add(row("generate a project of 1,008 interviews", millis(System.nanoTime() - start)));
        var grids = new org.icpworkbench.logic.coding.AnswerGridService(services.workspace().database());
        grids.grid(projectId, "14", Language.EN).join();
        List<Double> times = new ArrayList<>();
        int rowCount = 0;
        for (String code : List.of("1", "6", "14", "19", "7", "15", "20", "2", "8", "16")) {
            long begin = System.nanoTime();
            rowCount = grids.grid(projectId, code, Language.EN).join().rows().size();
            times.add(millis(System.nanoTime() - begin));
        }
        Collections.sort(times);
        rows.add(row("open the answer grid, 1,008 interviews (~" + rowCount + " rows a question), median of 10", percentile(times, 50)));
        rows.add(row("open the answer grid, worst of 10", times.getLast()));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String[] row(String what, double ms) {
        return new String[] {what, String.format(Locale.ROOT, "%.1f ms", ms)};
    }

    private static void print(List<String[]> rows) {
        System.out.println();
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        rows.forEach(r -> System.out.println("| " + r[0] + " | " + r[1] + " |"));
        System.out.printf(Locale.ROOT, "%nJava %s, %d cores, %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
    }
}
