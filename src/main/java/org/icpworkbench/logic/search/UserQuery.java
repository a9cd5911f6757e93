package org.icpworkbench.logic.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a person typed, as a Lucene query: every word (or "quoted phrase") must occur, in any of its forms
 * in either language. No query syntax is interpreted, so nothing typed can make the search fail.
 */
final class UserQuery {

    /** Far more words than anyone types; keeps a pasted page from exceeding Lucene's clause limit. */
    static final int MAX_PARTS = 32;

    private final Query query;
    private final Set<String> russianTerms;
    private final Set<String> englishTerms;

    private UserQuery(Query query, Set<String> russianTerms, Set<String> englishTerms) {
        this.query = query;
        this.russianTerms = russianTerms;
        this.englishTerms = englishTerms;
    }

    static UserQuery parse(String typed, SearchFields fields) {
        QueryBuilder russian = new QueryBuilder(fields.russian());
        QueryBuilder english = new QueryBuilder(fields.english());
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String part : parts(typed == null ? "" : typed)) {
            Query inRussian = russian.createPhraseQuery(SearchFields.RUSSIAN, part);
            Query inEnglish = english.createPhraseQuery(SearchFields.ENGLISH, part);
            // A stop word in either language ("the", "и", "не") carries no meaning; requiring it would only lose hits.
            if (inRussian == null || inEnglish == null) {
                continue;
            }
            all.add(new BooleanQuery.Builder()
                    .add(inRussian, Occur.SHOULD)
                    .add(inEnglish, Occur.SHOULD)
                    .build(), Occur.MUST);
            clauses++;
        }
        if (clauses == 0) {
            return new UserQuery(null, Set.of(), Set.of());
        }
        Query query = all.build();
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        return new UserQuery(query, termsOf(terms, SearchFields.RUSSIAN), termsOf(terms, SearchFields.ENGLISH));
    }

    /** Words split at white space; text in double quotes stays together as a phrase (an unclosed quote runs to the end). */
    static List<String> parts(String typed) {
        List<String> parts = new ArrayList<>();
        String[] quoted = typed.split("\"", -1);
        for (int i = 0; i < quoted.length && parts.size() < MAX_PARTS; i++) {
            if (i % 2 == 1) {
                if (!quoted[i].isBlank()) {
                    parts.add(quoted[i].strip());
                }
                continue;
            }
            for (String word : quoted[i].strip().split("\\s+")) {
                if (!word.isEmpty() && parts.size() < MAX_PARTS) {
                    parts.add(word);
                }
            }
        }
        return parts;
    }

    private static Set<String> termsOf(Set<Term> terms, String field) {
        Set<String> texts = new HashSet<>();
        terms.stream().filter(term -> term.field().equals(field)).forEach(term -> texts.add(term.text()));
        return Set.copyOf(texts);
    }

    boolean isEmpty() {
        return query == null;
    }

    Query query() {
        return query;
    }

    /** Stemmed words to highlight, as the Russian analyser writes them. */
    Set<String> russianTerms() {
        return russianTerms;
    }

    /** Stemmed words to highlight, as the English analyser writes them. */
    Set<String> englishTerms() {
        return englishTerms;
    }
}
