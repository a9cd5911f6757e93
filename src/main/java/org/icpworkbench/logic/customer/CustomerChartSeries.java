package org.icpworkbench.logic.customer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.SegmentMetrics;

/**
 * The series of the three step-1 charts (revenue by segment, CLV by segment, NPS score distribution) computed from a
 * metrics report, without texts: the Customers tab and the PDF portrait draw the same bars.
 */
public final class CustomerChartSeries {

    /** How a bar is drawn apart from its height. */
    public enum Mark {
        PLAIN,
        CAPPED,
        DETRACTOR,
        PASSIVE,
        PROMOTER
    }

    /**
     * One bar.
     *
     * @param category the segment's name ("" for customers without a segment) or the NPS score
     * @param share the segment's share of the revenue, for revenue bars
     */
    public record Bar(String category, BigDecimal value, Optional<BigDecimal> share, Mark mark) {
    }

    private CustomerChartSeries() {
    }

    /** Segments with revenue, the largest first. */
    public static List<Bar> revenue(CustomerMetricsReport report) {
        return report.segments().stream()
                .filter(segment -> segment.totalAnnualRevenue().signum() > 0)
                .sorted(Comparator.comparing(SegmentMetrics::totalAnnualRevenue).reversed())
                .map(segment -> new Bar(segment.segment(), segment.totalAnnualRevenue(), segment.revenueSharePercent(), Mark.PLAIN))
                .toList();
    }

    /** Segments with a CLV in the report's CLV ranking; capped lifetimes marked. */
    public static List<Bar> clv(CustomerMetricsReport report) {
        Map<String, SegmentMetrics> byName = report.segments().stream()
                .collect(Collectors.toMap(SegmentMetrics::segment, Function.identity(), (a, b) -> a));
        List<Bar> bars = new ArrayList<>();
        for (String name : report.segmentsByClv()) {
            SegmentMetrics segment = byName.get(name);
            if (segment == null || segment.clv().isEmpty()) {
                continue;
            }
            bars.add(new Bar(segment.segment(), segment.clv().get(), Optional.empty(),
                    segment.lifetimeCapped() ? Mark.CAPPED : Mark.PLAIN));
        }
        return bars;
    }

    /** Eleven bars, scores 0–10, with the number of active customers who gave each. */
    public static List<Bar> nps(CustomerMetricsReport report) {
        List<Bar> bars = new ArrayList<>();
        for (int score = 0; score < CustomerMetricsReport.NPS_SCORES; score++) {
            Mark mark = score <= 6 ? Mark.DETRACTOR : score <= 8 ? Mark.PASSIVE : Mark.PROMOTER;
            bars.add(new Bar(Integer.toString(score), BigDecimal.valueOf(report.npsScoreCounts().get(score)), Optional.empty(), mark));
        }
        return bars;
    }
}
