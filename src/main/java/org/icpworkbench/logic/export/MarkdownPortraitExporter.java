package org.icpworkbench.logic.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.portrait.PortraitFormat;
import org.icpworkbench.logic.portrait.PortraitService;
import org.icpworkbench.logic.project.ProjectService;
import org.icpworkbench.model.common.Language;

/**
 * Writes a project's ICP portrait as Markdown (for Confluence or Notion), exactly as {@code --portrait} prints it
 * ({@link PortraitFormat#markdown}), in UTF-8 without a byte-order mark. The file appears complete or not at all.
 */
public final class MarkdownPortraitExporter {

    /** Key in the {@code messages} bundles of a file that cannot be written; its argument {0} is the file. */
    public static final String WRITE_FAILED = "export.error.writeMarkdown";
    /** Key in the {@code messages} bundles of an unknown project; its argument {0} is the id. */
    public static final String NO_PROJECT = CodedMatrixExporter.NO_PROJECT;

    private static final Executor WRITE_THREAD = task -> Thread.ofPlatform().name("markdown-export").start(task);

    private final ProjectService projects;
    private final PortraitService portraits;

    public MarkdownPortraitExporter(ProjectService projects, PortraitService portraits) {
        this.projects = projects;
        this.portraits = portraits;
    }

    /** Writes the portrait as of {@code asOf} in the language of {@code messages} and completes with the absolute path. */
    public CompletableFuture<Path> export(long projectId, Path target, LocalDate asOf, Messages messages) {
        return projects.find(projectId)
                .thenCompose(project -> {
                    String name = project.orElseThrow(() -> new UserFacingException(NO_PROJECT, projectId)).name();
                    return portraits.load(projectId, asOf, messages)
                            .thenApply(state -> PortraitFormat.markdown(state, name, messages));
                })
                .thenApplyAsync(markdown -> write(markdown, target), WRITE_THREAD);
    }

    /** A file name to offer in a save dialog, e.g. "ICP portrait - Acme ICP - 2026-09-08.md". */
    public static String suggestedFileName(String projectName, LocalDate date, Language language) {
        String name = ExportTexts.of(language).get("markdown.file.name", projectName.strip(), date.toString());
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("[. ]+$", "");
        return (safe.isEmpty() ? date.toString() : safe) + ".md";
    }

    static Path write(String markdown, Path target) {
        try {
            return AtomicFileWriter.write(target, out -> out.write(markdown.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UserFacingException(e, WRITE_FAILED, target.toAbsolutePath().toString());
        }
    }
}
