package org.icpworkbench.logic.portrait;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpworkbench.model.questionnaire.QuestionField;

/** A 0–10 scale: the NPS, % of 9–10 minus % of 0–6, rounded. */
record NpsRule(ProposalTexts texts) implements FieldRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public Fragment summarise(QuestionField field, List<GivenAnswer> answers) {
        int promoters = 0;
        int detractors = 0;
        Set<Long> counted = new HashSet<>();
        Map<Long, String> valueTexts = new HashMap<>();
        for (GivenAnswer one : answers) {
            Optional<BigDecimal> score = FieldValues.decimal(one.values().get(field.key()));
            if (score.isEmpty()) {
                continue;
            }
            int value = score.get().intValue();
            promoters += value >= 9 ? 1 : 0;
            detractors += value <= 6 ? 1 : 0;
            counted.add(one.answerId());
            valueTexts.put(one.answerId(), texts.format(score.get(), 0));
        }
        if (counted.isEmpty()) {
            return Fragment.empty();
        }
        BigDecimal nps = BigDecimal.valueOf(promoters - detractors).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(counted.size()), 0, RoundingMode.HALF_UP);
        return new Fragment(texts.messages().get("portrait.proposal.nps", texts.signed(nps),
                texts.messages().plural("portrait.answers", counted.size())), List.of(), counted.size(), counted.size(),
                counted, valueTexts);
    }
}
