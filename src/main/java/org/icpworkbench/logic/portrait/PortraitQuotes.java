package org.icpworkbench.logic.portrait;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpworkbench.model.portrait.Evidence;

/**
 * Which evidence a document may quote: a passage starred as a quote, of a respondent who consented. A passage that is
 * only tagged is coding, not a quote the client reads. Every document — the PDF, the Markdown, {@code --portrait} as
 * Markdown and JSON — takes its quotes from here.
 */
public final class PortraitQuotes {

    /** Quotes printed under one characteristic at most. */
    public static final int PER_CHARACTERISTIC = 3;

    private PortraitQuotes() {
    }

    public static boolean quotable(Evidence evidence) {
        return evidence.kind() == Evidence.Kind.STARRED_QUOTE && evidence.consented() && !evidence.text().isBlank();
    }

    /** Whether a document may list the evidence at all: anything but a quote it may not quote. */
    public static boolean listable(Evidence evidence) {
        boolean quote = evidence.kind() == Evidence.Kind.QUOTE || evidence.kind() == Evidence.Kind.STARRED_QUOTE;
        return !quote || quotable(evidence);
    }

    /** The quotes a document shows under one characteristic: quotable ones in evidence order, each text once. */
    public static List<Evidence> forDocument(List<Evidence> evidence) {
        Map<String, Evidence> unique = new LinkedHashMap<>();
        evidence.stream().filter(PortraitQuotes::quotable).forEach(item -> unique.putIfAbsent(item.text().strip(), item));
        return unique.values().stream().limit(PER_CHARACTERISTIC).toList();
    }
}
