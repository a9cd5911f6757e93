package org.icpworkbench.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.icpworkbench.logic.archive.ProjectArchiveExporter;
import org.icpworkbench.logic.archive.ProjectArchiveImporter;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.workspace.WorkspaceServices;

/**
 * {@code --export-archive PROJECT OUT.icpw} prints the written file; {@code --import-archive FILE.icpw} prints the new
 * project's id. Failures are {@link UserFacingException}s, printed as one translated line by {@link CommandLineApp}.
 */
final class ArchiveCommands {

    private final WorkspaceServices services;

    ArchiveCommands(WorkspaceServices services) {
        this.services = services;
    }

    void run(List<String> exportArchive, Path importArchive, PrintWriter out) {
        if (exportArchive != null) {
            long id = projectId(exportArchive.get(0));
            Path written = new ProjectArchiveExporter(services.workspace().database(), Clock.systemUTC())
                    .export(id, Path.of(exportArchive.get(1))).join();
            out.println(written);
        }
        if (importArchive != null) {
            long id = new ProjectArchiveImporter(services.workspace().database(), Clock.systemUTC())
                    .importArchive(importArchive).join();
            services.projectTextsChanged(id);
            out.println(id);
        }
    }

    private static long projectId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UserFacingException(ProjectArchiveExporter.NO_PROJECT, text);
        }
    }
}
