package org.icpworkbench.logic.portrait;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpworkbench.model.questionnaire.QuestionField;

/** Money: the median of the amounts in the most used currency; amounts without a currency as plain numbers. */
record MoneyRule(ProposalTexts texts) implements FieldRule {

    @Override
    public Fragment summarise(QuestionField field, List<GivenAnswer> answers) {
        String key = field.key();
        Map<String, Integer> currencies = new HashMap<>();
        for (GivenAnswer one : answers) {
            if (one.values().get(key) instanceof Map<?, ?> map && FieldValues.decimal(map.get("amount")).isPresent()) {
                currencies.merge(currencyOf(map), 1, Integer::sum);
            }
        }
        if (currencies.isEmpty()) {
            return new MedianRule(texts, amount -> amount).summarise(field, answers);
        }
        String currency = currencies.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .findFirst().orElseThrow().getKey();
        List<BigDecimal> values = new ArrayList<>();
        Set<Long> counted = new HashSet<>();
        Map<Long, String> valueTexts = new HashMap<>();
        String symbol = texts.currencySymbol(currency);
        for (GivenAnswer one : answers) {
            if (one.values().get(key) instanceof Map<?, ?> map && currencyOf(map).equals(currency)) {
                Optional<BigDecimal> amount = FieldValues.decimal(map.get("amount"));
                if (amount.isPresent()) {
                    values.add(amount.get());
                    counted.add(one.answerId());
                    valueTexts.put(one.answerId(), texts.messages().get("portrait.proposal.money", texts.format(amount.get(), 2), symbol));
                }
            }
        }
        values.sort(null);
        String text = texts.range(texts.messages().get("portrait.proposal.money", texts.format(FieldValues.median(values), 2), symbol),
                texts.format(values.getFirst(), 2), texts.messages().get("portrait.proposal.money", texts.format(values.getLast(), 2), symbol),
                values.getFirst().compareTo(values.getLast()) == 0, values.size());
        return new Fragment(text, List.of(), values.size(), values.size(), counted, valueTexts);
    }

    private static String currencyOf(Map<?, ?> money) {
        return money.get("currency") instanceof String code ? code.strip().toUpperCase(Locale.ROOT) : "";
    }
}
