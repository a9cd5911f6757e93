package org.icpworkbench.logic.portrait;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.icpworkbench.model.questionnaire.QuestionField;

/** Numbers and percentages: "median (min–max), n answers", each value shown with its unit. */
record MedianRule(ProposalTexts texts, Function<String, String> unit) implements FieldRule {

    @Override
    public Fragment summarise(QuestionField field, List<GivenAnswer> answers) {
        List<BigDecimal> values = new ArrayList<>();
        Set<Long> counted = new HashSet<>();
        Map<Long, String> valueTexts = new HashMap<>();
        for (GivenAnswer one : answers) {
            Optional<BigDecimal> value = FieldValues.decimal(one.values().get(field.key()));
            if (value.isPresent()) {
                values.add(value.get());
                counted.add(one.answerId());
                valueTexts.put(one.answerId(), unit.apply(texts.format(value.get(), 1)));
            }
        }
        if (values.isEmpty()) {
            return Fragment.empty();
        }
        values.sort(null);
        String text = texts.range(unit.apply(texts.format(FieldValues.median(values), 1)), texts.format(values.getFirst(), 1),
                unit.apply(texts.format(values.getLast(), 1)), values.getFirst().compareTo(values.getLast()) == 0, values.size());
        return new Fragment(text, List.of(), values.size(), values.size(), counted, valueTexts);
    }
}
