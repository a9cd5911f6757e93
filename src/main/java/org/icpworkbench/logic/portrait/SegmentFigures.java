package org.icpworkbench.logic.portrait;

import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.customer.CustomerMetrics;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.icpworkbench.model.portrait.Evidence;

/** The customer metrics as the rules read them: active customers, the best segment, customer-data evidence. */
final class SegmentFigures {

    private final CustomerMetricsReport metrics;
    private final List<CustomerData> customers;
    private final Messages messages;

    SegmentFigures(CustomerMetricsReport metrics, List<CustomerData> customers, Messages messages) {
        this.metrics = metrics;
        this.customers = customers;
        this.messages = messages;
    }

    CustomerMetricsReport metrics() {
        return metrics;
    }

    List<CustomerData> activeCustomers() {
        return customers.stream().filter(c -> CustomerMetrics.isActive(c, metrics.analysisDate())).toList();
    }

    /** The segment with the highest CLV, if any segment has one. */
    Optional<String> bestSegment() {
        return metrics.segmentsByClv().stream().filter(name -> segment(name).flatMap(SegmentMetrics::clv).isPresent()).findFirst();
    }

    Optional<SegmentMetrics> segment(String name) {
        return metrics.segments().stream().filter(s -> s.segment().equals(name)).findFirst();
    }

    String segmentName(String segment) {
        return segment.isEmpty() ? messages.get("portrait.proposal.noSegment") : segment;
    }

    Evidence customerData(String text) {
        return new Evidence(Evidence.Kind.CUSTOMER_DATA, 0, "", null, "", "", "", metrics.analysisDate(), text, false);
    }
}
