package org.icpworkbench.logic.portrait;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpworkbench.model.questionnaire.QuestionField;

/** Multiple choices and catalogue products: the 5 items named by most respondents, "item (n respondents)". */
record MultiChoiceRule(ProposalTexts texts, Map<Long, String> productNames) implements FieldRule {

    @Override
    public Fragment summarise(QuestionField field, List<GivenAnswer> answers) {
        Tally tally = new Tally();
        Set<Long> considered = new HashSet<>();
        Map<Long, String> valueTexts = new HashMap<>();
        for (GivenAnswer one : answers) {
            Object value = one.values().get(field.key());
            List<?> list = value instanceof List<?> l ? l : List.of(value);
            QuestionField own = FieldValues.ownField(one, field);
            List<String> labels = new ArrayList<>();
            for (Object element : list) {
                String label;
                if (field.catalogue()) {
                    Optional<Long> id = FieldValues.productId(element);
                    label = id.map(productNames::get).orElse(null);
                    if (label == null) {
                        label = String.valueOf(element);
                    }
                    tally.count(id.map(String::valueOf).orElse(label), label, label, one);
                } else {
                    String key = String.valueOf(element);
                    label = texts.optionLabel(own.options(), key);
                    tally.count(key, label, key, one);
                }
                labels.add(label);
            }
            if (!labels.isEmpty()) {
                considered.add(one.respondent());
                valueTexts.put(one.answerId(), String.join(", ", labels));
            }
        }
        if (tally.isEmpty()) {
            return Fragment.empty();
        }
        List<Tally.Item> shown = tally.ranked().stream().limit(ProposalTexts.MAX_ITEMS).toList();
        return Tally.fragment(texts.counted(shown), shown.stream().map(item -> item.matchValue).toList(), shown,
                considered.size(), valueTexts);
    }
}
