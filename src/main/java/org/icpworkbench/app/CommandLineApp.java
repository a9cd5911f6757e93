package org.icpworkbench.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.icpworkbench.gui.IcpWorkbenchApp;
import org.icpworkbench.gui.StartupOptions;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.export.CodedMatrixExporter;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.settings.UserSettings;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.logic.workspace.WorkspaceException;
import org.icpworkbench.logic.workspace.WorkspaceLocator;
import org.icpworkbench.logic.workspace.WorkspacePassword;
import org.icpworkbench.logic.workspace.WorkspacePasswordChange;
import org.icpworkbench.logic.workspace.WorkspaceProblem;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.project.ProjectSummary;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Parses the command line and either runs the requested actions or hands over to the window. */
final class CommandLineApp {

    static final int OPEN_WINDOW = -1;
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final java.io.InputStream stdin;

    CommandLineApp(Map<String, String> environment, PrintWriter out, PrintWriter err) {
        this(environment, out, err, System.in);
    }

    /** With the standard input that {@code -} reads passwords from. */
    CommandLineApp(Map<String, String> environment, PrintWriter out, PrintWriter err, java.io.InputStream stdin) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.stdin = stdin;
    }

    int run(String... args) {
        UserSettingsStore settingsStore = UserSettingsStore.fromSystem(environment);
        if (args.length == 0) {
            // How the desktop entry and the file manager start it: nothing to parse, so picocli stays unloaded (0.15 s).
            IcpWorkbenchApp.launch(new StartupOptions(new WorkspaceLocator(environment).locate(Optional.empty()),
                    settingsStore, Optional.empty()));
            return OPEN_WINDOW;
        }
        UserSettings settings = settingsStore.load();
        Language language = languageFromArguments(args).orElse(settings.language());
        Messages messages = Messages.of(language);

        CommandOptions options = new CommandOptions();
        CommandLine commandLine = new CommandLine(options)
                .setResourceBundle(messages.bundle())
                .setOut(out)
                .setErr(err);
        try {
            commandLine.parseArgs(args);
        } catch (ParameterException e) {
            err.println(messages.get("cli.error.usage", e.getMessage()));
            return USAGE;
        }
        if (commandLine.isUsageHelpRequested()) {
            commandLine.usage(out);
            return OK;
        }
        if (commandLine.isVersionHelpRequested()) {
            out.println("ICP Workbench " + BuildInfo.version());
            return OK;
        }
        Optional<Language> requested = Optional.ofNullable(options.language).flatMap(Language::fromTag);
        if (options.language != null && requested.isEmpty()) {
            err.println(messages.get("cli.error.language", options.language));
            return USAGE;
        }
        if (options.prospects != null && options.score == null) {
            err.println(messages.get("scorecard.cli.prospectsWithoutScore"));
            return USAGE;
        }
        Optional<String> pdfOnly = PortraitPdfCommand.optionWithoutExport(options);
        if (pdfOnly.isPresent()) {
            err.println(messages.get("cli.error.pdfOptionWithoutExport", pdfOnly.get()));
            return USAGE;
        }
        Optional<String> importProblem = CustomerImportCommand.usageProblem(options, messages);
        if (importProblem.isPresent()) {
            err.println(importProblem.get());
            return USAGE;
        }
        Optional<String> exportProblem = DocumentExportCommands.usageProblem(options, messages);
        if (exportProblem.isPresent()) {
            err.println(exportProblem.get());
            return USAGE;
        }
        if (options.setPassword != null && options.removePassword) {
            err.println(messages.get("cli.error.setAndRemovePassword"));
            return USAGE;
        }
        Path workspaceFolder = new WorkspaceLocator(environment).locate(Optional.ofNullable(options.workspace));
        if (!options.hasAction()) {
            IcpWorkbenchApp.launch(new StartupOptions(workspaceFolder, settingsStore, requested,
                    org.icpworkbench.gui.common.FileChoices.platform(), Optional.ofNullable(options.archive)));
            return OPEN_WINDOW;
        }
        if (options.archive != null) {
            err.println(messages.get("cli.error.archiveWithAction", options.archive));
            return USAGE;
        }
        WorkspacePasswordInput passwords = new WorkspacePasswordInput(stdin);
        WorkspacePassword password;
        try {
            password = passwords.read(options.workspacePasswordFile);
            if (options.setPassword != null || options.removePassword) {
                password = changePassword(options, workspaceFolder, password, passwords, messages);
                if (!actionsBesidesPasswordChange(options)) {
                    out.flush();
                    return OK;
                }
            }
        } catch (UserFacingException e) {
            err.println(describe(e, messages));
            return FAILED;
        }
        if (options.check) {
            try {
                var health = org.icpworkbench.logic.workspace.WorkspaceCheck.check(workspaceFolder,
                        org.icpworkbench.logic.workspace.WorkspaceFiles.SCHEMA_VERSION, password);
                out.println(messages.get("check.healthy", org.icpworkbench.logic.workspace.WorkspaceFiles.databaseFile(workspaceFolder),
                        health.schemaVersion(), health.projects(), health.interviews(), health.answers(), health.rows()));
                out.flush();
            } catch (UserFacingException e) {
                err.println(describe(e, messages));
                return FAILED;
            }
            return OK;
        }
        if (options.recover) {
            try {
                Path script = org.icpworkbench.logic.workspace.WorkspaceRecovery.quarantineAndWriteScript(workspaceFolder,
                        Clock.systemUTC());
                out.println(messages.get("recovery.cli.written", script));
                out.flush();
            } catch (UserFacingException e) {
                err.println(describe(e, messages));
                return FAILED;
            }
            return OK;
        }
        if (options.restore != null) {
            try {
                Path aside = org.icpworkbench.logic.workspace.WorkspaceBackups.restore(workspaceFolder, options.restore,
                        password, java.time.Clock.systemUTC());
                out.println(messages.get("backup.cli.restored", options.restore, aside));
            } catch (UserFacingException e) {
                err.println(describe(e, messages));
                return FAILED;
            }
            if (!options.backup && !options.listBackups && !otherActions(options)) {
                out.flush();
                return OK;
            }
        }
        try {
            Optional<Path> guide = DocumentExportCommands.builtInGuide(options, messages);
            if (guide.isPresent()) {
                out.println(guide.get());
                if (!options.hasAction()) {
                    out.flush();
                    return OK;
                }
            }
        } catch (UserFacingException e) {
            err.println(describe(e, messages));
            return FAILED;
        }
        return runActions(options, workspaceFolder, messages, password);
    }

    /** Re-encrypts the closed workspace as asked; returns the password it opens with now. */
    private WorkspacePassword changePassword(CommandOptions options, Path folder, WorkspacePassword current,
            WorkspacePasswordInput passwords, Messages messages) {
        WorkspacePassword next = options.removePassword ? WorkspacePassword.none() : passwords.read(options.setPassword);
        int length = next.characters().map(characters -> characters.length).orElse(0);
        if (next.isPresent() && length < WorkspacePasswordChange.MINIMUM_LENGTH) {
            throw new UserFacingException("cli.error.passwordTooShort", options.setPassword,
                    WorkspacePasswordChange.MINIMUM_LENGTH);
        }
        var outcome = WorkspacePasswordChange.change(folder, current, next, Clock.systemUTC());
        out.println(messages.get(next.isPresent() ? "cli.password.set" : "cli.password.removed",
                org.icpworkbench.logic.workspace.WorkspaceFiles.databaseFile(folder), outcome.backupsRekeyed()));
        if (!outcome.backupsWithOldPassword().isEmpty()) {
            out.println(messages.get("password.backupsLeft", outcome.backupsWithOldPassword().size(),
                    outcome.backupsWithOldPassword().stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))));
        }
        return next;
    }

    private static boolean actionsBesidesPasswordChange(CommandOptions options) {
        String set = options.setPassword;
        boolean remove = options.removePassword;
        options.setPassword = null;
        options.removePassword = false;
        boolean any = options.hasAction();
        options.setPassword = set;
        options.removePassword = remove;
        return any;
    }

    /** The missing password is told as the option to pass, which the window's wording cannot say. */
    private static String describe(UserFacingException e, Messages messages) {
        if (e instanceof WorkspaceException workspace && workspace.problem() == WorkspaceProblem.PASSWORD_MISSING) {
            return messages.get("cli.error.passwordMissing", workspace.path());
        }
        return messages.describe(e);
    }

    /** Whether anything besides the backup options asks for work. */
    private static boolean otherActions(CommandOptions options) {
        Path restore = options.restore;
        options.restore = null;
        boolean any = options.hasAction();
        options.restore = restore;
        return any;
    }

    private int runActions(CommandOptions options, Path workspaceFolder, Messages messages, WorkspacePassword password) {
        try (WorkspaceServices services = WorkspaceServices.open(workspaceFolder, password, Clock.systemDefaultZone())) {
            for (var notice : services.notices()) {
                err.println(messages.get(notice.messageKey(), notice.argumentArray()));
            }
            if (options.createSample) {
                Project sample = services.samples().createSample(messages.language()).join();
                out.println(sample.id() + "\t" + sample.name());
            }
            if (options.createProject != null) {
                Project project = services.projects().create(ProjectDetails.named(options.createProject)).join();
                out.println(project.id());
            }
            if (options.listProjects) {
                List<ProjectSummary> projects = services.projects().summaries(true).join();
                for (ProjectSummary project : projects) {
                    out.println(project.id() + "\t" + project.name() + "\t" + project.interviewCount());
                }
            }
            if (options.listInterviews != null) {
                services.projects().find(options.listInterviews).join()
                        .orElseThrow(() -> new UserFacingException("cli.error.noProject", options.listInterviews));
                for (InterviewSummary interview : services.interviews().interviews(options.listInterviews).join()) {
                    out.println(String.join("\t", Long.toString(interview.id()), interview.respondentName(),
                            interview.audience().name(), interview.date().toString(), interview.status().name(),
                            interview.answeredCount() + "/" + interview.questionCount()));
                }
            }
            if (options.exportInterview != null) {
                long id = parseId(options.exportInterview.get(0), messages);
                Path written = services.interviewPdf()
                        .export(id, Path.of(options.exportInterview.get(1)), messages.language()).join();
                out.println(written);
            }
            if (options.exportMatrix != null) {
                long id = parseProjectId(options.exportMatrix.get(0));
                Path written = new CodedMatrixExporter(services.workspace().database())
                        .export(id, Path.of(options.exportMatrix.get(1)), messages.language()).join();
                out.println(written);
            }
            if (options.importCustomers != null
                    && CustomerImportCommand.run(services, options, messages, out, err) != OK) {
                out.flush();
                return FAILED;
            }
            if (options.customerMetrics != null) {
                long id = options.customerMetrics;
                services.projects().find(id).join().orElseThrow(() -> new UserFacingException("cli.error.noProject", id));
                String format = options.format == null ? "csv" : options.format.strip().toLowerCase();
                if (!format.equals("csv") && !format.equals("json")) {
                    err.println(messages.get("cli.error.format", options.format));
                    return USAGE;
                }
                var report = services.customers().metrics(id,
                        options.asOf == null ? java.time.LocalDate.now() : options.asOf).join();
                if (format.equals("json")) {
                    out.println(org.icpworkbench.logic.customer.CustomerMetricsFormat.json(report));
                } else {
                    out.print(org.icpworkbench.logic.customer.CustomerMetricsFormat.csv(report));
                }
            }
            if (options.portrait != null) {
                long id = options.portrait;
                var project = services.projects().find(id).join()
                        .orElseThrow(() -> new UserFacingException("cli.error.noProject", id));
                String format = options.format == null ? "md" : options.format.strip().toLowerCase(java.util.Locale.ROOT);
                if (!format.equals("md") && !format.equals("json")) {
                    err.println(messages.get("cli.error.portraitFormat", options.format));
                    return USAGE;
                }
                var state = services.portraits().load(id, options.asOf == null ? java.time.LocalDate.now() : options.asOf,
                        messages).join();
                out.print(format.equals("json")
                        ? org.icpworkbench.logic.portrait.PortraitFormat.json(state, project.name()) + System.lineSeparator()
                        : org.icpworkbench.logic.portrait.PortraitFormat.markdown(state, project.name(), messages));
            }
            if (options.exportPdf != null) {
                out.println(new PortraitPdfCommand(services, messages).run(options));
            }
            if (options.backup) {
                out.println(services.backups().create(services.workspace().database(), "manual").join());
            }
            if (options.listBackups) {
                for (var backup : services.backups().list()) {
                    out.println(String.join("\t", backup.file().toString(), backup.takenAt().toString(), backup.reason(),
                            Long.toString(backup.bytes())));
                }
            }
            new DocumentExportCommands(services, messages).run(options, out);
            new ArchiveCommands(services).run(options.exportArchive, options.importArchive, out);
            if (options.score != null) {
                int code = new ScoreCommand(services, messages, out, err)
                        .run(options.score, options.prospects, options.format, options.asOf,
                                CustomerImportCommand.readOptions(options));
                if (code != OK) {
                    out.flush();
                    return code;
                }
            }
            out.flush();
            return OK;
        } catch (UserFacingException e) {
            err.println(describe(e, messages));
            return FAILED;
        } catch (CompletionException e) {
            if (e.getCause() instanceof UserFacingException problem) {
                err.println(describe(problem, messages));
            } else {
                err.println(messages.get("cli.error.unexpected", String.valueOf(e.getCause())));
            }
            return FAILED;
        } catch (RuntimeException e) {
            err.println(messages.get("cli.error.unexpected", String.valueOf(e)));
            return FAILED;
        }
    }

    private static long parseId(String text, Messages messages) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UserFacingException("cli.error.notAnId", text);
        }
    }

    /** A project id as --list-projects prints it; anything else names no project. */
    private static long parseProjectId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UserFacingException(CodedMatrixExporter.NO_PROJECT, text);
        }
    }

    /** The language is needed before parsing, for the help text and the parser's own messages. */
    private static Optional<Language> languageFromArguments(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                return Language.fromTag(args[i].substring("--lang=".length()));
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Language.fromTag(args[i + 1]);
            }
        }
        return Optional.empty();
    }
}
