package org.icpworkbench.model.questionnaire;

/** Who answers a group of questions. */
public enum Audience {
    SERVICE_TEAM,
    SALES,
    CUSTOMERS,
    PROFITABILITY
}
