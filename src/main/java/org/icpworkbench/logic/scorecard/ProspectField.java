package org.icpworkbench.logic.scorecard;

/** The columns a prospect file can have. */
public enum ProspectField {
    NAME,
    SEGMENT,
    INDUSTRY,
    SIZE_BAND,
    REGION,
    ANNUAL_REVENUE,
    DECISION_MAKER,
    CHANNEL,
    NOTES
}
