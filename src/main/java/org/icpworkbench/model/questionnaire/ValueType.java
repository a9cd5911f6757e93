package org.icpworkbench.model.questionnaire;

/** The kind of structured value a question field holds beside the free-text answer. */
public enum ValueType {
    TEXT,
    NUMBER,
    PERCENT,
    DURATION,
    MONEY,
    CHOICE,
    MULTI,
    SCALE,
    YESNO,
    FIRMOGRAPHICS
}
