package org.icpworkbench.logic.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.ProductRepository;
import org.icpworkbench.logic.persistence.ProjectRepository;
import org.icpworkbench.logic.persistence.QuestionnaireRepository;
import org.icpworkbench.logic.questionnaire.BuiltInQuestionnaire;
import org.icpworkbench.logic.questionnaire.QuestionnaireService;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.common.LocalizedText;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionnaireDefinition;

/**
 * Exports a blank, printable interview guide for one audience as an A4 PDF, for interviews where a laptop is not
 * welcome: every question of the audience (the customers' optional extension included and marked), with the
 * interviewer's guidance, tick boxes and blanks for the structured values, and lines to write the answers on.
 * The questions are the built-in questionnaire's, or those of a project's current questionnaire version (whose
 * product catalogue then fills the product tick boxes). Same fonts, PDF/A-2u and PDF/UA as the interview record;
 * the file appears complete or not at all.
 */
public final class InterviewGuidePdfExporter {

    /** Key in the {@code messages} bundles of "could not write the PDF"; its argument {0} is the file. */
    public static final String WRITE_FAILED = InterviewPdfExporter.WRITE_FAILED;
    /** Key in the {@code messages} bundles of an unknown project; its argument {0} is the id. */
    public static final String NO_PROJECT = "cli.error.noProject";

    private static final String PRODUCER = "ICP Workbench";
    /** One ordinary (non-daemon) thread per export, so that quitting the application lets a started export finish. */
    private static final Executor RENDER_THREAD = task -> Thread.ofPlatform().name("pdf-export").start(task);

    private final DatabaseExecutor database;

    public InterviewGuidePdfExporter(DatabaseExecutor database) {
        this.database = database;
    }

    /**
     * Writes the guide to {@code target} (replacing an existing file) and completes with the file's absolute path.
     * Fails with a {@link UserFacingException}: {@link #NO_PROJECT} for an unknown project, {@link #WRITE_FAILED}
     * when the file cannot be written.
     */
    public CompletableFuture<Path> export(Audience audience, Optional<Long> projectId, Path target, Language language) {
        CompletableFuture<Guide> guide = projectId.isEmpty()
                ? CompletableFuture.completedFuture(builtIn(audience, language))
                : database.submit(dsl -> {
                    long id = projectId.get();
                    Project project = new ProjectRepository(dsl).find(id)
                            .orElseThrow(() -> new UserFacingException(NO_PROJECT, id));
                    long versionId = QuestionnaireService.currentVersionId(dsl, id);
                    List<Question> questions = new QuestionnaireRepository(dsl).questions(versionId).stream()
                            .filter(question -> question.audience() == audience).toList();
                    List<String> products = new ProductRepository(dsl).forProject(id).stream().map(Product::name).toList();
                    return new Guide(audience, project.name(), questions, products);
                });
        return guide.thenApplyAsync(g -> write(g, target, language), RENDER_THREAD);
    }

    /**
     * Writes the guide of the built-in questionnaire, which needs no workspace (the window may hold it), on the
     * calling thread, and returns the file's absolute path; fails with {@link #WRITE_FAILED}.
     */
    public static Path exportBuiltIn(Audience audience, Path target, Language language) {
        return write(builtIn(audience, language), target, language);
    }

    /** A file name to offer in a save dialog, e.g. "Interview guide - Best customers.pdf". */
    public static String suggestedFileName(Audience audience, Language language) {
        ExportTexts texts = ExportTexts.of(language);
        String name = texts.get("guide.file.name", texts.get("audience." + audience.name()));
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("[. ]+$", "");
        return (safe.isEmpty() ? audience.name().toLowerCase(Locale.ROOT) : safe) + ".pdf";
    }

    /** The audience's name in the language of exported documents ("Best customers", «Лучшие клиенты»). */
    public static String audienceName(Audience audience, Language language) {
        return ExportTexts.of(language).get("audience." + audience.name());
    }

    private static Guide builtIn(Audience audience, Language language) {
        QuestionnaireDefinition definition = BuiltInQuestionnaire.definition();
        return new Guide(audience, definition.name().in(language), definition.questionsFor(audience, true), List.of());
    }

    private static String audienceName(Audience audience, Language language, QuestionnaireDefinition definition) {
        LocalizedText name = definition.audienceNames().get(audience);
        return name == null ? audienceName(audience, language) : name.in(language);
    }

    /** Renders and writes synchronously, on the calling thread. */
    static Path write(Guide guide, Path target, Language language) {
        String heading = audienceName(guide.audience(), language, BuiltInQuestionnaire.definition());
        String xhtml = new InterviewGuideXhtml(ExportTexts.of(language))
                .render(guide.audience(), heading, guide.source(), guide.questions(), guide.products());
        try {
            return AtomicFileWriter.write(target, out -> new PdfRenderer(PRODUCER).render(xhtml, language.locale(), out));
        } catch (IOException e) {
            throw new UserFacingException(e, WRITE_FAILED, target.toAbsolutePath().toString());
        }
    }

    /** What a guide shows: the audience, where its questions come from, the questions and the products to tick. */
    record Guide(Audience audience, String source, List<Question> questions, List<String> products) {
    }
}
