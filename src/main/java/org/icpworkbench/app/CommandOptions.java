package org.icpworkbench.app;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command-line options; their help texts are in the resource bundles under {@code cli.option.*}. */
@Command(name = "icp-workbench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true)
final class CommandOptions {

    @Option(names = "--workspace", paramLabel = "DIR", descriptionKey = "cli.option.workspace")
    Path workspace;

    @Option(names = "--lang", paramLabel = "en|ru", descriptionKey = "cli.option.lang")
    String language;

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

    boolean hasAction() {
        return createSample || createProject != null || listProjects || listInterviews != null || exportInterview != null
                || exportMatrix != null || importCustomers != null || customerMetrics != null || score != null
                || portrait != null;
    }
}
