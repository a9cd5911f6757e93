package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpworkbench.logic.persistence.generated.Tables.ANSWER;
import static org.icpworkbench.logic.persistence.generated.Tables.CUSTOMER;
import static org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW;
import static org.icpworkbench.logic.persistence.generated.Tables.RESPONDENT;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.icpworkbench.testsupport.TestWorkspace;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formula injection (OWASP "CSV injection"): every CSV the application writes — the coded matrix, all answers,
 * {@code --score} of customers and of a prospect file, {@code --customer-metrics} — turns a cell that a spreadsheet
 * would run ({@code = + - @}, tab, carriage return) into text, and keeps numbers numbers. The list of paths is checked
 * against the classes that use commons-csv's printer, so a new CSV output without the guard fails here.
 */
class CommandLineAppCsvGuardTest {

    private static final List<String> HOSTILE = List.of("=cmd|' /C calc'!A0", "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1+9)*cmd|' /C calc'!A0", "=HYPERLINK(\"http://example.invalid\",\"x\")");

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    private String workspace() {
        return temp.resolve("ws").toString();
    }

    /** The sample with hostile customer names and segments, respondent names and an answer. */
    private String hostileSample() {
        Result created = cli.run("--workspace", workspace(), "--lang", "en", "--create-sample");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String project = created.out().strip().split("\t")[0];
        long id = Long.parseLong(project);
        try (TestWorkspace open = TestWorkspace.openIn(Path.of(workspace()))) {
            open.inDatabase(dsl -> {
                List<Long> customers = dsl.select(CUSTOMER.ID).from(CUSTOMER).where(CUSTOMER.PROJECT_ID.eq(id))
                        .orderBy(CUSTOMER.ID).fetch(CUSTOMER.ID);
                for (int i = 0; i < HOSTILE.size(); i++) {
                    dsl.update(CUSTOMER).set(CUSTOMER.NAME, HOSTILE.get(i)).where(CUSTOMER.ID.eq(customers.get(i))).execute();
                }
                dsl.update(CUSTOMER).set(CUSTOMER.SEGMENT, "=1+1").where(CUSTOMER.ID.eq(customers.get(0))).execute();
                dsl.update(CUSTOMER).set(CUSTOMER.SEGMENT, "@segment").where(CUSTOMER.ID.eq(customers.get(1))).execute();
                List<Long> respondents = dsl.select(RESPONDENT.ID).from(RESPONDENT).where(RESPONDENT.PROJECT_ID.eq(id))
                        .orderBy(RESPONDENT.ID).fetch(RESPONDENT.ID);
                dsl.update(RESPONDENT).set(RESPONDENT.NAME, HOSTILE.get(0)).where(RESPONDENT.ID.eq(respondents.get(0))).execute();
                dsl.update(RESPONDENT).set(RESPONDENT.COMPANY, HOSTILE.get(4)).where(RESPONDENT.ID.eq(respondents.get(1))).execute();
                Long answer = dsl.select(ANSWER.ID).from(ANSWER).join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                        .where(INTERVIEW.PROJECT_ID.eq(id)).orderBy(ANSWER.ID).limit(1).fetchOne(ANSWER.ID);
                dsl.update(ANSWER).set(ANSWER.ANSWER_TEXT, HOSTILE.get(3)).where(ANSWER.ID.eq(answer)).execute();
                return null;
            });
        }
        return project;
    }

    /** Every CSV-writing path, by the class that prints it, with the CSV it writes for the hostile sample. */
    private Map<String, String> everyCsvOutput(String project) throws IOException {
        Map<String, String> outputs = new LinkedHashMap<>();
        Path matrix = temp.resolve("matrix.csv");
        ok(cli.run("--workspace", workspace(), "--lang", "en", "--export-matrix", project, matrix.toString()));
        outputs.put("org.icpworkbench.logic.export.CodedMatrixExporter", Files.readString(matrix, StandardCharsets.UTF_8));
        Path answers = temp.resolve("answers.csv");
        ok(cli.run("--workspace", workspace(), "--lang", "en", "--export-answers", project, answers.toString()));
        outputs.put("org.icpworkbench.logic.export.AnswersCsvExporter", Files.readString(answers, StandardCharsets.UTF_8));
        String scores = ok(cli.run("--workspace", workspace(), "--lang", "en", "--score", project, "--format", "csv"));
        Path leads = Files.writeString(temp.resolve("leads.csv"), "Company,Industry,Region\n"
                + HOSTILE.stream().map(name -> "\"" + name.replace("\"", "\"\"") + "\",Retail,North").collect(Collectors.joining("\n"))
                + "\n", StandardCharsets.UTF_8);
        String prospects = ok(cli.run("--workspace", workspace(), "--lang", "en", "--score", project, "--prospects",
                leads.toString(), "--format", "csv"));
        outputs.put("org.icpworkbench.logic.scorecard.ScoreFormat", scores + "\n" + prospects);
        outputs.put("org.icpworkbench.logic.customer.CustomerMetricsFormat",
                ok(cli.run("--workspace", workspace(), "--lang", "en", "--customer-metrics", project)));
        return outputs;
    }

    private static String ok(Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.out();
    }

    @Test
    void noCsvOutputHoldsACellASpreadsheetWouldRun() throws IOException {
        Map<String, String> outputs = everyCsvOutput(hostileSample());

        for (Map.Entry<String, String> output : outputs.entrySet()) {
            List<String> cells = cells(output.getValue());
            assertThat(cells).as(output.getKey()).isNotEmpty();
            for (String cell : cells) {
                assertThat(runsInASpreadsheet(cell)).as(output.getKey() + ": " + cell).isFalse();
            }
        }
        assertThat(cells(outputs.get("org.icpworkbench.logic.scorecard.ScoreFormat")))
                .contains("'" + HOSTILE.get(0), "'" + HOSTILE.get(1), "'" + HOSTILE.get(2), "'" + HOSTILE.get(3),
                        "'" + HOSTILE.get(4));
        assertThat(cells(outputs.get("org.icpworkbench.logic.customer.CustomerMetricsFormat"))).contains("'=1+1", "'@segment");
        assertThat(cells(outputs.get("org.icpworkbench.logic.export.CodedMatrixExporter"))).contains("'" + HOSTILE.get(0));
        assertThat(cells(outputs.get("org.icpworkbench.logic.export.AnswersCsvExporter"))).contains("'" + HOSTILE.get(3));
        // negative figures stay numbers
        assertThat(String.join("\n", outputs.values())).doesNotContain("'-1", "'-0");
    }

    @Test
    void theListOfCsvOutputsIsEveryClassThatPrintsCsv() throws IOException {
        Set<String> tested = new TreeSet<>(everyCsvOutput(hostileSample()).keySet());
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.icpworkbench");
        Set<String> printing = new TreeSet<>();
        Set<String> direct = new TreeSet<>();
        for (JavaClass type : classes) {
            String safeCsv = "org.icpworkbench.logic.common.SafeCsv";
            boolean printsCsv = !type.getName().startsWith(safeCsv)
                    && (type.getConstructorCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().getName().equals(safeCsv))
                    || type.getMethodCallsFromSelf().stream().anyMatch(call -> call.getTargetOwner().getName().equals(safeCsv)
                            && call.getName().equals("text")));
            boolean usesPrinter = type.getDirectDependenciesFromSelf().stream()
                    .anyMatch(dependency -> dependency.getTargetClass().getName().equals("org.apache.commons.csv.CSVPrinter"));
            if (printsCsv) {
                printing.add(type.getName().replaceAll("\\$.*", ""));
            }
            if (usesPrinter) {
                direct.add(type.getName().replaceAll("\\$.*", ""));
            }
        }
        assertThat(direct).as("only the shared writer uses commons-csv's printer").containsExactly(
                "org.icpworkbench.logic.common.SafeCsv");
        assertThat(printing).as("every class writing CSV is exercised above").isEqualTo(tested);
    }

    /** The cells of every record (any delimiter the application uses), byte-order mark and blank lines aside. */
    private static List<String> cells(String csv) throws IOException {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        char delimiter = text.lines().findFirst().orElse("").contains(";") && !text.lines().findFirst().orElse("").contains(",")
                ? ';' : ',';
        List<String> cells = new ArrayList<>();
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
            record.forEach(cells::add);
        }
        return cells;
    }

    private static boolean runsInASpreadsheet(String cell) {
        if (cell.isEmpty() || cell.matches("[-+]?\\d+([.,]\\d+)?")) {
            return false;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }
}
