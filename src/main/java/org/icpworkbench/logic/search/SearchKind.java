package org.icpworkbench.logic.search;

/** What a searchable text is. */
public enum SearchKind {
    /** The respondent's answer to a question. */
    ANSWER,
    /** The interviewer's private note on an answer. */
    NOTE,
    /** A consultant's memo about a project, a question or a tag. */
    MEMO
}
