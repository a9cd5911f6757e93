package org.icpworkbench.logic.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.scorecard.AccountKind;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.CustomerScores;
import org.icpworkbench.model.scorecard.ProspectData;
import org.icpworkbench.model.scorecard.Scorecard;
import org.icpworkbench.model.scorecard.ScoreLine.Outcome;
import org.icpworkbench.model.scorecard.ScoredAccount;
import org.icpworkbench.model.scorecard.Tier;
import org.junit.jupiter.api.Test;

class ScorecardCalculatorTest {

    private static final Scorecard CARD = Scorecard.withDefaultTiers(List.of(
            Criterion.matching(CriterionKind.INDUSTRY, List.of("Food distribution", "Auto parts wholesale"), 5),
            Criterion.matching(CriterionKind.SIZE_BAND, List.of("51-200", "201-500"), 4),
            Criterion.matching(CriterionKind.REGION, List.of("Central", "Volga"), 3),
            Criterion.disqualifying(CriterionKind.SEGMENT, List.of("Small wholesalers"), "negative margin")));

    private static Customer customer(long id, String segment, String industry, String size, String region,
            CustomerStatus status, String revenue) {
        return new Customer(id, 1, new CustomerData("Customer " + id, segment, industry, size, region,
                Optional.of(LocalDate.of(2024, 1, 1)), status, Optional.empty(),
                Optional.ofNullable(revenue).map(BigDecimal::new), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), ""));
    }

    private static ProspectData prospect(String industry, String size, String region) {
        return new ProspectData("Prospect", "", industry, size, region, Optional.empty(), "", "", "");
    }

    @Test
    void matchedWeightsOverAllWeightsGiveTheScore() {
        // 5 + 3 of 5 + 4 + 3 = 8 / 12 = 66.7 → 67 → tier B
        ScoredAccount account = ScorecardCalculator.scoreProspect(CARD, 7, prospect("food  DISTRIBUTION", "1000+", "Volga"));

        assertThat(account.score()).isEqualTo(67);
        assertThat(account.tier()).isEqualTo(Tier.B);
        assertThat(account.kind()).isEqualTo(AccountKind.PROSPECT);
        assertThat(account.id()).isEqualTo(7);
        assertThat(account.lines()).extracting(line -> line.outcome())
                .containsExactly(Outcome.MATCHED, Outcome.NOT_MATCHED, Outcome.MATCHED, Outcome.UNKNOWN);
        assertThat(account.lines()).extracting(line -> line.pointsGained()).containsExactly(5, 0, 3, 0);
        assertThat(account.lines()).extracting(line -> line.pointsPossible()).containsExactly(5, 4, 3, 0);
    }

    @Test
    void anUnknownValueScoresNothingAndIsExplainedAsUnknown() {
        ScoredAccount account = ScorecardCalculator.scoreProspect(CARD, 0, prospect("Auto parts wholesale", "", "Central"));

        assertThat(account.score()).isEqualTo(67);
        assertThat(account.lines().get(1).outcome()).isEqualTo(Outcome.UNKNOWN);
        ScoreExplanations english = new ScoreExplanations(Messages.of(Language.EN));
        assertThat(english.line(account.lines().get(0))).isEqualTo("Industry “Auto parts wholesale” is in the list (+5 of 5)");
        assertThat(english.line(account.lines().get(1))).isEqualTo("Size band unknown (0 of 4)");
        ScoreExplanations russian = new ScoreExplanations(Messages.of(Language.RU));
        assertThat(russian.line(account.lines().get(1))).isEqualTo("Размер компании: нет данных (0 из 4)");
    }

    @Test
    void aMatchedDisqualifierOverridesTheTierButKeepsTheScore() {
        Customer wholesaler = customer(3, "small wholesalers", "Food distribution", "51-200", "Central",
                CustomerStatus.ACTIVE, "100000");

        ScoredAccount account = ScorecardCalculator.scoreCustomer(CARD, wholesaler);

        assertThat(account.score()).isEqualTo(100);
        assertThat(account.tier()).isEqualTo(Tier.DISQUALIFIED);
        assertThat(account.disqualifications()).hasSize(1);
        assertThat(new ScoreExplanations(Messages.of(Language.EN)).line(account.disqualifications().getFirst()))
                .isEqualTo("Segment “small wholesalers” is disqualified: negative margin");
    }

    @Test
    void tiersStartExactlyAtTheirThresholds() {
        Scorecard tenPoints = Scorecard.withDefaultTiers(List.of(
                Criterion.matching(CriterionKind.INDUSTRY, List.of("a"), 4),
                Criterion.matching(CriterionKind.REGION, List.of("b"), 4),
                Criterion.matching(CriterionKind.SEGMENT, List.of("c"), 1),
                Criterion.matching(CriterionKind.SIZE_BAND, List.of("d"), 1)));

        assertThat(score(tenPoints, "a", "b", "", "")).isEqualTo(80);
        assertThat(tier(tenPoints, "a", "b", "", "")).isEqualTo(Tier.A);
        assertThat(score(tenPoints, "a", "", "c", "")).isEqualTo(50);
        assertThat(tier(tenPoints, "a", "", "c", "")).isEqualTo(Tier.B);
        assertThat(score(tenPoints, "a", "", "", "")).isEqualTo(40);
        assertThat(tier(tenPoints, "a", "", "", "")).isEqualTo(Tier.C);
        assertThat(score(tenPoints, "a", "b", "c", "")).isEqualTo(90);
        assertThat(new Scorecard(tenPoints.criteria(), 90, 80).tierOf(89)).isEqualTo(Tier.B);
    }

    private static ProspectData firmographics(String industry, String region, String segment, String size) {
        return new ProspectData("P", segment, industry, size, region, Optional.empty(), "", "", "");
    }

    private static int score(Scorecard card, String industry, String region, String segment, String size) {
        return ScorecardCalculator.scoreProspect(card, 0, firmographics(industry, region, segment, size)).score();
    }

    private static Tier tier(Scorecard card, String industry, String region, String segment, String size) {
        return ScorecardCalculator.scoreProspect(card, 0, firmographics(industry, region, segment, size)).tier();
    }

    @Test
    void yoIsMatchedAsYe() {
        Scorecard card = Scorecard.withDefaultTiers(List.of(Criterion.matching(CriterionKind.REGION, List.of("Орёл"), 3)));
        assertThat(ScorecardCalculator.scoreProspect(card, 0, prospect("", "", " орел ")).score()).isEqualTo(100);
    }

    @Test
    void revenueMustReachTheThreshold() {
        Scorecard card = Scorecard.withDefaultTiers(List.of(
                Criterion.atLeast(CriterionKind.MIN_ANNUAL_REVENUE, new BigDecimal("500000"), 3),
                Criterion.matching(CriterionKind.INDUSTRY, List.of("Food distribution"), 1)));
        ScoredAccount rich = ScorecardCalculator.scoreCustomer(card,
                customer(1, "", "Retail", "", "", CustomerStatus.ACTIVE, "500000"));
        ScoredAccount poor = ScorecardCalculator.scoreCustomer(card,
                customer(2, "", "Retail", "", "", CustomerStatus.ACTIVE, "499999.99"));

        assertThat(rich.score()).isEqualTo(75);
        assertThat(poor.score()).isZero();
        ScoreExplanations english = new ScoreExplanations(Messages.of(Language.EN));
        assertThat(english.line(rich.lines().getFirst())).isEqualTo("Annual revenue 500,000 is at least 500,000 (+3 of 3)");
        assertThat(english.line(poor.lines().getFirst())).isEqualTo("Annual revenue 499,999.99 is below 500,000 (0 of 3)");
    }

    @Test
    void customersHaveNoDecisionMakerOrChannelAndTheExplanationSaysSo() {
        Scorecard card = Scorecard.withDefaultTiers(List.of(
                Criterion.matching(CriterionKind.INDUSTRY, List.of("Food distribution"), 5),
                Criterion.matching(CriterionKind.DECISION_MAKER, List.of("cfo"), 3),
                Criterion.matching(CriterionKind.CHANNEL, List.of("referral"), 2)));
        ScoredAccount customer = ScorecardCalculator.scoreCustomer(card,
                customer(1, "", "Food distribution", "", "", CustomerStatus.ACTIVE, null));
        ScoredAccount prospect = ScorecardCalculator.scoreProspect(card, 0, new ProspectData("P", "", "Food distribution",
                "", "", Optional.empty(), "cfo", "referral", ""));

        // Only the industry (weight 5) can be judged for a customer: 5 of 5 → 100.
        assertThat(customer.score()).isEqualTo(100);
        assertThat(customer.lines().get(1).outcome()).isEqualTo(Outcome.NOT_RECORDED);
        assertThat(customer.lines().get(1).pointsPossible()).isZero();
        assertThat(prospect.score()).isEqualTo(100);
        assertThat(new ScoreExplanations(Messages.of(Language.EN)).line(customer.lines().get(1)))
                .isEqualTo("Decision maker is not recorded for customer accounts, so it does not count");
        assertThat(new ScoreExplanations(Messages.of(Language.RU)).line(prospect.lines().get(1)))
                .isEqualTo("ЛПР «Финансовый директор» — в списке (+3 из 3)");
    }

    @Test
    void theIcpShareCountsActiveTierACustomersAndTheirRevenue() {
        List<Customer> customers = List.of(
                customer(1, "", "Food distribution", "51-200", "Volga", CustomerStatus.ACTIVE, "600"),
                customer(2, "", "Food distribution", "201-500", "Central", CustomerStatus.ACTIVE, "300"),
                customer(3, "", "Retail", "1-10", "South", CustomerStatus.ACTIVE, "100"),
                customer(4, "", "Food distribution", "51-200", "Volga", CustomerStatus.CHURNED, "900"));

        CustomerScores scores = ScorecardCalculator.scoreCustomers(CARD, customers);

        assertThat(scores.accounts()).extracting(ScoredAccount::tier).containsExactly(Tier.A, Tier.A, Tier.C, Tier.A);
        assertThat(scores.share().activeCustomers()).isEqualTo(3);
        assertThat(scores.share().tierACustomers()).isEqualTo(2);
        assertThat(scores.share().customerSharePercent()).contains(new BigDecimal("66.7"));
        assertThat(scores.share().tierARevenue()).isEqualByComparingTo("900");
        assertThat(scores.share().activeRevenue()).isEqualByComparingTo("1000");
        assertThat(scores.share().revenueSharePercent()).contains(new BigDecimal("90.0"));
        assertThat(new ScoreExplanations(Messages.of(Language.EN)).share(scores.share())).isEqualTo(
                "Active customers: 3, of them tier A: 2 (66.7 %); they bring 900 of 1,000 in annual revenue (90 %).");
    }

    @Test
    void aScorecardWithoutScoringCriteriaScoresZero() {
        ScoredAccount account = ScorecardCalculator.scoreProspect(Scorecard.empty(), 0, prospect("x", "y", "z"));
        assertThat(account.score()).isZero();
        assertThat(account.tier()).isEqualTo(Tier.C);
        assertThat(account.lines()).isEmpty();
    }
}
