package org.icpworkbench.logic.portrait;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.Coverage;
import org.icpworkbench.model.portrait.Evidence;
import org.icpworkbench.model.portrait.Proposal;

/**
 * The most profitable segment, from the metrics: the segment with the highest CLV and the one with the highest total
 * gross margin, with the figures; supporting = its active customers, considered = all active customers; every ranked
 * segment is customer-data evidence. Empty without a CLV (the text rule applies then).
 */
record ProfitableSegmentRule(SegmentFigures figures, ProposalTexts texts, AnswerEvidence answerEvidence) {

    Optional<Proposal> propose(List<GivenAnswer> answers, Coverage coverage) {
        Optional<String> byClv = figures.bestSegment();
        if (byClv.isEmpty()) {
            return Optional.empty();
        }
        SegmentMetrics clv = figures.segment(byClv.get()).orElseThrow();
        SegmentMetrics margin = figures.metrics().segmentsByGrossMargin().stream().map(figures::segment)
                .flatMap(Optional::stream).findFirst().orElse(clv);
        String text = clv.segment().equals(margin.segment())
                ? texts.messages().get("portrait.proposal.segment.both", figures.segmentName(clv.segment()), texts.money(clv.clv()),
                        texts.money(Optional.of(clv.totalGrossMargin())))
                : texts.messages().get("portrait.proposal.segment.split", figures.segmentName(clv.segment()), texts.money(clv.clv()),
                        figures.segmentName(margin.segment()), texts.money(Optional.of(margin.totalGrossMargin())));
        List<String> matchValues = new ArrayList<>(List.of(clv.segment()));
        if (!margin.segment().equals(clv.segment())) {
            matchValues.add(margin.segment());
        }
        matchValues.removeIf(String::isEmpty);
        List<Evidence> evidence = new ArrayList<>(answerEvidence.collect(answers, Fragment.empty()));
        for (String name : figures.metrics().segmentsByClv()) {
            figures.segment(name).ifPresent(s -> evidence.add(figures.customerData(texts.messages().get(
                    "portrait.proposal.customers.segment", figures.segmentName(s.segment()), texts.money(s.clv()),
                    texts.money(Optional.of(s.totalGrossMargin())),
                    texts.messages().plural("portrait.activeCustomers", s.activeCustomers())))));
        }
        return Optional.of(new Proposal(Characteristic.MOST_PROFITABLE_SEGMENT, text, matchValues, clv.activeCustomers(),
                figures.metrics().project().activeCustomers(), Set.of(), evidence, coverage));
    }
}
