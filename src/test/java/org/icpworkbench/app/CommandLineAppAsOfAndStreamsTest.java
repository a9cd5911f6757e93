package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icpworkbench.testsupport.TestWorkspace;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line promises scripts: standard output carries only the data (notes go to standard error), every
 * command that computes figures computes them as of {@code --as-of}, and the blank interview guide needs no workspace.
 */
class CommandLineAppAsOfAndStreamsTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 14);

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    private String workspace() {
        return temp.resolve("ws").toString();
    }

    private String sample() {
        Result created = cli.run("--workspace", workspace(), "--lang", "en", "--create-sample");
        assertThat(created.exitCode()).as(created.err()).isZero();
        return created.out().strip().split("\t")[0];
    }

    @Test
    void scoresAsCsvOrJsonPrintOnlyTheDataOnStandardOutput() throws Exception {
        String project = sample();

        Result csv = cli.run("--workspace", workspace(), "--lang", "en", "--score", project, "--format", "csv");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().findFirst().orElseThrow()).isEqualTo("kind,id,name,score,tier,explanation");
        for (CSVRecord record : CSVFormat.DEFAULT.parse(new StringReader(csv.out()))) {
            assertThat(record.size()).as(record.toString()).isIn(1, 5, 6);
        }
        Result json = cli.run("--workspace", workspace(), "--lang", "en", "--score", project, "--format", "json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(new ObjectMapper().readTree(json.out()).has("accounts")).isTrue();
        assertThat(csv.err()).isEqualTo(json.err());
    }

    @Test
    void aScorecardDerivedForTheRunIsToldOnStandardErrorOnly() throws Exception {
        String project = cli.run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        Path customers = Files.writeString(temp.resolve("customers.csv"), String.join("\n",
                "Company,Segment,Industry,Region,Annual revenue,Margin,First purchase,Status",
                "Orion Foods,Distributors,Food distribution,Volga,600000,60,2024-01-10,active",
                "Vector,Distributors,Food distribution,South,300000,60,2024-01-10,active",
                "Mini-Opt,Small wholesalers,Retail,Volga,100000,5,2024-01-10,active",
                ""), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(cli.run("--workspace", workspace(), "--import-customers", project, customers.toString()).exitCode()).isZero();

        for (String format : new String[] {"csv", "json"}) {
            Result result = cli.run("--workspace", workspace(), "--lang", "en", "--score", project, "--format", format,
                    "--as-of", AS_OF.toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out()).as(format).startsWith(format.equals("csv") ? "kind,id,name,score,tier,explanation" : "{");
            assertThat(result.err()).as(format).contains("no saved scorecard");
            assertThat(result.out()).as(format).doesNotContain("no saved scorecard");
        }
    }

    @Test
    void thePortraitPdfIsDatedAndComputedAsOfTheDateAsked() throws Exception {
        String project = sample();
        Path pdf = temp.resolve("portrait.pdf");

        Result result = cli.run("--workspace", workspace(), "--lang", "en", "--export-pdf", project, pdf.toString(),
                "--as-of", AS_OF.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        String asked = AS_OF.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        assertThat(text).contains("DATE " + asked).doesNotContain("DATE " + today);
        Result markdown = cli.run("--workspace", workspace(), "--lang", "en", "--customer-metrics", project, "--format",
                "json", "--as-of", AS_OF.toString());
        assertThat(new ObjectMapper().readTree(markdown.out()).get("analysisDate").asText()).isEqualTo(AS_OF.toString());
    }

    @Test
    void theHelpSaysWhichCommandsTakeTheAnalysisDate() {
        for (String language : new String[] {"en", "ru"}) {
            Result help = cli.run("--help", "--lang", language);
            java.util.regex.Matcher option = java.util.regex.Pattern.compile("(?m)^\\s+--as-of=DATE\\s+(.*(\\R\\s{20,}\\S.*)*)")
                    .matcher(help.out());
            assertThat(option.find()).as(help.out()).isTrue();
            String asOf = option.group(1).replaceAll("\\s+", " ");
            assertThat(asOf).as(language).contains("--customer-metrics", "--portrait", "--export-pdf", "--export-markdown",
                    "--score");
        }
    }

    @Test
    void theBlankGuideIsExportedWhileTheWindowHoldsTheWorkspace() throws Exception {
        sample();
        Path guide = temp.resolve("guide.pdf");
        try (TestWorkspace window = TestWorkspace.openIn(Path.of(workspace()))) {
            Result result = cli.run("--workspace", workspace(), "--lang", "en", "--export-guide", "sales", guide.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.out().strip()).isEqualTo(guide.toAbsolutePath().toString());
            assertThat(Files.size(guide)).isPositive();
            window.services().projects().summaries(true).join();
        }
    }
}
