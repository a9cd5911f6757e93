package org.icpworkbench.app;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.export.PortraitPdfOptions;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceServices;

/**
 * {@code --export-pdf PROJECT OUT.pdf [--anonymous] [--appendix] [--password-file FILE] [--as-of DATE]}: the ICP
 * portrait as a PDF in the {@code --lang} language, dated and computed as of {@code --as-of} (default today). The
 * password is read from the first line of a file, or of standard input for {@code -}, never from the command line
 * itself, where other users could see it in the process list and it would stay in the shell's history.
 */
final class PortraitPdfCommand {

    private final WorkspaceServices services;
    private final Messages messages;
    private final InputStream stdin;

    PortraitPdfCommand(WorkspaceServices services, Messages messages) {
        this(services, messages, System.in);
    }

    PortraitPdfCommand(WorkspaceServices services, Messages messages, InputStream stdin) {
        this.services = services;
        this.messages = messages;
        this.stdin = stdin;
    }

    /** The first PDF-only option given without {@code --export-pdf}, for a usage error. */
    static Optional<String> optionWithoutExport(CommandOptions options) {
        if (options.exportPdf != null) {
            return Optional.empty();
        }
        if (options.anonymous) {
            return Optional.of("--anonymous");
        }
        if (options.appendix) {
            return Optional.of("--appendix");
        }
        return options.passwordFile == null ? Optional.empty() : Optional.of("--password-file");
    }

    /** Writes the PDF and returns the file written. */
    Path run(CommandOptions options) {
        String project = options.exportPdf.get(0).strip();
        long projectId;
        try {
            projectId = Long.parseLong(project);
        } catch (NumberFormatException e) {
            throw new UserFacingException("cli.error.noProject", project);
        }
        Optional<String> password = options.passwordFile == null ? Optional.empty() : Optional.of(password(options.passwordFile));
        PortraitPdfOptions pdf = new PortraitPdfOptions(messages.language(), options.anonymous, options.appendix, password);
        LocalDate asOf = options.asOf == null ? LocalDate.now() : options.asOf;
        return services.portraitPdf().export(projectId, Path.of(options.exportPdf.get(1)), pdf, asOf, progress -> { },
                () -> false).join();
    }

    private String password(String source) {
        return new WorkspacePasswordInput(stdin).line(source);
    }
}
