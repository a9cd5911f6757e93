package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.Scorecard;
import org.icpworkbench.testsupport.TestWorkspace;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fit score from the command line: customers or a prospect file, explained line by line, then the ICP share. */
class CommandLineAppScoreTest {

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    private String workspace() {
        return temp.resolve("ws").toString();
    }

    private String projectWithCustomers() throws Exception {
        String project = cli.run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        Path customers = Files.writeString(temp.resolve("customers.csv"), String.join("\n",
                "Company,Segment,Industry,Region,Annual revenue,Margin,First purchase,Status",
                "Orion Foods,Distributors,Food distribution,Volga,600000,60,2024-01-10,active",
                "Vector,Distributors,Food distribution,South,300000,60,2024-01-10,active",
                "Mini-Opt,Small wholesalers,Retail,Volga,100000,5,2024-01-10,active",
                ""), StandardCharsets.UTF_8);
        Result imported = cli.run("--workspace", workspace(), "--import-customers", project, customers.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        return project;
    }

    private void saveScorecard(String project) {
        try (TestWorkspace opened = TestWorkspace.openIn(Path.of(workspace()))) {
            opened.services().scorecards().save(Long.parseLong(project), Scorecard.withDefaultTiers(List.of(
                    Criterion.matching(CriterionKind.INDUSTRY, List.of("Food distribution"), 5),
                    Criterion.matching(CriterionKind.REGION, List.of("Volga", "Central"), 3),
                    Criterion.matching(CriterionKind.DECISION_MAKER, List.of("cfo"), 2),
                    Criterion.disqualifying(CriterionKind.SEGMENT, List.of("Small wholesalers"), "negative margin"))))
                    .join();
        }
    }

    @Test
    void helpListsTheScoreOptions() {
        assertThat(cli.run("--help").out()).contains("--score", "--prospects");
        assertThat(cli.run("--lang", "ru", "--help").out()).contains("оценкой соответствия ICP");
    }

    @Test
    void customersAreScoredAgainstTheSavedScorecardWithEveryPointExplained() throws Exception {
        String project = projectWithCustomers();
        saveScorecard(project);

        Result result = cli.run("--workspace", workspace(), "--score", project);

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out().lines().toList()).containsExactly(
                // Decision maker cannot count for customers: 8 points possible (industry 5 + region 3).
                "Mini-Opt — score 38 of 100, anti-ICP (disqualified)",
                "  Industry “Retail” is not in the list (0 of 5)",
                "  Region “Volga” is in the list (+3 of 3)",
                "  Decision maker is not recorded for customer accounts, so it does not count",
                "  Segment “Small wholesalers” is disqualified: negative margin",
                "Orion Foods — score 100 of 100, tier A",
                "  Industry “Food distribution” is in the list (+5 of 5)",
                "  Region “Volga” is in the list (+3 of 3)",
                "  Decision maker is not recorded for customer accounts, so it does not count",
                "  Segment “Distributors” is not among the disqualified",
                "Vector — score 63 of 100, tier B",
                "  Industry “Food distribution” is in the list (+5 of 5)",
                "  Region “South” is not in the list (0 of 3)",
                "  Decision maker is not recorded for customer accounts, so it does not count",
                "  Segment “Distributors” is not among the disqualified",
                "",
                "Active customers: 3, of them tier A: 1 (33.3 %); they bring 600,000 of 1,000,000 in annual revenue (60 %).");

        Result json = cli.run("--workspace", workspace(), "--score", project, "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"source\" : \"saved\"", "\"tier\" : \"DISQUALIFIED\"", "\"tierACustomers\" : 1",
                "\"revenueSharePercent\" : 60.0");

        Result csv = cli.run("--workspace", workspace(), "--score", project, "--format", "csv");
        assertThat(csv.out().lines().toList().get(0)).isEqualTo("kind,id,name,score,tier,explanation");
        assertThat(csv.out().lines().toList().get(2)).startsWith("CUSTOMER,").contains(",Orion Foods,100,A,");
        assertThat(csv.out()).contains("activeCustomers,tierACustomers", "3,1,33.3,1000000.00,600000.00,60.0");
    }

    @Test
    void prospectsOfAFileAreScoredWithoutBeingStored() throws Exception {
        String project = projectWithCustomers();
        saveScorecard(project);
        Path file = Files.writeString(temp.resolve("leads.csv"), String.join("\n",
                "Company;Industry;Region;Decision maker",
                "Delta Foods;Food distribution;Central;CFO",
                "Gamma;Retail;Urals;",
                ""), StandardCharsets.UTF_8);

        Result result = cli.run("--workspace", workspace(), "--lang", "ru", "--score", project, "--prospects", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("Delta Foods — оценка 100 из 100, категория A",
                "  ЛПР «Финансовый директор» — в списке (+2 из 2)",
                "Gamma — оценка 0 из 100, категория C",
                "  ЛПР: нет данных (0 из 2)",
                "Потенциальных клиентов: 2; категория A: 1, B: 0, C: 1, антипортрет: 0.");
        try (TestWorkspace opened = TestWorkspace.openIn(Path.of(workspace()))) {
            assertThat(opened.services().scorecards().prospects(Long.parseLong(project)).join()).isEmpty();
        }
    }

    @Test
    void aProspectFileWithAProblemScoresNothingAndSaysWhere() throws Exception {
        String project = projectWithCustomers();
        saveScorecard(project);
        Path file = Files.writeString(temp.resolve("leads.csv"), "Company,Budget\nDelta,lots\n", StandardCharsets.UTF_8);

        Result result = cli.run("--workspace", workspace(), "--score", project, "--prospects", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("Row 2, column “Budget”: “lots” is not a number.",
                "Nothing was scored: 1 problems must be fixed first.");
    }

    @Test
    void withoutASavedScorecardTheOneProposedFromThePortraitIsUsedAndSaidSo() throws Exception {
        String project = projectWithCustomers();

        Result result = cli.run("--workspace", workspace(), "--score", project);

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> lines = result.out().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("The project has no saved scorecard yet; scoring against the one proposed "
                + "from its portrait (characteristics and anti-ICP), as the Scorecard page shows it.");
        assertThat(lines.get(1)).isEqualTo("  Segment (weight 5): Distributors");
        assertThat(result.out()).contains("Orion Foods — score 100 of 100, tier A",
                "Active customers: 3, of them tier A: 2 (66.7 %)");

        Result json = cli.run("--workspace", workspace(), "--score", project, "--format", "json");
        assertThat(json.out()).contains("\"source\" : \"derived\"", "\"derivedFromSegment\" : \"Distributors\"");
        assertThat(json.err()).contains("proposed from its portrait");
    }

    @Test
    void aProjectWithNothingToScoreAgainstFailsWithOneLine() {
        String project = cli.run("--workspace", workspace(), "--create-project", "Empty").out().strip();

        Result result = cli.run("--workspace", workspace(), "--score", project);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).doesNotContain("\n").contains("has no scorecard yet");
    }

    @Test
    void usageErrorsExitWithTwo() {
        String project = cli.run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        assertThat(cli.run("--workspace", workspace(), "--score", project, "--format", "xml").exitCode()).isEqualTo(2);
        Result alone = cli.run("--workspace", workspace(), "--prospects", "leads.csv");
        assertThat(alone.exitCode()).isEqualTo(2);
        assertThat(alone.err()).contains("--prospects only works together with --score");
        assertThat(cli.run("--workspace", workspace(), "--score", "999").exitCode()).isEqualTo(1);
    }
}
