package org.icpworkbench.model.customer;

import java.time.LocalDate;
import java.util.List;

/**
 * Step-1 figures of a project as of an analysis date: the project as a whole, each segment (by name), and the
 * segments' names ranked by CLV and by total gross margin (highest first; segments without a CLV last; ties by name).
 */
public record CustomerMetricsReport(
        LocalDate analysisDate,
        SegmentMetrics project,
        List<SegmentMetrics> segments,
        List<String> segmentsByClv,
        List<String> segmentsByGrossMargin) {

    public CustomerMetricsReport {
        segments = List.copyOf(segments);
        segmentsByClv = List.copyOf(segmentsByClv);
        segmentsByGrossMargin = List.copyOf(segmentsByGrossMargin);
    }
}
