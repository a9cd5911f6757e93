package org.icpworkbench.model.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One line of the fit scorecard. A list criterion ({@link CriterionKind#isThreshold()} false) matches when the
 * account's value is one of {@code values}; a threshold criterion when the account's figure is at least
 * {@code threshold}. An ordinary criterion adds {@code weight} points when it matches. A disqualifier adds no points:
 * a list disqualifier disqualifies an account whose value is in the list, a threshold disqualifier one whose figure
 * is below the threshold ("budget under X"); {@code reason} says why (from the anti-ICP).
 *
 * @param id 0 until stored
 * @param values the items matched (industries, size bands, regions, segments, role or channel option keys)
 * @param weight 1 … 5
 */
public record Criterion(long id, CriterionKind kind, List<String> values, Optional<BigDecimal> threshold, int weight,
        boolean disqualifier, String reason) {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 5;

    public Criterion {
        values = List.copyOf(values);
        threshold = threshold == null ? Optional.empty() : threshold;
        reason = reason == null ? "" : reason;
    }

    /** An ordinary list criterion, not yet stored. */
    public static Criterion matching(CriterionKind kind, List<String> values, int weight) {
        return new Criterion(0, kind, values, Optional.empty(), weight, false, "");
    }

    /** An ordinary threshold criterion, not yet stored. */
    public static Criterion atLeast(CriterionKind kind, BigDecimal threshold, int weight) {
        return new Criterion(0, kind, List.of(), Optional.of(threshold), weight, false, "");
    }

    /** A list disqualifier, not yet stored. */
    public static Criterion disqualifying(CriterionKind kind, List<String> values, String reason) {
        return new Criterion(0, kind, values, Optional.empty(), MIN_WEIGHT, true, reason);
    }

    public Criterion withId(long newId) {
        return new Criterion(newId, kind, values, threshold, weight, disqualifier, reason);
    }
}
