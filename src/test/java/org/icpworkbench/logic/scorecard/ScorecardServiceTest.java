package org.icpworkbench.logic.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.customer.imports.ImportProblem;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.CustomerScores;
import org.icpworkbench.model.scorecard.Prospect;
import org.icpworkbench.model.scorecard.ProspectData;
import org.icpworkbench.model.scorecard.Scorecard;
import org.icpworkbench.model.scorecard.ScoredAccount;
import org.icpworkbench.model.scorecard.Tier;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardServiceTest {

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private ScorecardService scorecards;
    private Project project;

    @BeforeEach
    void open() {
        workspace = TestWorkspace.openIn(temp.resolve("ws"));
        scorecards = workspace.services().scorecards();
        project = workspace.services().projects().create(new ProjectDetails("Acme ICP", "", "", "")).join();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static Scorecard card(int tierA, int tierB) {
        return new Scorecard(List.of(
                Criterion.matching(CriterionKind.INDUSTRY, List.of(" Food distribution ", "", "Auto parts"), 5),
                Criterion.atLeast(CriterionKind.MIN_ANNUAL_REVENUE, new BigDecimal("500000"), 3),
                Criterion.disqualifying(CriterionKind.SEGMENT, List.of("Small wholesalers"), "negative margin")),
                tierA, tierB);
    }

    @Test
    void aSavedScorecardComesBackAsSavedAndASecondSaveReplacesIt() {
        assertThat(scorecards.saved(project.id()).join()).isEmpty();
        assertThat(scorecards.load(project.id()).join()).isEqualTo(Scorecard.empty());

        Scorecard stored = scorecards.save(project.id(), card(75, 40)).join();

        assertThat(stored.criteria()).allMatch(criterion -> criterion.id() > 0);
        assertThat(stored.criteria().getFirst().values()).containsExactly("Food distribution", "Auto parts");
        Scorecard loaded = scorecards.load(project.id()).join();
        assertThat(loaded).isEqualTo(stored);
        assertThat(loaded.criteria().get(1).threshold()).contains(new BigDecimal("500000.00"));
        assertThat(loaded.criteria().get(2).disqualifier()).isTrue();
        assertThat(loaded.criteria().get(2).reason()).isEqualTo("negative margin");

        Scorecard shorter = new Scorecard(List.of(loaded.criteria().get(2), loaded.criteria().getFirst()), 90, 60);
        scorecards.save(project.id(), shorter).join();
        Scorecard again = scorecards.load(project.id()).join();
        assertThat(again.tierA()).isEqualTo(90);
        assertThat(again.criteria()).extracting(Criterion::kind).containsExactly(CriterionKind.SEGMENT, CriterionKind.INDUSTRY);

        scorecards.reset(project.id()).join();
        assertThat(scorecards.saved(project.id()).join()).isEmpty();
    }

    @Test
    void invalidScorecardsAreRefusedWithTranslatedReasonsAndNothingIsStored() {
        Messages english = Messages.of(Language.EN);
        assertThat(english.describe(refusal(card(50, 50)))).isEqualTo(
                "The tier A threshold (50) must be higher than the tier B threshold (50).");
        assertThat(english.describe(refusal(card(101, 50)))).isEqualTo("Tier thresholds must be between 0 and 100.");
        assertThat(english.describe(refusal(Scorecard.withDefaultTiers(List.of(
                Criterion.matching(CriterionKind.REGION, List.of("Volga"), 3),
                Criterion.matching(CriterionKind.INDUSTRY, List.of("Food"), 6))))))
                .isEqualTo("Criterion 2: the weight must be from 1 to 5, not 6.");
        assertThat(english.describe(refusal(Scorecard.withDefaultTiers(List.of(
                Criterion.matching(CriterionKind.REGION, List.of(" ", ""), 3))))))
                .isEqualTo("Criterion 1: add at least one value to match.");
        assertThat(english.describe(refusal(Scorecard.withDefaultTiers(List.of(new Criterion(0,
                CriterionKind.MIN_ANNUAL_REVENUE, List.of(), Optional.empty(), 3, false, ""))))))
                .isEqualTo("Criterion 1: enter the minimum amount.");
        assertThat(Messages.of(Language.RU).describe(refusal(Scorecard.withDefaultTiers(List.of(
                Criterion.atLeast(CriterionKind.MIN_ANNUAL_REVENUE, new BigDecimal("-1"), 3))))))
                .isEqualTo("Критерий 1: минимальная сумма не может быть отрицательной.");
        assertThat(scorecards.saved(project.id()).join()).isEmpty();
    }

    private UserFacingException refusal(Scorecard scorecard) {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> scorecards.save(project.id(), scorecard).join());
        assertThat(failure).isInstanceOf(CompletionException.class).hasCauseInstanceOf(UserFacingException.class);
        return (UserFacingException) failure.getCause();
    }

    @Test
    void customersAreScoredAgainstTheSavedScorecardWithTheIcpShare() {
        workspace.services().customers().insertAll(project.id(), List.of(
                customer("Volga-Produkt", "Mid-size", "Food distribution", "1600000"),
                customer("Mini-Opt", "Small wholesalers", "Food distribution", "900000"),
                customer("Shop", "Online shops", "Retail", "100000"))).join();
        scorecards.save(project.id(), card(80, 50)).join();

        CustomerScores scores = scorecards.scoreCustomers(project.id()).join();

        assertThat(scores.accounts()).extracting(ScoredAccount::name).containsExactly("Mini-Opt", "Shop", "Volga-Produkt");
        assertThat(scores.accounts()).extracting(ScoredAccount::tier).containsExactly(Tier.DISQUALIFIED, Tier.C, Tier.A);
        assertThat(scores.accounts()).extracting(ScoredAccount::score).containsExactly(100, 0, 100);
        assertThat(scores.share().tierACustomers()).isEqualTo(1);
        assertThat(scores.share().revenueSharePercent()).contains(new BigDecimal("61.5"));
    }

    private static CustomerData customer(String name, String segment, String industry, String revenue) {
        return new CustomerData(name, segment, industry, "51-200", "Volga", Optional.of(LocalDate.of(2024, 1, 10)),
                CustomerStatus.ACTIVE, Optional.empty(), Optional.of(new BigDecimal(revenue)), Optional.of(BigDecimal.TEN),
                Optional.empty(), Optional.of(1), List.of(), Optional.empty(), "");
    }

    @Test
    void prospectsAreKeptByHandAndScored() {
        Prospect added = scorecards.addProspect(project.id(), new ProspectData("  Orion Foods ", "", "Food distribution",
                "51-200", "Volga", Optional.of(new BigDecimal("700000")), "Финансовый директор", "referral", "")).join();
        assertThat(added.data().name()).isEqualTo("Orion Foods");
        assertThat(added.data().decisionMaker()).isEqualTo("cfo");

        scorecards.updateProspect(added.id(), new ProspectData("Orion Foods", "", "Retail", "", "", Optional.empty(),
                "", "", "moved")).join();
        assertThat(scorecards.prospects(project.id()).join()).singleElement()
                .satisfies(prospect -> assertThat(prospect.data().industry()).isEqualTo("Retail"));

        scorecards.save(project.id(), card(80, 50)).join();
        assertThat(scorecards.scoreProspects(project.id()).join()).singleElement()
                .satisfies(scored -> assertThat(scored.tier()).isEqualTo(Tier.C));

        assertThatThrownBy(() -> scorecards.addProspect(project.id(), new ProspectData(" ", "", "", "", "",
                Optional.empty(), "", "", "")).join()).hasCauseInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> scorecards.addProspect(project.id(), new ProspectData("X", "", "", "", "",
                Optional.empty(), "astronaut", "", "")).join()).hasCauseInstanceOf(UserFacingException.class);

        scorecards.deleteProspect(added.id()).join();
        assertThat(scorecards.prospects(project.id()).join()).isEmpty();
    }

    @Test
    void aProspectFileIsImportedWhole() throws Exception {
        Path file = Files.write(temp.resolve("лиды.csv"), String.join("\n",
                "Компания;Отрасль;Численность;Регион;Бюджет, руб.;ЛПР;Канал привлечения;Комментарий",
                "ООО «Орион»;Дистрибуция продуктов питания;120;Поволжье;1 200 000;Финансовый директор;рекомендация;тёплый",
                "ИП Вектор;Розница;8;Юг;;;;",
                "").getBytes(Charset.forName("windows-1251")));

        ScorecardService.ImportOutcome outcome = scorecards.importProspects(project.id(), file).join();

        assertThat(outcome.rejected()).isFalse();
        assertThat(outcome.imported()).isEqualTo(2);
        List<Prospect> prospects = scorecards.prospects(project.id()).join();
        assertThat(prospects).extracting(prospect -> prospect.data().name()).containsExactly("ИП Вектор", "ООО «Орион»");
        ProspectData orion = prospects.get(1).data();
        assertThat(orion.sizeBand()).isEqualTo("51-200");
        assertThat(orion.annualRevenue()).contains(new BigDecimal("1200000.00"));
        assertThat(orion.decisionMaker()).isEqualTo("cfo");
        assertThat(orion.channel()).isEqualTo("referral");
        assertThat(orion.notes()).isEqualTo("тёплый");
    }

    @Test
    void aFileWithABadRowImportsNothingAndSaysWhere() throws Exception {
        Path file = Files.writeString(temp.resolve("prospects.csv"), String.join("\n",
                "Company,Industry,Budget,Decision maker,Channel",
                "Orion Foods,Food distribution,700000,CFO,Referral",
                "Vector,Retail,lots,,",
                "Orion foods,Retail,,astronaut,",
                ""), StandardCharsets.UTF_8);

        ScorecardService.ImportOutcome outcome = scorecards.importProspects(project.id(), file).join();

        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.imported()).isZero();
        assertThat(outcome.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "Budget"),
                        org.assertj.core.groups.Tuple.tuple(4, "Company"),
                        org.assertj.core.groups.Tuple.tuple(4, "Decision maker"));
        Messages english = Messages.of(Language.EN);
        ImportProblem unknown = outcome.problems().get(2);
        assertThat(english.get(unknown.messageKey(), unknown.arguments().toArray())).startsWith(
                "“astronaut” is not a known decision maker; use one of: owner_ceo, cfo");
        assertThat(scorecards.prospects(project.id()).join()).isEmpty();
    }

    @Test
    void aFileWithoutANameColumnIsRefused() throws Exception {
        Path file = Files.writeString(temp.resolve("p.csv"), "Industry,Region\nFood,Volga\n", StandardCharsets.UTF_8);
        ScorecardService.ImportOutcome outcome = scorecards.importProspects(project.id(), file).join();
        assertThat(outcome.problems()).extracting(ImportProblem::messageKey).containsExactly("scorecard.import.noNameColumn");
    }
}
