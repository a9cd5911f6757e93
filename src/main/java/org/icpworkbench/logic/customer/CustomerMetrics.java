package org.icpworkbench.logic.customer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.customer.SegmentMetrics;

/**
 * Step-1 value metrics of a project's customers, per project and per segment, as of an analysis date {@code D}.
 * A pure calculation: no database, no clock.
 *
 * <p>Populations:
 * <ul>
 * <li><b>known</b> customer: first purchase on or before {@code D}, or unknown (a customer in the list is assumed
 *     to have bought before the analysis date);</li>
 * <li><b>churned by</b> a date: status CHURNED and a churn date on or before it (a CHURNED customer without a churn
 *     date counts as churned at any date, but is left out of the churn window and of tenure, whose ends are
 *     unknown);</li>
 * <li><b>active</b>: known and not churned by {@code D}.</li>
 * </ul>
 * Definitions:
 * <ul>
 * <li>revenue share = the segment's annual revenue of active customers ÷ the project's, × 100;</li>
 * <li>average annual revenue: mean over active customers with a revenue;</li>
 * <li>gross margin % of a customer: its margin, or else (revenue − cost to serve) ÷ revenue × 100 when both are
 *     known and revenue is positive; average gross margin %: simple mean over active customers with one;</li>
 * <li>annual gross margin of a customer = annual revenue × gross margin % ÷ 100; total gross margin: sum over the
 *     active customers;</li>
 * <li>tenure = first purchase → churn date (churned by {@code D}) or {@code D}, in days ÷ 365.25, averaged over
 *     known customers with a first purchase;</li>
 * <li>repeat-purchase rate = known customers with 2+ purchases ÷ known customers with a purchase count, × 100;</li>
 * <li>annual churn rate = customers with a churn date in ({@code D} − 1 year, {@code D}] ÷ customers active at
 *     {@code D} − 1 year, × 100;</li>
 * <li>NPS = % of scores 9–10 − % of scores 0–6, over active customers with a score; the report also counts the
 *     project's active customers per score;</li>
 * <li>CLV = mean annual gross margin per active customer (with revenue and margin) × expected lifetime, where
 *     expected lifetime = 1 ÷ annual churn rate in years, capped at {@value #MAX_LIFETIME_YEARS} years (and flagged)
 *     when churn is zero or below 1 ÷ {@value #MAX_LIFETIME_YEARS}.</li>
 * </ul>
 * Rounding: every intermediate value is exact or computed with {@link MathContext#DECIMAL128}; only the reported
 * figures are rounded, half-up to 2 decimals.
 */
public final class CustomerMetrics {

    public static final int MAX_LIFETIME_YEARS = 10;
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");
    private static final BigDecimal CAP = BigDecimal.valueOf(MAX_LIFETIME_YEARS);

    private CustomerMetrics() {
    }

    public static CustomerMetricsReport compute(List<CustomerData> customers, LocalDate analysisDate) {
        BigDecimal projectRevenue = totalRevenue(customers, analysisDate);
        SegmentMetrics project = metrics(null, customers, analysisDate, projectRevenue);
        Map<String, List<CustomerData>> bySegment = new TreeMap<>();
        for (CustomerData customer : customers) {
            bySegment.computeIfAbsent(segmentOf(customer), key -> new ArrayList<>()).add(customer);
        }
        List<SegmentMetrics> segments = bySegment.entrySet().stream()
                .map(entry -> metrics(entry.getKey(), entry.getValue(), analysisDate, projectRevenue))
                .toList();
        List<String> byClv = segments.stream()
                .sorted(Comparator.comparing((SegmentMetrics s) -> s.clv().isEmpty())
                        .thenComparing(s -> s.clv().orElse(BigDecimal.ZERO), Comparator.reverseOrder())
                        .thenComparing(SegmentMetrics::segment))
                .map(SegmentMetrics::segment).toList();
        List<String> byMargin = segments.stream()
                .sorted(Comparator.comparing(SegmentMetrics::totalGrossMargin, Comparator.reverseOrder())
                        .thenComparing(SegmentMetrics::segment))
                .map(SegmentMetrics::segment).toList();
        Integer[] scores = new Integer[CustomerMetricsReport.NPS_SCORES];
        Arrays.fill(scores, 0);
        customers.stream().filter(c -> isActive(c, analysisDate)).flatMap(c -> c.nps().stream())
                .filter(score -> score >= 0 && score < scores.length).forEach(score -> scores[score]++);
        return new CustomerMetricsReport(analysisDate, project, segments, byClv, byMargin, List.of(scores));
    }

    /** The segment a customer is counted in: its trimmed segment, {@code ""} when it has none. */
    public static String segmentOf(CustomerData customer) {
        return customer.segment() == null ? "" : customer.segment().strip();
    }

    /** Whether the customer is active as of the date (see the class description). */
    public static boolean isActive(CustomerData customer, LocalDate date) {
        return isKnown(customer, date) && !isChurnedBy(customer, date);
    }

    /** The customer's gross margin %, given or derived from the cost to serve. */
    public static Optional<BigDecimal> grossMarginPercent(CustomerData customer) {
        if (customer.grossMarginPercent().isPresent()) {
            return customer.grossMarginPercent();
        }
        if (customer.costToServe().isPresent() && customer.annualRevenue().isPresent()
                && customer.annualRevenue().get().signum() > 0) {
            BigDecimal revenue = customer.annualRevenue().get();
            return Optional.of(revenue.subtract(customer.costToServe().get()).multiply(HUNDRED).divide(revenue, MC));
        }
        return Optional.empty();
    }

    /** Annual revenue × gross margin % ÷ 100, when both are known. */
    public static Optional<BigDecimal> annualGrossMargin(CustomerData customer) {
        Optional<BigDecimal> margin = grossMarginPercent(customer);
        if (margin.isEmpty() || customer.annualRevenue().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(customer.annualRevenue().get().multiply(margin.get()).divide(HUNDRED, MC));
    }

    private static SegmentMetrics metrics(String segment, List<CustomerData> all, LocalDate date, BigDecimal projectRevenue) {
        List<CustomerData> known = all.stream().filter(c -> isKnown(c, date)).toList();
        List<CustomerData> active = known.stream().filter(c -> !isChurnedBy(c, date)).toList();

        BigDecimal revenue = totalRevenue(active, date);
        Optional<BigDecimal> share = projectRevenue.signum() == 0
                ? Optional.empty() : Optional.of(revenue.multiply(HUNDRED).divide(projectRevenue, MC));
        Optional<BigDecimal> averageRevenue = mean(active.stream().flatMap(c -> c.annualRevenue().stream()).toList());
        Optional<BigDecimal> averageMargin = mean(active.stream().flatMap(c -> grossMarginPercent(c).stream()).toList());
        List<BigDecimal> grossMargins = active.stream().flatMap(c -> annualGrossMargin(c).stream()).toList();
        BigDecimal totalGrossMargin = grossMargins.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<BigDecimal> averageGrossMargin = mean(grossMargins);

        List<BigDecimal> tenures = new ArrayList<>();
        for (CustomerData customer : known) {
            if (customer.firstPurchase().isEmpty()) {
                continue;
            }
            LocalDate end = date;
            if (isChurnedBy(customer, date)) {
                if (customer.churnDate().isEmpty()) {
                    continue;
                }
                end = customer.churnDate().get();
            }
            long days = ChronoUnit.DAYS.between(customer.firstPurchase().get(), end);
            tenures.add(BigDecimal.valueOf(days).divide(DAYS_PER_YEAR, MC));
        }
        Optional<BigDecimal> tenure = mean(tenures);

        Optional<BigDecimal> repeatRate = percentOf(known, c -> c.purchases().isPresent(), c -> c.purchases().get() >= 2);

        LocalDate windowStart = date.minusYears(1);
        int churnedInWindow = (int) known.stream().filter(c -> c.status() == CustomerStatus.CHURNED && c.churnDate().isPresent()
                && c.churnDate().get().isAfter(windowStart) && !c.churnDate().get().isAfter(date)).count();
        int activeAtStart = (int) all.stream().filter(c -> isActive(c, windowStart)).count();
        Optional<BigDecimal> churn = activeAtStart == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(churnedInWindow).divide(BigDecimal.valueOf(activeAtStart), MC));

        List<Integer> scores = active.stream().flatMap(c -> c.nps().stream()).toList();
        Optional<BigDecimal> nps = Optional.empty();
        if (!scores.isEmpty()) {
            long promoters = scores.stream().filter(score -> score >= 9).count();
            long detractors = scores.stream().filter(score -> score <= 6).count();
            nps = Optional.of(BigDecimal.valueOf(promoters - detractors).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(scores.size()), MC));
        }

        Optional<BigDecimal> lifetime = Optional.empty();
        boolean capped = false;
        if (churn.isPresent()) {
            BigDecimal rate = churn.get();
            if (rate.signum() == 0 || BigDecimal.ONE.divide(rate, MC).compareTo(CAP) > 0) {
                lifetime = Optional.of(CAP);
                capped = true;
            } else {
                lifetime = Optional.of(BigDecimal.ONE.divide(rate, MC));
            }
        }
        Optional<BigDecimal> clv = averageGrossMargin.isPresent() && lifetime.isPresent()
                ? Optional.of(averageGrossMargin.get().multiply(lifetime.get(), MC)) : Optional.empty();

        return new SegmentMetrics(
                segment,
                known.size(),
                active.size(),
                round(revenue),
                share.map(CustomerMetrics::round),
                averageRevenue.map(CustomerMetrics::round),
                averageMargin.map(CustomerMetrics::round),
                round(totalGrossMargin),
                tenure.map(CustomerMetrics::round),
                repeatRate.map(CustomerMetrics::round),
                churnedInWindow,
                activeAtStart,
                churn.map(rate -> round(rate.multiply(HUNDRED))),
                scores.size(),
                nps.map(CustomerMetrics::round),
                averageGrossMargin.map(CustomerMetrics::round),
                lifetime.map(CustomerMetrics::round),
                capped,
                clv.map(CustomerMetrics::round));
    }

    private static boolean isKnown(CustomerData customer, LocalDate date) {
        return customer.firstPurchase().map(first -> !first.isAfter(date)).orElse(true);
    }

    private static boolean isChurnedBy(CustomerData customer, LocalDate date) {
        return customer.status() == CustomerStatus.CHURNED
                && customer.churnDate().map(churned -> !churned.isAfter(date)).orElse(true);
    }

    private static BigDecimal totalRevenue(List<CustomerData> customers, LocalDate date) {
        return customers.stream().filter(c -> isActive(c, date)).flatMap(c -> c.annualRevenue().stream())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Optional<BigDecimal> mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), MC));
    }

    private static Optional<BigDecimal> percentOf(List<CustomerData> customers, Predicate<CustomerData> counted,
            Predicate<CustomerData> matching) {
        List<CustomerData> base = customers.stream().filter(counted).toList();
        if (base.isEmpty()) {
            return Optional.empty();
        }
        long hits = base.stream().filter(matching).count();
        return Optional.of(BigDecimal.valueOf(hits).multiply(HUNDRED).divide(BigDecimal.valueOf(base.size()), MC));
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
