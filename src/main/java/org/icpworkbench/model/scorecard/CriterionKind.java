package org.icpworkbench.model.scorecard;

/**
 * What a scorecard criterion looks at. List kinds match when the account's value is one of the criterion's values
 * (ignoring case); MIN kinds when the account's figure is at least the threshold.
 */
public enum CriterionKind {
    INDUSTRY,
    SIZE_BAND,
    REGION,
    SEGMENT,
    DECISION_MAKER,
    CHANNEL,
    MIN_ANNUAL_REVENUE;

    public boolean isThreshold() {
        return this == MIN_ANNUAL_REVENUE;
    }
}
