package org.icpworkbench.model.scorecard;

/**
 * What one criterion made of one account.
 *
 * @param pointsGained the criterion's weight when matched, else 0 (always 0 for a disqualifier)
 * @param pointsPossible the criterion's weight (0 for a disqualifier)
 * @param accountValue the account's value the criterion looked at, as stored ("" when unknown)
 */
public record ScoreLine(Criterion criterion, int pointsGained, int pointsPossible, Outcome outcome,
        String accountValue) {

    public enum Outcome {
        MATCHED,
        NOT_MATCHED,
        /** The account has no value for it (no industry, no revenue …): no points, said as unknown. */
        UNKNOWN,
        /** The kind of account never has this value (customer accounts record no decision maker or channel). */
        NOT_RECORDED,
        /** A disqualifier hit the account. */
        DISQUALIFIED
    }

    public ScoreLine {
        accountValue = accountValue == null ? "" : accountValue;
    }
}
