package org.icpworkbench.model.scorecard;

/**
 * How well an account fits. DISQUALIFIED is a tier of its own, not a flag beside A/B/C: a disqualified account is
 * out whatever its score, and one column sorts and filters on it; its score is still computed for information.
 */
public enum Tier {
    A,
    B,
    C,
    DISQUALIFIED
}
