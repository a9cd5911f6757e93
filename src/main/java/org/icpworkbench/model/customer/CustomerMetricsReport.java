package org.icpworkbench.model.customer;

import java.time.LocalDate;
import java.util.List;

/**
 * Step-1 figures of a project as of an analysis date: the project as a whole, each segment (by name), and the
 * segments' names ranked by CLV and by total gross margin (highest first; segments without a CLV last; ties by name),
 * and how many active customers gave each NPS score ({@code npsScoreCounts.get(s)} for score s, 0–10).
 */
public record CustomerMetricsReport(
        LocalDate analysisDate,
        SegmentMetrics project,
        List<SegmentMetrics> segments,
        List<String> segmentsByClv,
        List<String> segmentsByGrossMargin,
        List<Integer> npsScoreCounts) {

    public static final int NPS_SCORES = 11;

    public CustomerMetricsReport {
        if (npsScoreCounts.size() != NPS_SCORES) {
            throw new IllegalArgumentException("One count per NPS score 0–10 expected, got " + npsScoreCounts.size());
        }
        npsScoreCounts = List.copyOf(npsScoreCounts);
        segments = List.copyOf(segments);
        segmentsByClv = List.copyOf(segmentsByClv);
        segmentsByGrossMargin = List.copyOf(segmentsByGrossMargin);
    }
}
