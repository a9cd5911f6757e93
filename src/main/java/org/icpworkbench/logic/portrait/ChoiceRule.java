package org.icpworkbench.logic.portrait;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.ValueType;

/** A choice or a short text: the most common values (choices by option key, texts ignoring case). */
record ChoiceRule(ProposalTexts texts) implements FieldRule {

    @Override
    public Fragment summarise(QuestionField field, List<GivenAnswer> answers) {
        Tally tally = new Tally();
        Set<Long> considered = new HashSet<>();
        Map<Long, String> valueTexts = new HashMap<>();
        boolean choice = field.type() == ValueType.CHOICE;
        for (GivenAnswer one : answers) {
            String raw = String.valueOf(one.values().get(field.key())).strip();
            if (raw.isEmpty()) {
                continue;
            }
            String label = choice ? texts.optionLabel(FieldValues.ownField(one, field).options(), raw) : raw;
            tally.count(choice ? raw : raw.toLowerCase(Locale.ROOT), label, raw, one);
            considered.add(one.respondent());
            valueTexts.put(one.answerId(), label);
        }
        return texts.mostCommon(tally, considered.size(), valueTexts);
    }
}
