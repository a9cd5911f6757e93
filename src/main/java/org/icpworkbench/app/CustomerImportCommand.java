package org.icpworkbench.app;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.customer.imports.CustomerFileImport;
import org.icpworkbench.logic.customer.imports.ExistingCustomers;
import org.icpworkbench.logic.customer.imports.ImportLimits;
import org.icpworkbench.logic.customer.imports.ImportProblemText;
import org.icpworkbench.logic.customer.imports.ReadOptions;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceServices;

/**
 * {@code --import-customers PROJECT FILE [--encoding NAME] [--existing update|add|skip] [--import-max-rows N]
 * [--import-max-mb N]}: all rows or none, every problem on stderr with its row and column.
 */
final class CustomerImportCommand {

    private CustomerImportCommand() {
    }

    /** The read options the command line asks for; a usage problem as its message. */
    static ReadOptions readOptions(CommandOptions options) {
        ImportLimits limits = ImportLimits.fromSystemProperties();
        if (options.importMaxRows != null) {
            limits = limits.withMaxRows((int) Math.min(Integer.MAX_VALUE, positive("--import-max-rows", options.importMaxRows)));
        }
        if (options.importMaxMb != null) {
            limits = limits.withMaxFileMegabytes(positive("--import-max-mb", options.importMaxMb));
        }
        return new ReadOptions(encoding(options.encoding), limits);
    }

    /** Whether the options name a valid encoding, limits and --existing choice: empty, or the message. */
    static Optional<String> usageProblem(CommandOptions options, Messages messages) {
        try {
            readOptions(options);
            existing(options.existing);
            return Optional.empty();
        } catch (UserFacingException e) {
            return Optional.of(messages.describe(e));
        }
    }

    static int run(WorkspaceServices services, CommandOptions options, Messages messages, PrintWriter out, PrintWriter err) {
        long id = parseProjectId(options.importCustomers.get(0));
        services.projects().find(id).join().orElseThrow(() -> new UserFacingException("cli.error.noProject", id));
        CustomerFileImport.Outcome outcome = new CustomerFileImport(services.customers())
                .run(id, Path.of(options.importCustomers.get(1)), LocalDate.now(), readOptions(options),
                        existing(options.existing))
                .join();
        if (outcome.rejected()) {
            outcome.problems().forEach(problem -> err.println(ImportProblemText.line(problem, messages)));
            err.println(messages.get("cli.import.rejected", outcome.problems().size()));
            return CommandLineApp.FAILED;
        }
        out.println(messages.get("cli.import.done", outcome.imported()));
        if (outcome.updated() > 0) {
            out.println(messages.get("cli.import.updated", outcome.updated()));
        }
        if (outcome.skipped() > 0) {
            out.println(messages.get("cli.import.skipped", outcome.skipped()));
        }
        return CommandLineApp.OK;
    }

    private static Optional<Charset> encoding(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.strip()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UserFacingException("cli.error.encoding", name);
        }
    }

    private static Optional<ExistingCustomers> existing(String choice) {
        if (choice == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ExistingCustomers.valueOf(choice.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("cli.error.existing", choice);
        }
    }

    private static long positive(String option, String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserFacingException("cli.error.importLimit", option, text);
    }

    private static long parseProjectId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UserFacingException(org.icpworkbench.logic.export.CodedMatrixExporter.NO_PROJECT, text);
        }
    }
}
