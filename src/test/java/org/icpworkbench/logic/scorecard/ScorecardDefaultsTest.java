package org.icpworkbench.logic.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.logic.customer.CustomerMetrics;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.Scorecard;
import org.junit.jupiter.api.Test;

class ScorecardDefaultsTest {

    @Test
    void characteristicsBecomeWeightedCriteriaAndTheAntiIcpDisqualifiers() {
        Scorecard card = ScorecardDefaults.derive(Map.of(
                        Characteristic.INDUSTRY, List.of("Food distribution", "food  distribution", "Auto parts wholesale"),
                        Characteristic.COMPANY_SIZE, List.of("51-200"),
                        Characteristic.GEOGRAPHY, List.of("Central", "Volga"),
                        Characteristic.DECISION_MAKER, List.of("owner_ceo"),
                        Characteristic.ACQUISITION_CHANNEL, List.of("referral"),
                        Characteristic.WHY_THEY_BUY, List.of("ignored"),
                        Characteristic.LOYALTY, List.of()),
                List.of(new AntiIcpEntry(1, "Small wholesalers cost more than they pay", "negative margin", "Small wholesalers"),
                        new AntiIcpEntry(2, "Anyone who wants on-premise", "", ""),
                        new AntiIcpEntry(3, "Online shops churn within a year", "", "Online shops")),
                Optional.of(new BigDecimal("400000")));

        assertThat(card.tierA()).isEqualTo(80);
        assertThat(card.tierB()).isEqualTo(50);
        assertThat(card.criteria()).extracting(Criterion::kind).containsExactly(CriterionKind.INDUSTRY,
                CriterionKind.SIZE_BAND, CriterionKind.REGION, CriterionKind.DECISION_MAKER, CriterionKind.CHANNEL,
                CriterionKind.MIN_ANNUAL_REVENUE, CriterionKind.SEGMENT, CriterionKind.SEGMENT);
        assertThat(card.criteria()).extracting(Criterion::weight).startsWith(5, 4, 3, 3, 2, 3);
        assertThat(card.criteria().getFirst().values()).containsExactly("Food distribution", "Auto parts wholesale");
        assertThat(card.criteria().get(5).threshold()).contains(new BigDecimal("400000"));
        Criterion wholesalers = card.criteria().get(6);
        assertThat(wholesalers.disqualifier()).isTrue();
        assertThat(wholesalers.values()).containsExactly("Small wholesalers");
        assertThat(wholesalers.reason()).isEqualTo("negative margin");
        assertThat(card.criteria().get(7).reason()).isEqualTo("Online shops churn within a year");
        assertThat(ScorecardService.validate(card)).isEqualTo(card);
    }

    @Test
    void withoutValuesOrRevenueThereAreNoCriteria() {
        Scorecard card = ScorecardDefaults.derive(Map.of(), List.of(), Optional.empty());
        assertThat(card.criteria()).isEmpty();
        assertThat(card.canScore()).isFalse();
    }

    @Test
    void theLowerQuartileIsTheNearestRank() {
        assertThat(ScorecardDefaults.lowerQuartile(List.of())).isEmpty();
        assertThat(ScorecardDefaults.lowerQuartile(List.of(new BigDecimal("10.75")))).contains(new BigDecimal("10"));
        List<BigDecimal> eight = List.of(8, 1, 7, 2, 6, 3, 5, 4).stream().map(BigDecimal::valueOf).toList();
        assertThat(ScorecardDefaults.lowerQuartile(eight)).contains(BigDecimal.valueOf(2));
        List<BigDecimal> five = List.of(50, 10, 40, 20, 30).stream().map(BigDecimal::valueOf).toList();
        assertThat(ScorecardDefaults.lowerQuartile(five)).contains(BigDecimal.valueOf(20));
    }

    @Test
    void fromCustomersTakesTheBestSegmentByClv() {
        List<Customer> customers = List.of(
                customer(1, "Distributors", "Food", "51-200", "Volga", 1_000_000, 60, CustomerStatus.ACTIVE),
                customer(2, "Distributors", "Food", "201-500", "Central", 800_000, 60, CustomerStatus.ACTIVE),
                customer(3, "Distributors", "Auto parts", "51-200", "Volga", 600_000, 60, CustomerStatus.ACTIVE),
                customer(4, "Distributors", "Building", "51-200", "South", 900_000, 60, CustomerStatus.CHURNED),
                customer(5, "Shops", "Retail", "1-10", "South", 50_000, 10, CustomerStatus.ACTIVE));
        var report = CustomerMetrics.compute(customers.stream().map(Customer::data).toList(), LocalDate.of(2026, 6, 30));

        var derived = ScorecardDefaults.fromCustomers(customers, report).orElseThrow();

        assertThat(derived.segment()).isEqualTo("Distributors");
        List<Criterion> criteria = derived.scorecard().criteria();
        assertThat(criteria).extracting(Criterion::kind).containsExactly(CriterionKind.SEGMENT, CriterionKind.INDUSTRY,
                CriterionKind.SIZE_BAND, CriterionKind.REGION, CriterionKind.MIN_ANNUAL_REVENUE);
        assertThat(criteria.get(1).values()).containsExactly("Food", "Auto parts");
        assertThat(criteria.get(2).values()).containsExactly("51-200", "201-500");
        assertThat(criteria.get(3).values()).containsExactly("Volga", "Central");
        assertThat(criteria.get(4).threshold()).contains(new BigDecimal("600000"));
    }

    private static Customer customer(long id, String segment, String industry, String size, String region, long revenue,
            int margin, CustomerStatus status) {
        return new Customer(id, 1, new CustomerData("C" + id, segment, industry, size, region,
                Optional.of(LocalDate.of(2023, 1, 1)), status,
                status == CustomerStatus.CHURNED ? Optional.of(LocalDate.of(2026, 1, 1)) : Optional.empty(),
                Optional.of(BigDecimal.valueOf(revenue)), Optional.of(BigDecimal.valueOf(margin)), Optional.empty(),
                Optional.of(2), List.of(), Optional.empty(), ""));
    }
}
