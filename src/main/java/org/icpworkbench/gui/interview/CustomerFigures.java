package org.icpworkbench.gui.interview;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icpworkbench.logic.i18n.LocaleFormats;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.icpworkbench.model.questionnaire.Question;

/**
 * The step-1 figures shown beside the questions that ask for them: the segments ranked by CLV and by gross margin
 * beside "which customers are the most profitable" (question 19), the customer mix beside "how many ICP customers do we
 * serve" (question 21). Questions are recognised by the characteristic they establish, so a copied questionnaire
 * keeps the figures.
 */
final class CustomerFigures {

    /** Which figures a question asks for. */
    enum Kind {
        RANKING("MOST_PROFITABLE_SEGMENT"),
        MIX("ICP_SHARE");

        private final String characteristic;

        Kind(String characteristic) {
            this.characteristic = characteristic;
        }

        static Optional<Kind> of(Question question) {
            for (Kind kind : values()) {
                if (question.characteristics().contains(kind.characteristic)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** Rows shown per ranking. */
    static final int TOP = 3;

    private final Messages messages;
    private final LocaleFormats formats;

    CustomerFigures(Messages messages) {
        this.messages = messages;
        this.formats = messages.formats();
    }

    String title(CustomerMetricsReport report) {
        return messages.get("runner.customerData.title",
                DateTimeFormatter.ofPattern("d MMM yyyy", messages.language().locale()).format(report.analysisDate()));
    }

    /** The figures as lines of text; the hint to the Customers tab when the project has no customers. */
    String text(Kind kind, CustomerMetricsReport report) {
        if (report.project().customers() == 0) {
            return messages.get("runner.customerData.empty");
        }
        return String.join("\n", kind == Kind.RANKING ? ranking(report) : mix(report));
    }

    private List<String> ranking(CustomerMetricsReport report) {
        Map<String, SegmentMetrics> byName = report.segments().stream()
                .collect(Collectors.toMap(SegmentMetrics::segment, Function.identity()));
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("runner.customerData.byClv"));
        int rank = 0;
        for (String name : report.segmentsByClv()) {
            SegmentMetrics segment = byName.get(name);
            if (segment.clv().isEmpty() || rank == TOP) {
                break;
            }
            rank++;
            lines.add(messages.get(segment.lifetimeCapped() ? "runner.customerData.clvRow.capped" : "runner.customerData.clvRow",
                    rank, nameOf(segment), formats.number(segment.clv().get(), 0)));
        }
        lines.add(messages.get("runner.customerData.byMargin"));
        rank = 0;
        for (String name : report.segmentsByGrossMargin().subList(0, Math.min(TOP, report.segmentsByGrossMargin().size()))) {
            SegmentMetrics segment = byName.get(name);
            rank++;
            lines.add(messages.get("runner.customerData.marginRow", rank, nameOf(segment),
                    formats.number(segment.totalGrossMargin(), 0), segment.averageGrossMarginPercent().map(value -> formats.number(value, 1)).orElse("—")));
        }
        return lines;
    }

    private List<String> mix(CustomerMetricsReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("runner.customerData.mix"));
        report.segments().stream()
                .filter(segment -> segment.activeCustomers() > 0)
                .sorted(Comparator.comparing(SegmentMetrics::activeCustomers).reversed()
                        .thenComparing(SegmentMetrics::totalAnnualRevenue, Comparator.reverseOrder()))
                .forEach(segment -> lines.add(messages.get("runner.customerData.mixRow", nameOf(segment),
                        messages.plural("customers.count", segment.activeCustomers()),
                        segment.revenueSharePercent().map(value -> formats.number(value, 1)).orElse("—"))));
        lines.add(messages.get("runner.customerData.total", messages.plural("customers.count", report.project().activeCustomers()),
                formats.number(report.project().totalAnnualRevenue(), 0)));
        return lines;
    }

    private String nameOf(SegmentMetrics segment) {
        return segment.segment().isBlank() ? messages.get("runner.customerData.noSegment") : segment.segment();
    }
}
