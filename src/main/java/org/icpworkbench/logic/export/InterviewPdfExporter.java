package org.icpworkbench.logic.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.InterviewRepository;
import org.icpworkbench.logic.persistence.ProductRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.project.Product;

/**
 * Exports one interview, its questions and answers, as an A4 PDF report in English or Russian.
 * The interview is read on the workspace's database thread; the PDF is rendered on a thread of its own, so
 * neither the window nor the autosave waits for it. The file appears complete or not at all.
 */
public final class InterviewPdfExporter {

    /** Key in the {@code messages} bundles of "could not write the PDF"; its argument {0} is the file. */
    public static final String WRITE_FAILED = "export.error.write";

    private static final String PRODUCER = "ICP Workbench";
    /** One ordinary (non-daemon) thread per export, so that quitting the application lets a started export finish. */
    private static final Executor RENDER_THREAD = task -> Thread.ofPlatform().name("pdf-export").start(task);

    private final DatabaseExecutor database;

    public InterviewPdfExporter(DatabaseExecutor database) {
        this.database = database;
    }

    /** Exports with the interviewer's notes; see {@link #export(long, Path, Language, InterviewExportOptions)}. */
    public CompletableFuture<Path> export(long interviewId, Path target, Language language) {
        return export(interviewId, target, language, InterviewExportOptions.defaults());
    }

    /**
     * Writes the interview to {@code target} (replacing an existing file) and completes with the file's absolute
     * path. Fails with a {@link UserFacingException}: {@code interview.error.notFound} for an unknown interview,
     * {@link #WRITE_FAILED} when the file cannot be written (no such folder, no permission, disk full).
     */
    public CompletableFuture<Path> export(long interviewId, Path target, Language language, InterviewExportOptions options) {
        return database.submit(dsl -> {
            InterviewSheet sheet = new InterviewRepository(dsl).sheet(interviewId)
                    .orElseThrow(() -> new UserFacingException("interview.error.notFound", interviewId));
            return new Interview(sheet, new ProductRepository(dsl).forProject(sheet.details().projectId()));
        }).thenApplyAsync(interview -> write(interview.sheet(), interview.products(), target, language, options), RENDER_THREAD);
    }

    /** A file name to offer in a save dialog, e.g. "Interview - Sarah Collins - 2026-09-08.pdf". */
    public static String suggestedFileName(String respondentName, LocalDate date, Language language) {
        String name = ExportTexts.of(language).get("file.name", respondentName.strip(), date.toString());
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("[. ]+$", "");
        return (safe.isEmpty() ? date.toString() : safe) + ".pdf";
    }

    /** Renders and writes synchronously, on the calling thread. */
    static Path write(InterviewSheet sheet, List<Product> products, Path target, Language language,
                      InterviewExportOptions options) {
        Map<Long, String> productNames = products.stream().collect(Collectors.toMap(Product::id, Product::name));
        String xhtml = new InterviewXhtml(ExportTexts.of(language), options).render(sheet, productNames);
        try {
            return AtomicFileWriter.write(target, out -> new PdfRenderer(PRODUCER).render(xhtml, language.locale(), out));
        } catch (IOException e) {
            throw new UserFacingException(e, WRITE_FAILED, target.toAbsolutePath().toString());
        }
    }

    private record Interview(InterviewSheet sheet, List<Product> products) {
    }
}
