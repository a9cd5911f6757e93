package org.icpworkbench.model.scorecard;

import java.util.List;

/**
 * A project's fit scorecard: its criteria in order, and the scores (0–100) from which an account is tier A or B;
 * below {@code tierB} it is tier C.
 */
public record Scorecard(List<Criterion> criteria, int tierA, int tierB) {

    public static final int DEFAULT_TIER_A = 80;
    public static final int DEFAULT_TIER_B = 50;

    public Scorecard {
        criteria = List.copyOf(criteria);
    }

    /** No criteria, default thresholds. */
    public static Scorecard empty() {
        return new Scorecard(List.of(), DEFAULT_TIER_A, DEFAULT_TIER_B);
    }

    public static Scorecard withDefaultTiers(List<Criterion> criteria) {
        return new Scorecard(criteria, DEFAULT_TIER_A, DEFAULT_TIER_B);
    }

    /** Whether any criterion gives points (disqualifiers alone cannot score an account). */
    public boolean canScore() {
        return criteria.stream().anyMatch(criterion -> !criterion.disqualifier());
    }

    /** The tier of a score that no disqualifier hit. */
    public Tier tierOf(int score) {
        if (score >= tierA) {
            return Tier.A;
        }
        return score >= tierB ? Tier.B : Tier.C;
    }
}
