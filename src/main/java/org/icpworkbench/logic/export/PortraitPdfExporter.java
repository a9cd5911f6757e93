package org.icpworkbench.logic.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.persistence.InterviewRepository;
import org.icpworkbench.logic.persistence.ProductRepository;
import org.icpworkbench.logic.persistence.ProjectRepository;
import org.icpworkbench.logic.portrait.PortraitService;
import org.icpworkbench.logic.scorecard.ProjectScorecards;
import org.icpworkbench.logic.scorecard.ScorecardService;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.portrait.PortraitVersionInfo;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.scorecard.Scorecard;

/**
 * Exports a project's ICP portrait as an A4 PDF report for the client, in English or Russian: cover, executive
 * summary, the portrait's sections with quotes as footnotes, the key characteristics table, the anti-ICP, the fit
 * scorecard, the customer value metrics with charts and, optionally, every interview. The data is read on the
 * workspace's database thread; charts, layout and writing happen on a thread of the export's own. The file appears
 * complete or not at all: a failed or cancelled export leaves neither the file nor a temporary file behind (an
 * existing file stays as it was).
 */
public final class PortraitPdfExporter {

    /** Key in the {@code messages} bundles of "no such project"; its argument {0} is the id. */
    public static final String NO_PROJECT = "cli.error.noProject";

    private static final String PRODUCER = "ICP Workbench";
    private static final Executor RENDER_THREAD = task -> Thread.ofPlatform().name("portrait-pdf-export").start(task);

    private final DatabaseExecutor database;
    private final PortraitService portraits;
    private final ScorecardService scorecards;
    private final CustomerService customers;
    private final Clock clock;

    public PortraitPdfExporter(DatabaseExecutor database, PortraitService portraits, ScorecardService scorecards,
            CustomerService customers, Clock clock) {
        this.database = database;
        this.portraits = portraits;
        this.scorecards = scorecards;
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * Writes the portrait to {@code target} (replacing an existing file) and completes with the file's absolute path.
     * {@code progress} receives 0–1 (after loading, after the charts, after the layout, after drawing, after writing),
     * on the export's threads. {@code cancelled} is asked between those steps; when it answers true the future fails
     * with a {@link CancellationException} and nothing is left on disk. Other failures are
     * {@link UserFacingException}s: {@link #NO_PROJECT}, or {@link InterviewPdfExporter#WRITE_FAILED} when the file
     * cannot be written.
     */
    public CompletableFuture<Path> export(long projectId, Path target, PortraitPdfOptions options, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        return export(projectId, target, options, LocalDate.now(clock), progress, cancelled);
    }

    /** As the export above, but dated, and its figures computed, as of {@code today}. */
    public CompletableFuture<Path> export(long projectId, Path target, PortraitPdfOptions options, LocalDate today,
            DoubleConsumer progress, BooleanSupplier cancelled) {
        CompletableFuture<Path> result = new CompletableFuture<>();
        load(projectId, today, options).thenApplyAsync(content -> {
            progress.accept(0.25);
            checkCancelled(cancelled);
            return write(content, target, options, progress, cancelled);
        }, RENDER_THREAD).whenComplete((path, failure) -> {
            if (failure == null) {
                result.complete(path);
            } else {
                result.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        });
        return result;
    }

    /** A file name to offer in a save dialog, e.g. "ICP portrait - Northwind WMS - 2026-11-23.pdf". */
    public static String suggestedFileName(String projectName, LocalDate date, org.icpworkbench.model.common.Language language) {
        String name = ExportTexts.of(language).get("portrait.file.name", projectName.strip(), date.toString());
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("[. ]+$", "");
        return (safe.isEmpty() ? date.toString() : safe) + ".pdf";
    }

    CompletableFuture<PortraitContent> load(long projectId, LocalDate today, PortraitPdfOptions options) {
        CompletableFuture<Stored> stored = database.submit(dsl -> {
            Project project = new ProjectRepository(dsl).find(projectId)
                    .orElseThrow(() -> new UserFacingException(NO_PROJECT, Long.toString(projectId)));
            InterviewRepository repository = new InterviewRepository(dsl);
            List<InterviewSummary> summaries = repository.summaries(projectId).stream()
                    .sorted(Comparator.comparing(InterviewSummary::date, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparingLong(InterviewSummary::id))
                    .toList();
            List<PortraitContent.Interview> interviews = new ArrayList<>();
            for (InterviewSummary summary : summaries) {
                interviews.add(new PortraitContent.Interview(summary.id(), summary.respondentName(),
                        summary.respondentRole(), summary.respondentCompany(), summary.audience(), summary.date(),
                        summary.interviewer(), options.appendix() ? repository.sheet(summary.id()).orElse(null) : null));
            }
            Map<Long, String> products = new ProductRepository(dsl).forProject(projectId).stream()
                    .collect(Collectors.toMap(Product::id, Product::name));
            return new Stored(project, interviews, products);
        });
        return stored.thenCompose(found -> portraits.load(projectId, today, Messages.of(options.language()))
                .thenCompose(state -> scorecard(projectId, state).thenApply(card -> new PortraitContent(found.project(),
                        state, card.scorecard(), card.saved(), found.interviews(), found.products(), today,
                        consultant(state, found.interviews())))));
    }

    private CompletableFuture<ChosenScorecard> scorecard(long projectId, PortraitState state) {
        return scorecards.saved(projectId).thenCompose(saved -> saved.isPresent()
                ? CompletableFuture.completedFuture(new ChosenScorecard(saved.get(), true))
                : customers.list(projectId).thenApply(list -> new ChosenScorecard(
                        ProjectScorecards.propose(state, list).scorecard(), false)));
    }

    /** The author of the latest version, else the interviewer of most interviews. */
    private static String consultant(PortraitState state, List<PortraitContent.Interview> interviews) {
        return state.latestVersion().map(PortraitVersionInfo::author).filter(author -> !author.isBlank())
                .orElseGet(() -> interviews.stream().map(PortraitContent.Interview::interviewer)
                        .filter(name -> name != null && !name.isBlank())
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                        .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .map(Map.Entry::getKey).orElse(""));
    }

    /** Builds, renders and writes on the calling thread. */
    static Path write(PortraitContent content, Path target, PortraitPdfOptions options, DoubleConsumer progress,
            BooleanSupplier cancelled) {
        PortraitXhtml builder = new PortraitXhtml(ExportTexts.of(options.language()), options);
        String xhtml = builder.render(content);
        progress.accept(0.35);
        checkCancelled(cancelled);
        try {
            Path written = AtomicFileWriter.write(target, out -> new PdfRenderer(PRODUCER).render(xhtml,
                    options.language().locale(), out, options.password(), new PdfRenderer.Stages() {
                        @Override
                        public void laidOut() {
                            progress.accept(0.75);
                            checkCancelled(cancelled);
                        }

                        @Override
                        public void drawn(PDDocument document) {
                            progress.accept(0.9);
                            checkCancelled(cancelled);
                            describeLinks(document, ExportTexts.of(options.language()).get("portrait.footnote.link"));
                        }
                    }));
            progress.accept(1.0);
            return written;
        } catch (IOException e) {
            throw new UserFacingException(e, InterviewPdfExporter.WRITE_FAILED, target.toAbsolutePath().toString());
        }
    }

    /**
     * openhtmltopdf links each footnote call to its note without the alternate description PDF/UA asks of every link
     * (ISO 14289-1, 7.18.5); the links get one here.
     */
    static void describeLinks(PDDocument document, String description) {
        try {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink && annotation.getContents() == null) {
                        annotation.setContents(description);
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The XHTML the PDF is rendered from (for the benchmark's comparison with other converters). */
    public CompletableFuture<String> xhtml(long projectId, PortraitPdfOptions options) {
        return load(projectId, LocalDate.now(clock), options)
                .thenApply(content -> new PortraitXhtml(ExportTexts.of(options.language()), options).render(content));
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("PDF export cancelled");
        }
    }

    private record Stored(Project project, List<PortraitContent.Interview> interviews, Map<Long, String> products) {
    }

    private record ChosenScorecard(Scorecard scorecard, boolean saved) {
    }

    /** The appendix leaves out the interviewers' private notes: the document goes to the client. */
    static InterviewExportOptions appendixOptions() {
        return new InterviewExportOptions(false);
    }
}
