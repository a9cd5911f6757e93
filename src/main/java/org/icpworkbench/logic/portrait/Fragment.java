package org.icpworkbench.logic.portrait;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one field (or the firmographics part, or the tags) says about a characteristic: its text and match values,
 * how many stand behind it of how many who said anything, which answers support it, and each answer's value as text.
 */
record Fragment(String text, List<String> matchValues, int supporting, int considered, Set<Long> supportingAnswers,
        Map<Long, String> valueTexts) {

    static Fragment empty() {
        return new Fragment("", List.of(), 0, 0, Set.of(), Map.of());
    }

    /** Whether anyone gave a value at all. */
    boolean isEmpty() {
        return considered == 0;
    }
}
