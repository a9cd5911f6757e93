package org.icpworkbench.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Finds the words of a text that a query matched, by running the text through the same analysers as the
 * index and keeping the offsets of tokens whose stem the query asked for, then cuts a snippet around the first.
 */
final class Highlighter {

    static final int SNIPPET_LENGTH = 200;
    /** How much text before the first match the snippet shows, so the match is read in context. */
    static final int LEAD = 60;
    static final String ELLIPSIS = "…";

    private final SearchFields fields;

    Highlighter(SearchFields fields) {
        this.fields = fields;
    }

    SearchHit hit(SearchDocument document, UserQuery query) {
        String text = document.text();
        List<TextRange> matches = matches(text, query);
        int from = matches.isEmpty() ? 0 : snippetStart(text, matches.getFirst());
        int to = snippetEnd(text, from, matches.isEmpty() ? from : matches.getFirst().end());
        String prefix = from > 0 ? ELLIPSIS : "";
        String suffix = to < text.length() ? ELLIPSIS : "";
        // Line breaks become spaces (same length), so the snippet fits one line and the offsets still hold.
        String snippet = prefix + text.substring(from, to).replaceAll("[\\r\\n\\t]", " ") + suffix;
        List<TextRange> highlights = matches.stream()
                .filter(match -> match.start() >= from && match.end() <= to)
                .map(match -> match.shift(prefix.length() - from))
                .toList();
        return new SearchHit(document, snippet, highlights, matches);
    }

    /** Every matched word in the text, in order, overlapping ranges merged. */
    List<TextRange> matches(String text, UserQuery query) {
        List<TextRange> found = new ArrayList<>();
        collect(fields.russian(), SearchFields.RUSSIAN, text, query.russianTerms(), found);
        collect(fields.english(), SearchFields.ENGLISH, text, query.englishTerms(), found);
        found.sort(Comparator.comparingInt(TextRange::start).thenComparingInt(TextRange::end));
        List<TextRange> merged = new ArrayList<>();
        for (TextRange range : found) {
            TextRange last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && range.start() < last.end()) {
                merged.set(merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static void collect(Analyzer analyzer, String field, String text, Set<String> terms, List<TextRange> found) {
        if (terms.isEmpty()) {
            return;
        }
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString())) {
                    found.add(new TextRange(offset.startOffset(), offset.endOffset()));
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading a string cannot fail", e);
        }
    }

    /** A little before the match, moved forward to the start of a word; the start of the text when it is near. */
    private static int snippetStart(String text, TextRange first) {
        int start = Math.max(0, Math.min(first.start() - LEAD, text.length() - SNIPPET_LENGTH));
        if (start == 0) {
            return 0;
        }
        int afterSpace = start;
        while (afterSpace < first.start() && !Character.isWhitespace(text.charAt(afterSpace - 1))) {
            afterSpace++;
        }
        return afterSpace;
    }

    /** About {@link #SNIPPET_LENGTH} characters on, moved back to the end of a word, never before the match ends. */
    private static int snippetEnd(String text, int start, int mustInclude) {
        int end = Math.min(text.length(), start + SNIPPET_LENGTH);
        if (end == text.length()) {
            return end;
        }
        int beforeSpace = end;
        while (beforeSpace > mustInclude && !Character.isWhitespace(text.charAt(beforeSpace))) {
            beforeSpace--;
        }
        // No space to cut at: cut mid-word, but never between the two halves of a surrogate pair (emoji).
        int trimmed = beforeSpace > mustInclude ? beforeSpace : end - (Character.isLowSurrogate(text.charAt(end)) ? 1 : 0);
        while (trimmed > mustInclude && Character.isWhitespace(text.charAt(trimmed - 1))) {
            trimmed--;
        }
        return Math.max(trimmed, mustInclude);
    }
}
