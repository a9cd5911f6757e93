package org.icpworkbench.model.customer;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Step-1 figures for one segment, or for the whole project, as of an analysis date. A figure that cannot be
 * computed (no customers, no values, nobody active at the start of the churn window) is empty. Money is in the
 * project's currency rounded to 2 decimals; percentages are 0–100 rounded to 2 decimals; years to 2 decimals;
 * every rounding is half-up and happens only on the final figure.
 *
 * @param segment             the segment's name; {@code ""} for customers without a segment; {@code null} for the
 *                            whole project
 * @param customers           customers known by the analysis date (first purchase not after it, or unknown)
 * @param activeCustomers     of those, not churned by the analysis date
 * @param churnedInWindow     customers whose churn date lies in the 12 months before the analysis date
 * @param activeAtWindowStart customers active at the start of those 12 months
 * @param npsResponses        active customers with an NPS score
 * @param lifetimeCapped      whether the expected lifetime was capped at 10 years (zero or tiny churn)
 */
public record SegmentMetrics(
        String segment,
        int customers,
        int activeCustomers,
        BigDecimal totalAnnualRevenue,
        Optional<BigDecimal> revenueSharePercent,
        Optional<BigDecimal> averageAnnualRevenue,
        Optional<BigDecimal> averageGrossMarginPercent,
        BigDecimal totalGrossMargin,
        Optional<BigDecimal> averageTenureYears,
        Optional<BigDecimal> repeatPurchaseRatePercent,
        int churnedInWindow,
        int activeAtWindowStart,
        Optional<BigDecimal> annualChurnRatePercent,
        int npsResponses,
        Optional<BigDecimal> nps,
        Optional<BigDecimal> averageAnnualGrossMargin,
        Optional<BigDecimal> expectedLifetimeYears,
        boolean lifetimeCapped,
        Optional<BigDecimal> clv) {
}
