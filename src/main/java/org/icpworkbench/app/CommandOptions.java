package org.icpworkbench.app;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The command-line options; their help texts are in the resource bundles under {@code cli.option.*}. */
@Command(name = "icp-workbench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class CommandOptions {

    @Option(names = "--workspace", paramLabel = "DIR", descriptionKey = "cli.option.workspace")
    Path workspace;

    @Option(names = "--lang", paramLabel = "en|ru", descriptionKey = "cli.option.lang")
    String language;

    @Option(names = "--workspace-password-file", paramLabel = "FILE|-", descriptionKey = "cli.option.workspacePasswordFile")
    String workspacePasswordFile;

    @Option(names = "--set-password", paramLabel = "NEWFILE|-", descriptionKey = "cli.option.setPassword")
    String setPassword;

    @Option(names = "--remove-password", descriptionKey = "cli.option.removePassword")
    boolean removePassword;

    @Option(names = "--create-sample", descriptionKey = "cli.option.createSample")
    boolean createSample;

    @Option(names = "--create-project", paramLabel = "NAME", descriptionKey = "cli.option.createProject")
    String createProject;

    @Option(names = "--list-projects", descriptionKey = "cli.option.listProjects")
    boolean listProjects;

    @Option(names = "--list-interviews", paramLabel = "PROJECT", descriptionKey = "cli.option.listInterviews")
    Long listInterviews;

    @Option(names = "--export-interview", arity = "2", paramLabel = "ID OUT.pdf", descriptionKey = "cli.option.exportInterview")
    java.util.List<String> exportInterview;

    @Option(names = "--export-matrix", arity = "2", paramLabel = "PROJECT OUT.csv", descriptionKey = "cli.option.exportMatrix")
    java.util.List<String> exportMatrix;

    @Option(names = "--import-customers", arity = "2", paramLabel = "PROJECT FILE", descriptionKey = "cli.option.importCustomers")
    java.util.List<String> importCustomers;

    @Option(names = "--encoding", paramLabel = "NAME", descriptionKey = "cli.option.encoding")
    String encoding;

    @Option(names = "--existing", paramLabel = "update|add|skip", descriptionKey = "cli.option.existing")
    String existing;

    @Option(names = "--import-max-rows", paramLabel = "N", descriptionKey = "cli.option.importMaxRows")
    String importMaxRows;

    @Option(names = "--import-max-mb", paramLabel = "N", descriptionKey = "cli.option.importMaxMb")
    String importMaxMb;

    @Option(names = "--customer-metrics", paramLabel = "PROJECT", descriptionKey = "cli.option.customerMetrics")
    Long customerMetrics;

    @Option(names = "--as-of", paramLabel = "DATE", descriptionKey = "cli.option.asOf")
    java.time.LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "cli.option.format")
    String format;

    @Option(names = "--score", paramLabel = "PROJECT", descriptionKey = "cli.option.score")
    Long score;

    @Option(names = "--prospects", paramLabel = "FILE", descriptionKey = "cli.option.prospects")
    Path prospects;

    @Option(names = "--portrait", paramLabel = "PROJECT", descriptionKey = "cli.option.portrait")
    Long portrait;

    @Option(names = "--export-pdf", arity = "2", paramLabel = "PROJECT OUT.pdf", descriptionKey = "cli.option.exportPdf")
    java.util.List<String> exportPdf;

    @Option(names = "--anonymous", descriptionKey = "cli.option.anonymous")
    boolean anonymous;

    @Option(names = "--appendix", descriptionKey = "cli.option.appendix")
    boolean appendix;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.option.passwordFile")
    String passwordFile;

    @Option(names = "--export-guide", arity = "2", paramLabel = "AUDIENCE OUT.pdf", descriptionKey = "cli.option.exportGuide")
    java.util.List<String> exportGuide;

    @Option(names = "--project", paramLabel = "PROJECT", descriptionKey = "cli.option.project")
    Long project;

    @Option(names = "--export-markdown", arity = "2", paramLabel = "PROJECT OUT.md", descriptionKey = "cli.option.exportMarkdown")
    java.util.List<String> exportMarkdown;

    @Option(names = "--export-answers", arity = "2", paramLabel = "PROJECT OUT.csv", descriptionKey = "cli.option.exportAnswers")
    java.util.List<String> exportAnswers;

    @Option(names = "--export-archive", arity = "2", paramLabel = "PROJECT OUT.icpw", descriptionKey = "cli.option.exportArchive")
    java.util.List<String> exportArchive;

    @Option(names = "--import-archive", paramLabel = "FILE.icpw", descriptionKey = "cli.option.importArchive")
    Path importArchive;

    @Option(names = "--check", descriptionKey = "cli.option.check")
    boolean check;

    @Option(names = "--recover", descriptionKey = "cli.option.recover")
    boolean recover;

    @Option(names = "--backup", descriptionKey = "cli.option.backup")
    boolean backup;

    @Option(names = "--list-backups", descriptionKey = "cli.option.listBackups")
    boolean listBackups;

    @Option(names = "--restore", paramLabel = "FILE", descriptionKey = "cli.option.restore")
    Path restore;

    /** What the file manager passes for a double-clicked archive: the window opens and imports it. */
    @Parameters(arity = "0..1", paramLabel = "FILE.icpw", descriptionKey = "cli.parameter.archive")
    Path archive;

    boolean hasAction() {
        return setPassword != null || removePassword || check || recover || backup || listBackups || restore != null || exportArchive != null || importArchive != null || createSample || createProject != null || listProjects || listInterviews != null || exportInterview != null
                || exportMatrix != null || importCustomers != null || customerMetrics != null || score != null
                || portrait != null || exportPdf != null
                || exportGuide != null || exportMarkdown != null || exportAnswers != null;
    }
}
