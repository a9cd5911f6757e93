package org.icpworkbench.model.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What is known about one customer account (step 1 of the method). Money is in the project's currency;
 * margin is a percentage (e.g. 35.5); cost to serve is an alternative to margin when the margin is unknown.
 */
public record CustomerData(
        String name,
        String segment,
        String industry,
        String sizeBand,
        String region,
        Optional<LocalDate> firstPurchase,
        CustomerStatus status,
        Optional<LocalDate> churnDate,
        Optional<BigDecimal> annualRevenue,
        Optional<BigDecimal> grossMarginPercent,
        Optional<BigDecimal> costToServe,
        Optional<Integer> purchases,
        List<Long> productIds,
        Optional<Integer> nps,
        String notes) {

    public CustomerData {
        productIds = List.copyOf(productIds);
    }
}
