package org.icpworkbench.model.coding;

/** What a memo is about. */
public enum MemoSubject {
    PROJECT,
    QUESTION,
    TAG
}
