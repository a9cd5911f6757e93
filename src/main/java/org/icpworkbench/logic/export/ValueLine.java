package org.icpworkbench.logic.export;

import java.util.List;

/** One labelled structured value as a reader sees it: "Time to value — 6 weeks", or a list of products. */
record ValueLine(String label, List<String> values) {

    ValueLine {
        values = List.copyOf(values);
    }

    static ValueLine of(String label, String value) {
        return new ValueLine(label, List.of(value));
    }
}
