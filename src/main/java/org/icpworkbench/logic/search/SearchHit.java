package org.icpworkbench.logic.search;

import java.util.List;
import java.util.Optional;

/**
 * A found text. {@code snippet} is about 200 characters around the first match, with "…" where it was cut;
 * {@code highlights} are the matched words inside the snippet; {@code matches} are the matched words in the
 * whole {@link SearchDocument#text()}, so the passage can be opened and selected.
 */
public record SearchHit(SearchDocument document, String snippet, List<TextRange> highlights, List<TextRange> matches) {

    public SearchHit {
        highlights = List.copyOf(highlights);
        matches = List.copyOf(matches);
    }

    /** Where the first matched word is in the whole text: the passage to open. */
    public Optional<TextRange> firstMatch() {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.getFirst());
    }
}
