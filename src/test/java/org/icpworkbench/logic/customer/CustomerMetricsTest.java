package org.icpworkbench.logic.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.junit.jupiter.api.Test;

/**
 * Every expectation below is worked out by hand in the comments. Analysis date D = 2026-06-30, so the churn window
 * is (2025-06-30, 2026-06-30]. Tenure years = days ÷ 365.25; every figure is rounded half-up to 2 decimals.
 */
class CustomerMetricsTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 30);

    private static CustomerData customer(String segment, String first, String churn, Integer revenue, String margin,
            String costToServe, Integer purchases, Integer nps) {
        return new CustomerData("Customer", segment, "", "", "",
                Optional.ofNullable(first).map(LocalDate::parse),
                churn == null ? CustomerStatus.ACTIVE : CustomerStatus.CHURNED,
                Optional.ofNullable(churn).map(LocalDate::parse),
                Optional.ofNullable(revenue).map(BigDecimal::valueOf),
                Optional.ofNullable(margin).map(BigDecimal::new),
                Optional.ofNullable(costToServe).map(BigDecimal::new),
                Optional.ofNullable(purchases),
                List.of(),
                Optional.ofNullable(nps),
                "");
    }

    private static Optional<BigDecimal> dec(String value) {
        return Optional.of(new BigDecimal(value));
    }

    private static final List<CustomerData> SAMPLE = List.of(
            // Enterprise
            customer("Enterprise", "2024-06-30", null, 100_000, "40", null, 5, 10),        // E1
            customer("Enterprise", "2025-06-30", null, 50_000, "20", null, 1, 6),          // E2
            customer("Enterprise", "2023-01-01", "2026-01-15", 80_000, "30", null, 3, 3),  // E3 churned in the window
            customer("Enterprise", "2022-06-30", null, 70_000, "30", null, 2, 9),          // E4
            // SMB
            customer("SMB", "2025-01-01", null, 10_000, null, "7500", 1, 9),               // S1 margin from cost to serve
            customer("SMB", "2024-03-01", null, 20_000, "50", null, 4, null),              // S2
            customer("SMB", "2024-01-01", "2025-03-01", 15_000, "10", null, 2, 0),         // S3 churned before the window
            customer("SMB", null, null, 30_000, "10", null, null, null));                  // S4 no first purchase

    @Test
    void enterpriseSegmentFiguresMatchTheHandCalculation() {
        SegmentMetrics enterprise = CustomerMetrics.compute(SAMPLE, D).segments().get(0);

        assertThat(enterprise.segment()).isEqualTo("Enterprise");
        assertThat(enterprise.customers()).isEqualTo(4);
        // active: E1, E2, E4 (E3 churned)
        assertThat(enterprise.activeCustomers()).isEqualTo(3);
        // 100000 + 50000 + 70000 = 220000
        assertThat(enterprise.totalAnnualRevenue()).isEqualByComparingTo("220000");
        // project active revenue = 220000 + (10000 + 20000 + 30000) = 280000; 220000 / 280000 = 78.5714…%
        assertThat(enterprise.revenueSharePercent()).isEqualTo(dec("78.57"));
        // 220000 / 3 = 73333.333…
        assertThat(enterprise.averageAnnualRevenue()).isEqualTo(dec("73333.33"));
        // (40 + 20 + 30) / 3 = 30
        assertThat(enterprise.averageGrossMarginPercent()).isEqualTo(dec("30.00"));
        // 100000×40% + 50000×20% + 70000×30% = 40000 + 10000 + 21000 = 71000
        assertThat(enterprise.totalGrossMargin()).isEqualByComparingTo("71000");
        // 71000 / 3 = 23666.666…
        assertThat(enterprise.averageAnnualGrossMargin()).isEqualTo(dec("23666.67"));
        // days: E1 2024-06-30→D 730; E2 2025-06-30→D 365; E3 2023-01-01→2026-01-15 1096+14 = 1110;
        // E4 2022-06-30→D 365+366+365+365 = 1461; mean (730+365+1110+1461)/4 = 916.5 days; 916.5/365.25 = 2.509…
        assertThat(enterprise.averageTenureYears()).isEqualTo(dec("2.51"));
        // purchases 5, 1, 3, 2: three of four have 2+ = 75%
        assertThat(enterprise.repeatPurchaseRatePercent()).isEqualTo(dec("75.00"));
        // active on 2025-06-30: E1, E2 (first purchase that very day), E3, E4 = 4; churned in window: E3 = 1; 1/4 = 25%
        assertThat(enterprise.activeAtWindowStart()).isEqualTo(4);
        assertThat(enterprise.churnedInWindow()).isEqualTo(1);
        assertThat(enterprise.annualChurnRatePercent()).isEqualTo(dec("25.00"));
        // active scores 10, 6, 9: promoters 2/3, detractors 1/3 → 66.67% − 33.33% = 33.33
        assertThat(enterprise.npsResponses()).isEqualTo(3);
        assertThat(enterprise.nps()).isEqualTo(dec("33.33"));
        // lifetime 1 / 0.25 = 4 years; CLV = 23666.666… × 4 = 94666.666…
        assertThat(enterprise.expectedLifetimeYears()).isEqualTo(dec("4.00"));
        assertThat(enterprise.lifetimeCapped()).isFalse();
        assertThat(enterprise.clv()).isEqualTo(dec("94666.67"));
    }

    @Test
    void smbSegmentUsesCostToServeCountsUnknownFirstPurchaseAndCapsZeroChurn() {
        SegmentMetrics smb = CustomerMetrics.compute(SAMPLE, D).segments().get(1);

        assertThat(smb.segment()).isEqualTo("SMB");
        // S4 without a first purchase is a known customer
        assertThat(smb.customers()).isEqualTo(4);
        assertThat(smb.activeCustomers()).isEqualTo(3);
        // 10000 + 20000 + 30000 = 60000; share 60000 / 280000 = 21.4285…%
        assertThat(smb.totalAnnualRevenue()).isEqualByComparingTo("60000");
        assertThat(smb.revenueSharePercent()).isEqualTo(dec("21.43"));
        assertThat(smb.averageAnnualRevenue()).isEqualTo(dec("20000.00"));
        // S1 margin = (10000 − 7500) / 10000 = 25%; (25 + 50 + 10) / 3 = 28.333…
        assertThat(smb.averageGrossMarginPercent()).isEqualTo(dec("28.33"));
        // 2500 + 10000 + 3000 = 15500; / 3 = 5166.666…
        assertThat(smb.totalGrossMargin()).isEqualByComparingTo("15500");
        assertThat(smb.averageAnnualGrossMargin()).isEqualTo(dec("5166.67"));
        // days: S1 2025-01-01→D 365+180 = 545; S2 2024-03-01→D 365+365+121 = 851; S3 2024-01-01→2025-03-01 366+59 = 425;
        // S4 has no first purchase: left out. (545+851+425)/3 = 607 days; 607/365.25 = 1.6618…
        assertThat(smb.averageTenureYears()).isEqualTo(dec("1.66"));
        // purchases known for S1 1, S2 4, S3 2: two of three = 66.666…%
        assertThat(smb.repeatPurchaseRatePercent()).isEqualTo(dec("66.67"));
        // active on 2025-06-30: S1, S2, S4 (S3 churned before the window) = 3; none churned in the window → 0%
        assertThat(smb.activeAtWindowStart()).isEqualTo(3);
        assertThat(smb.churnedInWindow()).isZero();
        assertThat(smb.annualChurnRatePercent()).isEqualTo(dec("0.00"));
        // zero churn → lifetime capped at 10 years; CLV = 5166.666… × 10 = 51666.666…
        assertThat(smb.expectedLifetimeYears()).isEqualTo(dec("10.00"));
        assertThat(smb.lifetimeCapped()).isTrue();
        assertThat(smb.clv()).isEqualTo(dec("51666.67"));
        // only S1 (9) among the active has a score: 100% promoters
        assertThat(smb.npsResponses()).isEqualTo(1);
        assertThat(smb.nps()).isEqualTo(dec("100.00"));
    }

    @Test
    void projectFiguresCoverEverySegment() {
        CustomerMetricsReport report = CustomerMetrics.compute(SAMPLE, D);
        SegmentMetrics project = report.project();

        assertThat(project.segment()).isNull();
        assertThat(report.analysisDate()).isEqualTo(D);
        assertThat(project.customers()).isEqualTo(8);
        assertThat(project.activeCustomers()).isEqualTo(6);
        assertThat(project.revenueSharePercent()).isEqualTo(dec("100.00"));
        // 280000 / 6 = 46666.666…
        assertThat(project.averageAnnualRevenue()).isEqualTo(dec("46666.67"));
        // (40 + 20 + 30 + 25 + 50 + 10) / 6 = 175 / 6 = 29.166…
        assertThat(project.averageGrossMarginPercent()).isEqualTo(dec("29.17"));
        // 71000 + 15500 = 86500; / 6 = 14416.666…
        assertThat(project.totalGrossMargin()).isEqualByComparingTo("86500");
        // (3666 + 1821) / 7 = 783.857… days; / 365.25 = 2.1460…
        assertThat(project.averageTenureYears()).isEqualTo(dec("2.15"));
        // 2+ purchases: E1, E3, E4, S2, S3 = 5 of 7 known counts = 71.428…%
        assertThat(project.repeatPurchaseRatePercent()).isEqualTo(dec("71.43"));
        // 1 churned of 4 + 3 = 7 active at the start: 14.285…%
        assertThat(project.annualChurnRatePercent()).isEqualTo(dec("14.29"));
        // lifetime 1 / (1/7) = 7 years; CLV = 86500 / 6 × 7 = 100916.666…
        assertThat(project.expectedLifetimeYears()).isEqualTo(dec("7.00"));
        assertThat(project.lifetimeCapped()).isFalse();
        assertThat(project.clv()).isEqualTo(dec("100916.67"));
        // active scores 10, 6, 9, 9: promoters 3/4 = 75%, detractors 1/4 = 25% → 50
        assertThat(project.nps()).isEqualTo(dec("50.00"));
        assertThat(report.segmentsByClv()).containsExactly("Enterprise", "SMB");
        assertThat(report.segmentsByGrossMargin()).containsExactly("Enterprise", "SMB");
    }

    @Test
    void rankingsByClvAndByGrossMarginCanDiffer() {
        List<CustomerData> customers = List.of(
                // A: two customers since 2020, one churned in the window → churn 1/2 = 50%, lifetime 2 years;
                // active gross margin 100000 × 50% = 50000 (total); CLV = 50000 × 2 = 100000
                customer("A", "2020-01-01", null, 100_000, "50", null, 3, null),
                customer("A", "2020-01-01", "2026-01-01", 100_000, "50", null, 3, null),
                // B: 20000 × 60% = 12000 gross margin, no churn → capped 10 years; CLV = 120000
                customer("B", "2020-01-01", null, 20_000, "60", null, 1, null),
                // C: no revenue → no gross margin (total 0) and no CLV
                customer("C", "2020-01-01", null, null, null, null, 1, null));

        CustomerMetricsReport report = CustomerMetrics.compute(customers, D);

        assertThat(report.segments().get(0).clv()).isEqualTo(dec("100000.00"));
        assertThat(report.segments().get(1).clv()).isEqualTo(dec("120000.00"));
        assertThat(report.segments().get(2).clv()).isEmpty();
        assertThat(report.segments().get(2).totalGrossMargin()).isEqualByComparingTo("0");
        assertThat(report.segmentsByClv()).containsExactly("B", "A", "C");
        assertThat(report.segmentsByGrossMargin()).containsExactly("A", "B", "C");
    }

    @Test
    void noCustomersGiveNoFigures() {
        CustomerMetricsReport report = CustomerMetrics.compute(List.of(), D);
        SegmentMetrics project = report.project();

        assertThat(project.customers()).isZero();
        assertThat(project.activeCustomers()).isZero();
        assertThat(project.totalAnnualRevenue()).isEqualByComparingTo("0");
        assertThat(project.revenueSharePercent()).isEmpty();
        assertThat(project.averageAnnualRevenue()).isEmpty();
        assertThat(project.averageGrossMarginPercent()).isEmpty();
        assertThat(project.averageTenureYears()).isEmpty();
        assertThat(project.repeatPurchaseRatePercent()).isEmpty();
        assertThat(project.annualChurnRatePercent()).isEmpty();
        assertThat(project.nps()).isEmpty();
        assertThat(project.expectedLifetimeYears()).isEmpty();
        assertThat(project.lifetimeCapped()).isFalse();
        assertThat(project.clv()).isEmpty();
        assertThat(report.segments()).isEmpty();
        assertThat(report.segmentsByClv()).isEmpty();
        assertThat(report.segmentsByGrossMargin()).isEmpty();
    }

    @Test
    void npsScoresAreCountedOverActiveCustomersOfTheWholeProject() {
        // Active at D with a score: E1 10, E2 6, E4 9, S1 9 (S2 and S4 have none; E3 and S3 churned, their 3 and 0
        // do not count): one 6, two 9s, one 10; the project NPS (3 promoters − 1 detractor) ÷ 4 = 50.
        CustomerMetricsReport report = CustomerMetrics.compute(SAMPLE, D);

        assertThat(report.npsScoreCounts()).containsExactly(0, 0, 0, 0, 0, 0, 1, 0, 0, 2, 1);
        assertThat(report.project().nps()).isEqualTo(dec("50.00"));
        assertThat(CustomerMetrics.compute(List.of(), D).npsScoreCounts()).hasSize(11).containsOnly(0);
    }

    @Test
    void withoutScoresThereIsNoNps() {
        SegmentMetrics project = CustomerMetrics.compute(List.of(
                customer("", "2025-01-01", null, 1000, "10", null, 1, null),
                // a churned customer's score does not count: NPS is over active customers
                customer("", "2025-01-01", "2025-12-01", 1000, "10", null, 1, 10)), D).project();

        assertThat(project.npsResponses()).isZero();
        assertThat(project.nps()).isEmpty();
    }

    @Test
    void tinyChurnIsCappedAtTenYearsButTenPercentIsNot() {
        // 11 customers active at the start, 1 churned in the window: 1/11 = 9.0909…% → 1/churn = 11 years > 10 → capped.
        // Each active customer: 1000 × 10% = 100 gross margin; CLV = 100 × 10 = 1000
        List<CustomerData> tiny = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tiny.add(customer("", "2020-01-01", null, 1000, "10", null, 1, null));
        }
        tiny.add(customer("", "2020-01-01", "2026-03-01", 1000, "10", null, 1, null));
        SegmentMetrics capped = CustomerMetrics.compute(tiny, D).project();
        assertThat(capped.annualChurnRatePercent()).isEqualTo(dec("9.09"));
        assertThat(capped.expectedLifetimeYears()).isEqualTo(dec("10.00"));
        assertThat(capped.lifetimeCapped()).isTrue();
        assertThat(capped.clv()).isEqualTo(dec("1000.00"));

        // 10 active at the start, 1 churned: exactly 10% → lifetime 10 years, not capped; CLV = 100 × 10 = 1000
        SegmentMetrics exact = CustomerMetrics.compute(tiny.subList(1, 11), D).project();
        assertThat(exact.annualChurnRatePercent()).isEqualTo(dec("10.00"));
        assertThat(exact.expectedLifetimeYears()).isEqualTo(dec("10.00"));
        assertThat(exact.lifetimeCapped()).isFalse();
        assertThat(exact.clv()).isEqualTo(dec("1000.00"));
    }

    @Test
    void customersWhoStartInTheFutureOrChurnAfterTheAnalysisDateAreJudgedAsOfThatDate() {
        SegmentMetrics project = CustomerMetrics.compute(List.of(
                // first purchase after D: not a customer yet, left out everywhere
                customer("", "2026-07-15", null, 5000, "10", null, 1, 10),
                // churned after D: still active on D; active at the start; not churned in the window
                customer("", "2024-06-30", "2026-08-01", 2000, "25", null, 2, 7)), D).project();

        assertThat(project.customers()).isEqualTo(1);
        assertThat(project.activeCustomers()).isEqualTo(1);
        assertThat(project.totalAnnualRevenue()).isEqualByComparingTo("2000");
        // 2024-06-30 → D = 730 days / 365.25 = 1.9986… years
        assertThat(project.averageTenureYears()).isEqualTo(dec("2.00"));
        assertThat(project.churnedInWindow()).isZero();
        assertThat(project.activeAtWindowStart()).isEqualTo(1);
        // a single passive score (7): 0% − 0% = 0
        assertThat(project.nps()).isEqualTo(dec("0.00"));
        // 2000 × 25% = 500 × 10 years (capped, no churn) = 5000
        assertThat(project.clv()).isEqualTo(dec("5000.00"));
    }
}
