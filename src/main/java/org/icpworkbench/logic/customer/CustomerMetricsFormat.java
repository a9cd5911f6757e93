package org.icpworkbench.logic.customer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.icpworkbench.logic.common.SafeCsv;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.SegmentMetrics;

/** The customer metrics as JSON or CSV for scripts: the whole project first, then each segment. */
public final class CustomerMetricsFormat {

    private static final List<String> COLUMNS = List.of("segment", "customers", "activeCustomers", "totalAnnualRevenue",
            "revenueSharePercent", "averageAnnualRevenue", "averageGrossMarginPercent", "totalGrossMargin",
            "averageTenureYears", "repeatPurchaseRatePercent", "annualChurnRatePercent", "npsResponses", "nps",
            "averageAnnualGrossMargin", "expectedLifetimeYears", "lifetimeCapped", "clv");

    /** The segment cell of the row that covers the whole project. */
    public static final String ALL_SEGMENTS = "(all)";

    private CustomerMetricsFormat() {
    }

    public static String json(CustomerMetricsReport report) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("analysisDate", report.analysisDate().toString());
        root.set("project", node(mapper, report.project()));
        ArrayNode segments = root.putArray("segments");
        report.segments().forEach(segment -> segments.add(node(mapper, segment)));
        root.set("segmentsByClv", mapper.valueToTree(report.segmentsByClv()));
        root.set("segmentsByGrossMargin", mapper.valueToTree(report.segmentsByGrossMargin()));
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row per segment, the whole project first (segment "(all)"); empty cells where a figure cannot be computed. */
    public static String csv(CustomerMetricsReport report) {
        return SafeCsv.text(CSVFormat.DEFAULT, csv -> {
            csv.printRecord(COLUMNS);
            List<Object> whole = cells(report.project());
            whole.set(0, ALL_SEGMENTS);
            csv.printRecord(whole);
            for (SegmentMetrics segment : report.segments()) {
                csv.printRecord(cells(segment));
            }
        });
    }

    private static ObjectNode node(ObjectMapper mapper, SegmentMetrics s) {
        ObjectNode node = mapper.createObjectNode();
        List<Object> values = values(s);
        for (int i = 0; i < COLUMNS.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                node.putNull(COLUMNS.get(i));
            } else if (value instanceof BigDecimal number) {
                node.put(COLUMNS.get(i), number);
            } else if (value instanceof Integer number) {
                node.put(COLUMNS.get(i), number);
            } else if (value instanceof Boolean flag) {
                node.put(COLUMNS.get(i), flag);
            } else {
                node.put(COLUMNS.get(i), value.toString());
            }
        }
        return node;
    }

    private static List<Object> cells(SegmentMetrics s) {
        List<Object> cells = new ArrayList<>();
        for (Object value : values(s)) {
            cells.add(value == null ? "" : value instanceof BigDecimal number ? number.toPlainString() : value);
        }
        return cells;
    }

    private static List<Object> values(SegmentMetrics s) {
        List<Object> values = new ArrayList<>();
        values.add(s.segment());
        values.add(s.customers());
        values.add(s.activeCustomers());
        values.add(s.totalAnnualRevenue());
        values.add(orNull(s.revenueSharePercent()));
        values.add(orNull(s.averageAnnualRevenue()));
        values.add(orNull(s.averageGrossMarginPercent()));
        values.add(s.totalGrossMargin());
        values.add(orNull(s.averageTenureYears()));
        values.add(orNull(s.repeatPurchaseRatePercent()));
        values.add(orNull(s.annualChurnRatePercent()));
        values.add(s.npsResponses());
        values.add(orNull(s.nps()));
        values.add(orNull(s.averageAnnualGrossMargin()));
        values.add(orNull(s.expectedLifetimeYears()));
        values.add(s.lifetimeCapped());
        values.add(orNull(s.clv()));
        return values;
    }

    private static BigDecimal orNull(Optional<BigDecimal> value) {
        return value.orElse(null);
    }
}
