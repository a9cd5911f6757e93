package org.icpworkbench.model.scorecard;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How many true ICP customers the project serves (question 21): active customers in tier A, their share of the
 * active customers and of the active customers' annual revenue. Percentages 0–100 rounded half-up to 1 decimal;
 * empty when there is nothing to divide by.
 */
public record IcpShare(int activeCustomers, int tierACustomers, Optional<BigDecimal> customerSharePercent,
        BigDecimal activeRevenue, BigDecimal tierARevenue, Optional<BigDecimal> revenueSharePercent) {
}
