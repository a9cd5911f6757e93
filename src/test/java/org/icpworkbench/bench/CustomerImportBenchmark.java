package org.icpworkbench.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.icpworkbench.logic.customer.imports.CustomerFileReader;
import org.icpworkbench.logic.customer.imports.CustomerImportParser;
import org.icpworkbench.logic.customer.imports.CustomerImportPlan;
import org.icpworkbench.logic.customer.imports.CustomerTable;
import org.icpworkbench.logic.customer.imports.MappingGuesser;

/**
 * Customer import of a generated 100,000-row Russian Excel-style CSV (UTF-8 with BOM, ';', decimal comma,
 * dd.MM.yyyy, "₽"): read + guess the mapping + parse and check every row, as the import dialog does before it
 * shows the result. Run alone with its {@code main}, or through {@link #rows()}.
 */
public final class CustomerImportBenchmark {

    static final int ROWS = 100_000;
    private static final int RUNS = 3;
    private static final long SEED = 20261123L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] SEGMENTS = {"Опт", "Розница", "Малый бизнес", "Корпоративные"};
    private static final String[] INDUSTRIES = {"Логистика", "Розничная торговля", "Производство", "ИТ", "Строительство"};
    private static final String[] REGIONS = {"Москва", "Санкт-Петербург", "Казань", "Новосибирск", "Екатеринбург"};

    private CustomerImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        rows().forEach(row -> System.out.println("| " + row[0] + " | " + row[1] + " |"));
        System.out.printf(Locale.ROOT, "%nJava %s, %d cores, %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
    }

    /** Table rows {what, value}: the best of {@value #RUNS} runs after one warm-up. */
    public static List<String[]> rows() throws IOException {
        Path folder = Files.createTempDirectory("icp-import-bench");
        Path file = folder.resolve("customers.csv");
        try {
            generate(file);
            long best = Long.MAX_VALUE;
            int imported = 0;
            for (int run = 0; run <= RUNS; run++) {
                long begin = System.nanoTime();
                CustomerTable table = CustomerFileReader.read(file);
                CustomerImportPlan plan = CustomerImportParser.parse(table, MappingGuesser.guess(table.header()), TODAY);
                long elapsed = System.nanoTime() - begin;
                if (!plan.canImport()) {
                    throw new IllegalStateException("generated file has problems: " + plan.problems().subList(0,
                            Math.min(5, plan.problems().size())));
                }
                imported = plan.customers().size();
                if (run > 0) {
                    best = Math.min(best, elapsed);
                }
            }
            double ms = best / 1_000_000.0;
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"import " + ROWS / 1000 + "k customer rows (read + parse)",
                    String.format(Locale.ROOT, "%.0f ms", ms)});
            rows.add(new String[] {"import rate", String.format(Locale.ROOT, "%,.0f rows/s", imported / (ms / 1000))});
            rows.add(new String[] {"import file size", String.format(Locale.ROOT, "%.1f MB", Files.size(file) / 1e6)});
            return rows;
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static void generate(Path file) throws IOException {
        Random random = new Random(SEED);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write("Название компании;Сегмент;Отрасль;Годовая выручка;Маржа, %;Регион;Дата первой покупки;Статус;"
                    + "Дата ухода;Число покупок;NPS;Примечание\r\n");
            for (int i = 1; i <= ROWS; i++) {
                LocalDate first = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
                boolean churned = random.nextInt(5) == 0;
                LocalDate churn = first.plusDays(1 + random.nextInt(300));
                long rubles = 50_000 + random.nextInt(50_000_000);
                out.write("ООО «Клиент " + i + "»;" + SEGMENTS[random.nextInt(SEGMENTS.length)] + ';'
                        + INDUSTRIES[random.nextInt(INDUSTRIES.length)] + ';'
                        + String.format(Locale.ROOT, "%,d,%02d ₽", rubles, random.nextInt(100)).replace(',', ' ')
                                .replaceFirst(" (\\d\\d ₽)$", ",$1")
                        + ';' + random.nextInt(60) + ',' + random.nextInt(10) + ';'
                        + REGIONS[random.nextInt(REGIONS.length)] + ';' + dotted(first) + ';'
                        + (churned ? "Ушёл" : "Активный") + ';' + (churned ? dotted(churn) : "") + ';'
                        + (1 + random.nextInt(40)) + ';' + random.nextInt(11) + ";\"Заметка; строка " + i + "\"\r\n");
            }
        }
    }

    private static String dotted(LocalDate date) {
        return String.format(Locale.ROOT, "%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
