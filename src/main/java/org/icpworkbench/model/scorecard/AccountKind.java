package org.icpworkbench.model.scorecard;

/** What a scored account is: one of the project's customers, or a prospect. */
public enum AccountKind {
    CUSTOMER,
    PROSPECT
}
