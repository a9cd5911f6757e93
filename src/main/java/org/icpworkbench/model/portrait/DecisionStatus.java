package org.icpworkbench.model.portrait;

/** What the user made of a proposal: taken as proposed, or replaced by their own value (the evidence stays visible). */
public enum DecisionStatus {
    ACCEPTED,
    OVERRIDDEN
}
