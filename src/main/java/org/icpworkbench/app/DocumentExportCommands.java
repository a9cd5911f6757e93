package org.icpworkbench.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.export.AnswersCsvExporter;
import org.icpworkbench.logic.export.InterviewGuidePdfExporter;
import org.icpworkbench.logic.export.MarkdownPortraitExporter;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.questionnaire.Audience;

/**
 * {@code --export-guide AUDIENCE OUT.pdf [--project PROJECT]}, {@code --export-markdown PROJECT OUT.md} and
 * {@code --export-answers PROJECT OUT.csv}: the printable interview guide, the portrait as Markdown and all answers as
 * a spreadsheet, in the {@code --lang} language. Each prints the written file.
 */
final class DocumentExportCommands {

    /** Audience words accepted besides the enum names: what people call the groups. */
    private static final Map<String, Audience> AUDIENCE_WORDS = Map.of(
            "service", Audience.SERVICE_TEAM,
            "service-team", Audience.SERVICE_TEAM,
            "sales", Audience.SALES,
            "customers", Audience.CUSTOMERS,
            "leadership", Audience.PROFITABILITY,
            "profitability", Audience.PROFITABILITY);

    private final WorkspaceServices services;
    private final Messages messages;

    DocumentExportCommands(WorkspaceServices services, Messages messages) {
        this.services = services;
        this.messages = messages;
    }

    /** The audience a command-line word names: SERVICE_TEAM, service, Sales, leadership… */
    static Optional<Audience> audience(String word) {
        String normalized = word.strip().toLowerCase(Locale.ROOT);
        for (Audience audience : Audience.values()) {
            if (audience.name().toLowerCase(Locale.ROOT).equals(normalized)) {
                return Optional.of(audience);
            }
        }
        return Optional.ofNullable(AUDIENCE_WORDS.get(normalized));
    }

    /** A usage problem of these options, as a translated line, found before the workspace is opened. */
    static Optional<String> usageProblem(CommandOptions options, Messages messages) {
        if (options.exportGuide != null && audience(options.exportGuide.get(0)).isEmpty()) {
            return Optional.of(messages.get("cli.error.audience", options.exportGuide.get(0)));
        }
        if (options.project != null && options.exportGuide == null) {
            return Optional.of(messages.get("cli.error.projectWithoutGuide"));
        }
        return Optional.empty();
    }

    /**
     * The blank guide of the built-in questionnaire, written before any workspace is opened; {@code --export-guide} is
     * then taken off the options. Returns the file written, or empty when the guide needs the workspace
     * ({@code --project}) or is not asked for.
     */
    static Optional<Path> builtInGuide(CommandOptions options, Messages messages) {
        if (options.exportGuide == null || options.project != null) {
            return Optional.empty();
        }
        Audience audience = audience(options.exportGuide.get(0)).orElseThrow();
        Path written = InterviewGuidePdfExporter.exportBuiltIn(audience, Path.of(options.exportGuide.get(1)),
                messages.language());
        options.exportGuide = null;
        return Optional.of(written);
    }

    /** Runs the export options given; returns the files written, one per line, in the order of the options above. */
    void run(CommandOptions options, java.io.PrintWriter out) {
        if (options.exportGuide != null) {
            Audience audience = audience(options.exportGuide.get(0)).orElseThrow();
            out.println(new InterviewGuidePdfExporter(services.workspace().database())
                    .export(audience, Optional.ofNullable(options.project), Path.of(options.exportGuide.get(1)),
                            messages.language())
                    .join());
        }
        if (options.exportMarkdown != null) {
            long id = projectId(options.exportMarkdown.get(0));
            out.println(new MarkdownPortraitExporter(services.projects(), services.portraits())
                    .export(id, Path.of(options.exportMarkdown.get(1)),
                            options.asOf == null ? LocalDate.now() : options.asOf, messages)
                    .join());
        }
        if (options.exportAnswers != null) {
            long id = projectId(options.exportAnswers.get(0));
            out.println(new AnswersCsvExporter(services.workspace().database())
                    .export(id, Path.of(options.exportAnswers.get(1)), messages.language())
                    .join());
        }
    }

    /** A project id as --list-projects prints it; anything else names no project. */
    private static long projectId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UserFacingException(AnswersCsvExporter.NO_PROJECT, text);
        }
    }
}
