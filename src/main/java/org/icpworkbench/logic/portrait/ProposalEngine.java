package org.icpworkbench.logic.portrait;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.Coverage;
import org.icpworkbench.model.portrait.Evidence;
import org.icpworkbench.model.portrait.Proposal;
import org.icpworkbench.model.questionnaire.Audience;

/**
 * Proposes a value for every key characteristic from a project's answers, tags and customer metrics, with the
 * evidence behind it and its coverage. A pure function: the same inputs give the same proposals. This class only
 * dispatches each characteristic to its rule and adds coverage; each rule below is a class of its own
 * ({@link FirmographicRule}, {@link StructuredRule} with a {@link FieldRule} per kind of value, {@link TagRule},
 * {@link ProfitableSegmentRule}), and so are the evidence ({@link AnswerEvidence}, {@link CustomerEvidence}).
 *
 * <p>The answers of a characteristic are the answers to questions naming it that say something (answered and not
 * marked "not asked"). Rules:
 * <ul>
 * <li><b>Industry, company size, revenue band, geography</b>: the question 1 firmographics part. Values are grouped
 *     ignoring case and counted once per respondent; shown are up to 3 values with at least 2 respondents, or else
 *     the single most common one (ties: alphabetical), each as "value — n of m respondents". matchValues are those
 *     values (size and revenue bands as their keys). The active customers' distribution of industry, size band and
 *     region, and the most common value in the segment with the highest CLV, are added as customer-data evidence.</li>
 * <li><b>Other structured characteristics</b>: each field of the characteristic's questions (fields of the same key
 *     merged) gives a fragment; the first field with values is the proposal's value, the others follow with their
 *     label. Durations are normalised to days and shown in the unit respondents used most (ties: the larger unit);
 *     durations, numbers, percentages and money (in the most used currency) give "median (min–max), n answers",
 *     the median of an even count being the mean of the two middle values. Choices and texts give the most common
 *     values as firmographics do (matchValues: option keys); catalogue and multiple choices the 5 items named by
 *     most respondents; yes/no "yes: n of m respondents"; a 0–10 scale the NPS (% of 9–10 minus % of 0–6, rounded)
 *     — for loyalty with the active customers' NPS as customer-data evidence.</li>
 * <li><b>Text characteristics</b> (goals, why they buy and stay, decisive features, buying committee, objections,
 *     buying experience, improvement requests, gaps, profit levers), and any characteristic without structured
 *     values: the 5 tags carried by passages of its answers with the most distinct respondents (ties: more passages,
 *     then name), "tag (n respondents)"; without tags "n answers, not yet tagged" (answers with words only).</li>
 * <li><b>Most profitable segment</b>: from the metrics, the segment with the highest CLV and the one with the highest
 *     total gross margin, with the figures; supporting = its active customers, considered = all active customers;
 *     every ranked segment is customer-data evidence. Without a CLV the text rule applies.</li>
 * </ul>
 * {@code supporting} counts the respondents (customers for the segment; answers for medians and NPS) behind the
 * shown items, {@code considered} those who gave a value at all; {@code audiences} are the audiences of the
 * supporting answers. Evidence: starred quotes, then other coded passages of the characteristic's answers, then the
 * answers (supporting ones first, each by date), then customer data. Coverage counts the distinct respondents of the
 * characteristic's audience with an answer, against {@link Characteristic#RESPONDENTS_NEEDED}, and the answers of all
 * audiences.
 */
public final class ProposalEngine {

    private static final Set<Characteristic> TEXT_CHARACTERISTICS = EnumSet.of(Characteristic.GOALS,
            Characteristic.WHY_THEY_BUY, Characteristic.DECISIVE_FEATURES, Characteristic.BUYING_COMMITTEE,
            Characteristic.OBJECTIONS, Characteristic.BUYING_EXPERIENCE, Characteristic.WHY_THEY_STAY,
            Characteristic.IMPROVEMENT_REQUESTS, Characteristic.GAPS, Characteristic.PROFIT_LEVERS);
    private static final Map<Characteristic, String> FIRMOGRAPHIC_PARTS = Map.of(Characteristic.INDUSTRY, "industry",
            Characteristic.COMPANY_SIZE, "sizeBand", Characteristic.REVENUE_BAND, "revenueBand",
            Characteristic.GEOGRAPHY, "region");

    private final ProposalSources sources;
    private final FirmographicRule firmographic;
    private final StructuredRule structured;
    private final TagRule tagged;
    private final ProfitableSegmentRule profitableSegment;
    private final AnswerEvidence answerEvidence;
    private final CustomerEvidence customerEvidence;

    private ProposalEngine(PortraitInputs inputs, CustomerMetricsReport metrics, Messages messages) {
        ProposalTexts texts = new ProposalTexts(messages);
        SegmentFigures figures = new SegmentFigures(metrics, inputs.customers(), messages);
        sources = new ProposalSources(inputs);
        firmographic = new FirmographicRule(texts);
        structured = new StructuredRule(texts, inputs.productNames());
        tagged = new TagRule(sources, texts);
        answerEvidence = new AnswerEvidence(sources, messages);
        customerEvidence = new CustomerEvidence(figures, texts);
        profitableSegment = new ProfitableSegmentRule(figures, texts, answerEvidence);
    }

    /** One proposal per characteristic, in the enum's order. */
    public static List<Proposal> propose(PortraitInputs inputs, CustomerMetricsReport metrics, Messages messages) {
        ProposalEngine engine = new ProposalEngine(inputs, metrics, messages);
        List<Proposal> proposals = new ArrayList<>();
        for (Characteristic characteristic : Characteristic.values()) {
            proposals.add(engine.propose(characteristic, engine.sources.answers(characteristic)));
        }
        return proposals;
    }

    private Proposal propose(Characteristic characteristic, List<GivenAnswer> answers) {
        Coverage coverage = coverage(characteristic, answers);
        List<Evidence> fromCustomers = new ArrayList<>();
        Fragment fragment = null;
        if (characteristic == Characteristic.MOST_PROFITABLE_SEGMENT) {
            Optional<Proposal> segment = profitableSegment.propose(answers, coverage);
            if (segment.isPresent()) {
                return segment.get();
            }
        } else if (FIRMOGRAPHIC_PARTS.containsKey(characteristic)) {
            fragment = firmographic.summarise(FIRMOGRAPHIC_PARTS.get(characteristic), answers);
            fromCustomers.addAll(customerEvidence.distribution(characteristic, answers));
        } else if (!TEXT_CHARACTERISTICS.contains(characteristic)) {
            fragment = structured.summarise(answers);
            if (characteristic == Characteristic.LOYALTY) {
                fromCustomers.addAll(customerEvidence.nps());
            }
        }
        if (fragment == null || fragment.isEmpty()) {
            fragment = tagged.summarise(answers);
        }
        Set<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (GivenAnswer one : answers) {
            if (fragment.supportingAnswers().contains(one.answerId())) {
                audiences.add(one.interview().audience());
            }
        }
        List<Evidence> evidence = new ArrayList<>(answerEvidence.collect(answers, fragment));
        evidence.addAll(fromCustomers);
        return new Proposal(characteristic, fragment.text(), fragment.matchValues(), fragment.supporting(),
                fragment.considered(), audiences, evidence, coverage);
    }

    /** The distinct respondents of the characteristic's audience with an answer, and the answers of all audiences. */
    static Coverage coverage(Characteristic characteristic, List<GivenAnswer> answers) {
        Set<Long> respondents = new HashSet<>();
        for (GivenAnswer one : answers) {
            if (one.interview().audience() == characteristic.audience()) {
                respondents.add(one.respondent());
            }
        }
        return new Coverage(characteristic.audience(), respondents.size(), Characteristic.RESPONDENTS_NEEDED, answers.size());
    }
}
