package org.icpworkbench.logic.portrait;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Values counted by key, each with its display text, its match value and who named it. */
final class Tally {

    /** A counted value. */
    static final class Item {
        final String label;
        final String matchValue;
        final Set<Long> respondents = new LinkedHashSet<>();
        final Set<Long> answers = new HashSet<>();
        int mentions;

        Item(String label, String matchValue) {
            this.label = label;
            this.matchValue = matchValue;
        }
    }

    private final Map<String, Item> items = new LinkedHashMap<>();

    void count(String key, String label, String matchValue, GivenAnswer one) {
        Item item = items.computeIfAbsent(key, k -> new Item(label, matchValue));
        item.respondents.add(one.respondent());
        item.answers.add(one.answerId());
        item.mentions++;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** Most respondents first, then most mentions, then by label. */
    List<Item> ranked() {
        return ranked(items.values());
    }

    private static List<Item> ranked(Collection<Item> items) {
        return items.stream().sorted(Comparator.comparing((Item item) -> -item.respondents.size())
                .thenComparing(item -> -item.mentions)
                .thenComparing(item -> item.label, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(item -> item.label)).toList();
    }

    /** A fragment whose supporting respondents and answers are those behind the shown items. */
    static Fragment fragment(String text, List<String> matchValues, List<Item> shown, int considered,
            Map<Long, String> valueTexts) {
        Set<Long> respondents = new HashSet<>();
        Set<Long> supportingAnswers = new HashSet<>();
        for (Item item : shown) {
            respondents.addAll(item.respondents);
            supportingAnswers.addAll(item.answers);
        }
        return new Fragment(text, matchValues, respondents.size(), considered, supportingAnswers, valueTexts);
    }
}
