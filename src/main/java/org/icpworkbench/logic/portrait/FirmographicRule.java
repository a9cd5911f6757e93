package org.icpworkbench.logic.portrait;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.ValueType;

/**
 * Industry, company size, revenue band, geography: one part of the question 1 firmographics, its values grouped
 * (industry and region ignoring case, the bands by key) and counted once per respondent; the most common are shown.
 */
record FirmographicRule(ProposalTexts texts) {

    /** {@code part}: industry, sizeBand, revenueBand or region. */
    Fragment summarise(String part, List<GivenAnswer> answers) {
        Tally tally = new Tally();
        Set<Long> considered = new HashSet<>();
        Map<Long, String> valueTexts = new HashMap<>();
        for (GivenAnswer one : answers) {
            for (QuestionField field : one.question().fields()) {
                if (field.type() != ValueType.FIRMOGRAPHICS || !(one.values().get(field.key()) instanceof Map<?, ?> map)) {
                    continue;
                }
                String raw = map.get(part) instanceof String text ? text.strip() : "";
                if (raw.isEmpty()) {
                    continue;
                }
                String label = switch (part) {
                    case "sizeBand" -> texts.optionLabel(field.sizeBands(), raw);
                    case "revenueBand" -> texts.optionLabel(field.revenueBands(), raw);
                    default -> raw;
                };
                boolean keyed = !part.equals("industry") && !part.equals("region");
                tally.count(keyed ? raw : raw.toLowerCase(Locale.ROOT), label, raw, one);
                considered.add(one.respondent());
                valueTexts.put(one.answerId(), label);
            }
        }
        return texts.mostCommon(tally, considered.size(), valueTexts);
    }
}
