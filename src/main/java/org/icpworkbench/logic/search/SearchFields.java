package org.icpworkbench.logic.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * The index's fields and analysers. Every text is indexed twice, once stemmed as Russian and once as English,
 * because an answer does not say which language it is in and many mix both (1С, CRM, WMS in Russian text).
 * Each stemmer leaves the other alphabet alone, so the two fields never disagree about a word.
 */
final class SearchFields {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String PROJECT = "project";
    static final String INTERVIEW = "interview";
    static final String QUESTION = "question";
    static final String TEXT = "text";
    static final String RUSSIAN = "text_ru";
    static final String ENGLISH = "text_en";

    /** Raised whenever the analysis changes, so that an older index is rebuilt instead of misread. */
    static final String FORMAT = "1";

    private final Analyzer russian = new RussianAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();

    Analyzer russian() {
        return russian;
    }

    Analyzer english() {
        return english;
    }

    /** The writer's analyser: stemming for the two text fields, identifiers untouched. */
    Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(RUSSIAN, russian, ENGLISH, english));
    }
}
