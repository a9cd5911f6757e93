package org.icpworkbench.logic.portrait;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.icpworkbench.logic.customer.CustomerMetrics;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.Evidence;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.ValueType;

/**
 * Customer data as evidence: the active customers' spread of industry, size band and region with the most common
 * value in the segment with the highest CLV, and the active customers' NPS for loyalty.
 */
record CustomerEvidence(SegmentFigures figures, ProposalTexts texts) {

    /** The active customers' spread of the firmographic value, and its most common value in the best segment. */
    List<Evidence> distribution(Characteristic characteristic, List<GivenAnswer> answers) {
        Function<CustomerData, String> value = switch (characteristic) {
            case INDUSTRY -> CustomerData::industry;
            case COMPANY_SIZE -> CustomerData::sizeBand;
            case GEOGRAPHY -> CustomerData::region;
            default -> null;
        };
        if (value == null) {
            return List.of();
        }
        List<FieldOption> bands = answers.stream().flatMap(one -> one.question().fields().stream())
                .filter(field -> field.type() == ValueType.FIRMOGRAPHICS).findFirst()
                .map(QuestionField::sizeBands).orElse(List.of());
        Function<String, String> label = characteristic == Characteristic.COMPANY_SIZE
                ? key -> texts.optionLabel(bands, key) : key -> key;
        List<CustomerData> active = figures.activeCustomers();
        List<Evidence> evidence = new ArrayList<>();
        List<Map.Entry<String, Integer>> spread = spread(active, value);
        for (Map.Entry<String, Integer> entry : spread.stream().limit(ProposalTexts.MAX_ITEMS).toList()) {
            evidence.add(figures.customerData(texts.messages().get("portrait.proposal.customers.value", label.apply(entry.getKey()),
                    texts.customerShare(entry.getValue(), active.size()))));
        }
        figures.bestSegment().ifPresent(segment -> {
            List<CustomerData> members = active.stream().filter(c -> CustomerMetrics.segmentOf(c).equals(segment)).toList();
            List<Map.Entry<String, Integer>> top = spread(members, value);
            if (!top.isEmpty()) {
                evidence.add(figures.customerData(texts.messages().get("portrait.proposal.customers.bestSegment",
                        figures.segmentName(segment), label.apply(top.getFirst().getKey()),
                        texts.customerShare(top.getFirst().getValue(), members.size()))));
            }
        });
        return evidence;
    }

    /** The active customers' NPS, when any customer has a score. */
    List<Evidence> nps() {
        SegmentMetrics project = figures.metrics().project();
        if (project.nps().isEmpty() || project.npsResponses() == 0) {
            return List.of();
        }
        return List.of(figures.customerData(texts.messages().get("portrait.proposal.customers.nps", texts.signed(project.nps().get()),
                texts.messages().plural("portrait.ofCustomers", project.npsResponses()))));
    }

    private static List<Map.Entry<String, Integer>> spread(List<CustomerData> customers, Function<CustomerData, String> value) {
        Map<String, Integer> counts = new HashMap<>();
        for (CustomerData customer : customers) {
            String text = value.apply(customer);
            if (text != null && !text.isBlank()) {
                counts.merge(text.strip(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).toList();
    }
}
