package org.icpworkbench.logic.portrait;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpworkbench.logic.i18n.PluralForm;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.questionnaire.QuestionField;

/**
 * Durations: normalised to days, shown as "median (min–max), n answers" in the unit respondents used most (ties: the
 * larger unit).
 */
record DurationRule(ProposalTexts texts) implements FieldRule {

    /** Duration units as the runner stores them, longest first, with their length in days. */
    static final Map<String, BigDecimal> DAYS_PER_UNIT = new LinkedHashMap<>();

    static {
        DAYS_PER_UNIT.put("YEARS", new BigDecimal("365.25"));
        DAYS_PER_UNIT.put("MONTHS", new BigDecimal("30.4375"));
        DAYS_PER_UNIT.put("WEEKS", BigDecimal.valueOf(7));
        DAYS_PER_UNIT.put("DAYS", BigDecimal.ONE);
    }

    @Override
    public Fragment summarise(QuestionField field, List<GivenAnswer> answers) {
        List<BigDecimal> days = new ArrayList<>();
        Map<String, Integer> units = new HashMap<>();
        Set<Long> counted = new HashSet<>();
        Map<Long, String> valueTexts = new HashMap<>();
        for (GivenAnswer one : answers) {
            Object value = one.values().get(field.key());
            Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of("amount", value);
            Optional<BigDecimal> amount = FieldValues.decimal(map.get("amount"));
            String unit = map.get("unit") instanceof String text ? text.strip().toUpperCase(Locale.ROOT) : "MONTHS";
            if (amount.isEmpty() || !DAYS_PER_UNIT.containsKey(unit)) {
                continue;
            }
            days.add(amount.get().multiply(DAYS_PER_UNIT.get(unit)));
            units.merge(unit, 1, Integer::sum);
            counted.add(one.answerId());
            valueTexts.put(one.answerId(), inUnit(amount.get(), unit, false));
        }
        if (days.isEmpty()) {
            return Fragment.empty();
        }
        String unit = DAYS_PER_UNIT.keySet().stream()
                .max(Comparator.comparingInt((String u) -> units.getOrDefault(u, 0))
                        .thenComparing(u -> DAYS_PER_UNIT.get(u)))
                .orElseThrow();
        BigDecimal length = DAYS_PER_UNIT.get(unit);
        days.sort(null);
        BigDecimal min = days.getFirst().divide(length, FieldValues.MC);
        BigDecimal max = days.getLast().divide(length, FieldValues.MC);
        boolean same = days.getFirst().compareTo(days.getLast()) == 0;
        String text = texts.range(inUnit(FieldValues.median(days).divide(length, FieldValues.MC), unit, false),
                texts.format(min, 1), inUnit(max, unit, true), same, days.size());
        return new Fragment(text, List.of(), days.size(), days.size(), counted, valueTexts);
    }

    /** "3 months", or after "up to" ("до 6 месяцев") the form Russian needs there; fractions take their own form. */
    String inUnit(BigDecimal amount, String unit, boolean upTo) {
        BigDecimal rounded = amount.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        String noun = "portrait." + (upTo ? "unitUpTo." : "unit.") + unit;
        String text = texts.format(rounded, 1);
        if (rounded.scale() > 0 && upTo && texts.language() == Language.RU) {
            // After «до» a fraction takes the genitive singular, which these keys keep as their "one" form.
            return texts.messages().get("plural." + noun + "." + PluralForm.ONE.key(), text);
        }
        return texts.messages().plural(noun, rounded, text);
    }
}
