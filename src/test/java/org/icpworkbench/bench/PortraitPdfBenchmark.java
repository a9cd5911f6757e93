package org.icpworkbench.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.icpworkbench.logic.export.PortraitPdfExporter;
import org.icpworkbench.logic.export.PortraitPdfOptions;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;

/**
 * Exporting the ICP portrait with the appendix of a generated project of {@value #INTERVIEWS} interviews (every question
 * of the interview's audience answered, a third of the answers tagged) and 500 customers, warm, as a PDF; and, in the
 * same run, LibreOffice converting the same XHTML to PDF ({@code soffice --headless --convert-to pdf}), when it is
 * installed. Run alone with its {@code main}, or from {@link Benchmarks} through {@link #rows()}.
 */
public final class PortraitPdfBenchmark {

    static final int INTERVIEWS = 100;
    private static final int WARM_UP = 3;
    private static final int RUNS = 5;
    private static final int OFFICE_RUNS = 3;

    private PortraitPdfBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        rows().forEach(row -> System.out.println("| " + row[0] + " | " + row[1] + " |"));
        System.out.printf(Locale.ROOT, "%nJava %s, %d cores, %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
    }

    /** Table rows {what, value}. */
    public static List<String[]> rows() throws Exception {
        Path folder = Files.createTempDirectory("icp-portrait-pdf-bench");
        List<String[]> rows = new ArrayList<>();
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            long projectId = services.workspace().database()
                    .submit(dsl -> PortraitBenchmark.generate(dsl, INTERVIEWS)).join();
            PortraitPdfExporter exporter = services.portraitPdf();
            PortraitPdfOptions options = new PortraitPdfOptions(Language.RU, false, true, Optional.empty());
            Path pdf = folder.resolve("portrait.pdf");
            List<Double> times = new ArrayList<>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                long start = System.nanoTime();
                exporter.export(projectId, pdf, options, progress -> { }, () -> false).join();
                if (run >= WARM_UP) {
                    times.add(millis(System.nanoTime() - start));
                }
            }
            int pages;
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                pages = document.getNumberOfPages();
            }
            double median = median(times);
            rows.add(row("export the portrait PDF with appendix, " + INTERVIEWS + " interviews (" + pages + " pages, "
                    + Files.size(pdf) / 1024 + " KB), median of " + RUNS + " warm", median));

            PortraitPdfOptions portraitOnly = new PortraitPdfOptions(Language.RU, false, false, Optional.empty());
            List<Double> shortTimes = new ArrayList<>();
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                long start = System.nanoTime();
                exporter.export(projectId, pdf, portraitOnly, progress -> { }, () -> false).join();
                if (run >= WARM_UP) {
                    shortTimes.add(millis(System.nanoTime() - start));
                }
            }
            int shortPages;
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                shortPages = document.getNumberOfPages();
            }
            rows.add(row("export the portrait PDF without appendix, " + INTERVIEWS + " interviews (" + shortPages
                    + " pages), median of " + RUNS + " warm (goal ≤ 1.5 s)", median(shortTimes)));

            String xhtml = exporter.xhtml(projectId, options).join();
            Path html = folder.resolve("portrait.html");
            Files.writeString(html, xhtml, StandardCharsets.UTF_8);
            Optional<Double> office = libreOffice(html, folder);
            if (office.isPresent()) {
                rows.add(row("LibreOffice headless, same XHTML → PDF (soffice --convert-to pdf, incl. start), median of "
                        + OFFICE_RUNS, office.get()));
                rows.add(new String[] {"  ratio LibreOffice / ICP Workbench",
                        String.format(Locale.ROOT, "%.1f×", office.get() / median)});
            } else {
                rows.add(new String[] {"LibreOffice headless, same XHTML → PDF", "LibreOffice not installed"});
            }
        } finally {
            deleteQuietly(folder);
        }
        return rows;
    }

    private static Optional<Double> libreOffice(Path html, Path folder) throws IOException, InterruptedException {
        Optional<String> soffice = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice")
                .filter(path -> Files.isExecutable(Path.of(path))).findFirst();
        if (soffice.isEmpty()) {
            return Optional.empty();
        }
        Path profile = Files.createDirectories(folder.resolve("lo-profile"));
        Path outDir = Files.createDirectories(folder.resolve("lo-out"));
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < OFFICE_RUNS + 1; run++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(soffice.get(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--norestore", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", outDir.toString(), html.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0
                    || !Files.exists(outDir.resolve("portrait.pdf"))) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (run > 0) { // the first run creates the profile
                times.add(millis(System.nanoTime() - start));
            }
            Files.delete(outDir.resolve("portrait.pdf"));
        }
        return Optional.of(median(times));
    }

    private static double median(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String[] row(String what, double ms) {
        return new String[] {what, String.format(Locale.ROOT, "%.1f ms", ms)};
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
