package org.icpworkbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.icpworkbench.logic.sample.SampleProjectGenerator;
import org.icpworkbench.logic.search.SearchDocument;
import org.icpworkbench.logic.search.SearchIndex;

/**
 * Search over 50,000 generated answers: the sample project's sentences, Russian and English, recombined with a
 * seeded random. Measures the full search as the application calls it (top 50 hits with snippets and highlights).
 * Run alone with its {@code main}, or from {@link Benchmarks} through {@link #rows()}.
 */
public final class SearchBenchmark {

    static final int ANSWERS = 50_000;
    private static final int PROJECTS = 50;
    private static final int WARM_UP = 300;
    private static final int SEARCHES = 2_000;
    private static final int UPDATES = 300;
    private static final int LIMIT = 50;
    private static final long SEED = 20261123L;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{Nd}-]{3,}");
    private static final List<String> TYPICAL = List.of("клиент", "клиентами", "внедрение", "склад", "интеграция 1С",
            "ошибки сборки", "остатки", "руководитель", "decide", "customers", "warehouse", "picking errors",
            "implementation", "stock levels", "\"six weeks\"", "\"шесть недель\"");

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        rows().forEach(row -> System.out.println("| " + row[0] + " | " + row[1] + " |"));
        System.out.printf(Locale.ROOT, "%nJava %s, %d cores, %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
    }

    /** Table rows {what, value}, as {@link Benchmarks} prints them. */
    public static List<String[]> rows() throws IOException {
        Random random = new Random(SEED);
        Sentences sentences = Sentences.fromSample();
        List<SearchDocument> documents = generate(sentences, random);
        List<String[]> rows = new ArrayList<>();
        Path folder = Files.createTempDirectory("icp-search-bench");
        try {
            try (SearchIndex index = SearchIndex.open(folder)) {
                long begin = System.nanoTime();
                index.rebuild(documents);
                rows.add(row("index " + ANSWERS / 1000 + "k answers (rebuild + commit)", millis(System.nanoTime() - begin)));

                List<String> queries = queries(sentences, random, WARM_UP + SEARCHES);
                for (String query : queries.subList(0, WARM_UP)) {
                    index.search(query, OptionalLong.empty(), LIMIT);
                }
                List<Double> workspace = new ArrayList<>();
                List<Double> project = new ArrayList<>();
                long found = 0;
                for (int i = WARM_UP; i < queries.size(); i++) {
                    OptionalLong scope = i % 2 == 0 ? OptionalLong.empty() : OptionalLong.of(1 + random.nextInt(PROJECTS));
                    long start = System.nanoTime();
                    found += index.search(queries.get(i), scope, LIMIT).size();
                    (scope.isEmpty() ? workspace : project).add(millis(System.nanoTime() - start));
                }
                List<Double> all = new ArrayList<>(workspace);
                all.addAll(project);
                String over = " over " + ANSWERS / 1000 + "k answers";
                rows.add(row("search p50" + over + " (" + SEARCHES + " one- and two-word queries, RU+EN, top " + LIMIT
                        + " with snippets)", percentile(all, 50)));
                rows.add(row("search p95" + over, percentile(all, 95)));
                rows.add(row("search p99" + over, percentile(all, 99)));
                rows.add(row("search p95, whole workspace", percentile(workspace, 95)));
                rows.add(row("search p95, one project (" + ANSWERS / PROJECTS + " answers)", percentile(project, 95)));
                rows.add(new String[] {"hits per search, mean", String.format(Locale.ROOT, "%.1f", (double) found / SEARCHES)});

                List<Double> updates = new ArrayList<>();
                for (int i = 0; i < UPDATES; i++) {
                    SearchDocument changed = documents.get(random.nextInt(documents.size()));
                    long start = System.nanoTime();
                    index.put(new SearchDocument(changed.id(), changed.kind(), changed.projectId(), changed.interviewId(),
                            changed.questionId(), sentences.answer(random)));
                    index.search(queries.get(i), OptionalLong.empty(), LIMIT);
                    updates.add(millis(System.nanoTime() - start));
                }
                rows.add(row("answer saved → visible to the next search, p95 (put + refresh + search)", percentile(updates, 95)));
            }
            rows.add(new String[] {"index size on disk", String.format(Locale.ROOT, "%.1f MB", sizeOf(folder) / 1e6)});
        } finally {
            deleteFolder(folder);
        }
        return rows;
    }

    private static List<SearchDocument> generate(Sentences sentences, Random random) {
        List<SearchDocument> documents = new ArrayList<>(ANSWERS);
        for (int i = 0; i < ANSWERS; i++) {
            long interviewId = 1 + i / 24;
            documents.add(SearchDocument.answer(1 + interviewId % PROJECTS, interviewId, 1 + i % 24, sentences.answer(random)));
        }
        return documents;
    }

    /** Typical searches, and words or word pairs taken from the texts as a consultant remembers them. */
    private static List<String> queries(Sentences sentences, Random random, int count) {
        List<String> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            if (random.nextInt(4) == 0) {
                queries.add(TYPICAL.get(random.nextInt(TYPICAL.size())));
                continue;
            }
            List<String> words = new ArrayList<>();
            Matcher matcher = WORD.matcher(sentences.any(random));
            while (matcher.find()) {
                words.add(matcher.group().toLowerCase(Locale.ROOT));
            }
            if (words.isEmpty()) {
                continue;
            }
            int first = random.nextInt(words.size());
            boolean pair = random.nextInt(5) < 2 && words.size() > 1;
            queries.add(pair ? words.get(first) + " " + words.get((first + 1 + random.nextInt(words.size() - 1)) % words.size())
                    : words.get(first));
        }
        return queries;
    }

    /** The sample project's answers and notes cut into sentences, per language. */
    private record Sentences(List<String> russian, List<String> english) {

        static Sentences fromSample() throws IOException {
            List<String> russian = new ArrayList<>();
            List<String> english = new ArrayList<>();
            try (InputStream json = SampleProjectGenerator.class.getResourceAsStream("sample-project.json")) {
                for (JsonNode interview : new ObjectMapper().readTree(json).get("interviews")) {
                    for (JsonNode answer : interview.get("answers")) {
                        for (String key : List.of("text", "note")) {
                            JsonNode text = answer.get(key);
                            if (text != null && text.isObject()) {
                                split(text.get("ru").asText(), russian);
                                split(text.get("en").asText(), english);
                            }
                        }
                    }
                }
            }
            return new Sentences(russian, english);
        }

        private static void split(String text, List<String> into) {
            Stream.of(text.split("(?<=[.!?»”])\\s+")).filter(s -> !s.isBlank()).forEach(into::add);
        }

        /** One to five sentences of one language, Russian a little more often (the product's first market). */
        String answer(Random random) {
            List<String> pool = random.nextInt(5) < 3 ? russian : english;
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                text.append(pool.get(random.nextInt(pool.size()))).append(' ');
            }
            return text.toString().strip();
        }

        String any(Random random) {
            List<String> pool = random.nextBoolean() ? russian : english;
            return pool.get(random.nextInt(pool.size()));
        }
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String[] row(String what, double ms) {
        return new String[] {what, String.format(Locale.ROOT, "%.1f ms", ms)};
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
