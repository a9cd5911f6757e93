package org.icpworkbench.logic.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.Scorecard;

/**
 * A first scorecard for a project that has none: from the decided (or proposed) characteristics' match values and
 * the anti-ICP, or — when the portrait is not decided yet — from the customers' best segment by CLV.
 */
public final class ScorecardDefaults {

    /** The weights the issue asks for, in the order the criteria are listed. */
    public static final int SEGMENT_WEIGHT = 5;
    public static final int INDUSTRY_WEIGHT = 5;
    public static final int SIZE_BAND_WEIGHT = 4;
    public static final int REGION_WEIGHT = 3;
    public static final int DECISION_MAKER_WEIGHT = 3;
    public static final int CHANNEL_WEIGHT = 2;
    public static final int REVENUE_WEIGHT = 3;

    private static final Map<Characteristic, CriterionKind> KINDS = new LinkedHashMap<>();
    private static final Map<CriterionKind, Integer> WEIGHTS = Map.of(
            CriterionKind.SEGMENT, SEGMENT_WEIGHT, CriterionKind.INDUSTRY, INDUSTRY_WEIGHT,
            CriterionKind.SIZE_BAND, SIZE_BAND_WEIGHT, CriterionKind.REGION, REGION_WEIGHT,
            CriterionKind.DECISION_MAKER, DECISION_MAKER_WEIGHT, CriterionKind.CHANNEL, CHANNEL_WEIGHT);

    static {
        KINDS.put(Characteristic.MOST_PROFITABLE_SEGMENT, CriterionKind.SEGMENT);
        KINDS.put(Characteristic.INDUSTRY, CriterionKind.INDUSTRY);
        KINDS.put(Characteristic.COMPANY_SIZE, CriterionKind.SIZE_BAND);
        KINDS.put(Characteristic.GEOGRAPHY, CriterionKind.REGION);
        KINDS.put(Characteristic.DECISION_MAKER, CriterionKind.DECISION_MAKER);
        KINDS.put(Characteristic.ACQUISITION_CHANNEL, CriterionKind.CHANNEL);
    }

    /** A scorecard built from a project's customers, and the segment it was built around. */
    public record FromCustomers(Scorecard scorecard, String segment) {
    }

    private ScorecardDefaults() {
    }

    /** The criterion kind a characteristic's match values feed, if any. */
    public static Optional<CriterionKind> kindOf(Characteristic characteristic) {
        return Optional.ofNullable(KINDS.get(characteristic));
    }

    /**
     * Criteria from the characteristics' match values — segment (weight 5, from the most profitable segment),
     * industry 5, size band 4, region 3, decision maker 3, channel 2, and a minimum annual revenue of weight 3 when
     * {@code minAnnualRevenue} is given — then a segment disqualifier for each anti-ICP entry that names a segment
     * (its reason, else its statement, is the criterion's reason). Characteristics without values give no criterion.
     */
    public static Scorecard derive(Map<Characteristic, List<String>> matchValues, List<AntiIcpEntry> antiIcp,
            Optional<BigDecimal> minAnnualRevenue) {
        List<Criterion> criteria = new ArrayList<>();
        for (Map.Entry<Characteristic, CriterionKind> entry : KINDS.entrySet()) {
            List<String> values = distinct(matchValues.getOrDefault(entry.getKey(), List.of()));
            if (!values.isEmpty()) {
                criteria.add(Criterion.matching(entry.getValue(), values, WEIGHTS.get(entry.getValue())));
            }
        }
        minAnnualRevenue.filter(amount -> amount.signum() >= 0)
                .ifPresent(amount -> criteria.add(Criterion.atLeast(CriterionKind.MIN_ANNUAL_REVENUE, amount, REVENUE_WEIGHT)));
        List<String> excluded = new ArrayList<>();
        for (AntiIcpEntry entry : antiIcp) {
            String segment = entry.segment() == null ? "" : entry.segment().strip();
            String key = ScorecardCalculator.normalize(segment);
            if (key.isEmpty() || excluded.contains(key)) {
                continue;
            }
            excluded.add(key);
            String reason = entry.reason() == null || entry.reason().isBlank() ? entry.statement() : entry.reason();
            criteria.add(Criterion.disqualifying(CriterionKind.SEGMENT, List.of(segment), reason == null ? "" : reason.strip()));
        }
        return Scorecard.withDefaultTiers(criteria);
    }

    /**
     * A scorecard around the customers' best segment by CLV: that segment (weight 5), the industries (5), size bands
     * (4) and regions (3) of its active customers, most frequent first, and a minimum annual revenue (3) at the lower
     * quartile of their revenues. Empty when no named segment has a CLV.
     */
    public static Optional<FromCustomers> fromCustomers(List<Customer> customers, CustomerMetricsReport report) {
        Optional<String> best = bestSegment(report).map(SegmentMetrics::segment);
        if (best.isEmpty()) {
            return Optional.empty();
        }
        String segment = best.get();
        List<CustomerData> members = customers.stream().map(Customer::data)
                .filter(data -> data.status() == CustomerStatus.ACTIVE && segment.equals(data.segment())).toList();
        List<Criterion> criteria = new ArrayList<>();
        criteria.add(Criterion.matching(CriterionKind.SEGMENT, List.of(segment), SEGMENT_WEIGHT));
        addByFrequency(criteria, members, CustomerData::industry, CriterionKind.INDUSTRY, INDUSTRY_WEIGHT);
        addByFrequency(criteria, members, CustomerData::sizeBand, CriterionKind.SIZE_BAND, SIZE_BAND_WEIGHT);
        addByFrequency(criteria, members, CustomerData::region, CriterionKind.REGION, REGION_WEIGHT);
        lowerQuartile(members.stream().flatMap(data -> data.annualRevenue().stream()).toList())
                .ifPresent(amount -> criteria.add(Criterion.atLeast(CriterionKind.MIN_ANNUAL_REVENUE, amount, REVENUE_WEIGHT)));
        return Optional.of(new FromCustomers(Scorecard.withDefaultTiers(criteria), segment));
    }

    /** The segment metrics of the best segment by CLV, if one has a CLV (for callers showing why it was chosen). */
    public static Optional<SegmentMetrics> bestSegment(CustomerMetricsReport report) {
        return report.segmentsByClv().stream().filter(name -> !name.isBlank())
                .flatMap(name -> report.segments().stream().filter(s -> name.equals(s.segment()) && s.clv().isPresent()))
                .findFirst();
    }

    /**
     * The 25th percentile of the amounts by the nearest-rank method (the smallest amount with at least a quarter of
     * the amounts at or below it), rounded down to whole units; empty for no amounts.
     */
    public static Optional<BigDecimal> lowerQuartile(List<BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = amounts.stream().sorted().toList();
        int rank = (int) Math.ceil(sorted.size() / 4.0);
        return Optional.of(sorted.get(Math.max(rank, 1) - 1).setScale(0, RoundingMode.FLOOR));
    }

    private static void addByFrequency(List<Criterion> criteria, List<CustomerData> members,
            Function<CustomerData, String> value, CriterionKind kind, int weight) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> shown = new LinkedHashMap<>();
        for (CustomerData data : members) {
            String text = value.apply(data) == null ? "" : value.apply(data).strip();
            String key = ScorecardCalculator.normalize(text);
            if (!key.isEmpty()) {
                counts.merge(key, 1, Integer::sum);
                shown.putIfAbsent(key, text);
            }
        }
        if (counts.isEmpty()) {
            return;
        }
        List<String> values = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .map(entry -> shown.get(entry.getKey())).toList();
        criteria.add(Criterion.matching(kind, values, weight));
    }

    private static List<String> distinct(List<String> values) {
        List<String> result = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String value : values) {
            String key = ScorecardCalculator.normalize(value);
            if (!key.isEmpty() && !keys.contains(key)) {
                keys.add(key);
                result.add(value.strip());
            }
        }
        return List.copyOf(result);
    }
}
