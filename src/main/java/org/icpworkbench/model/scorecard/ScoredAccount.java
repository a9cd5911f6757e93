package org.icpworkbench.model.scorecard;

import java.util.List;

/**
 * A customer or prospect with its fit score.
 *
 * @param id the customer's or prospect's id; 0 for a prospect that is not stored (scored from a file)
 * @param score 0–100, kept even when the account is disqualified
 * @param lines one per criterion, in the scorecard's order
 */
public record ScoredAccount(AccountKind kind, long id, String name, int score, Tier tier, List<ScoreLine> lines) {

    public ScoredAccount {
        lines = List.copyOf(lines);
    }

    public boolean disqualified() {
        return tier == Tier.DISQUALIFIED;
    }

    /** The lines of the disqualifiers that hit the account. */
    public List<ScoreLine> disqualifications() {
        return lines.stream().filter(line -> line.outcome() == ScoreLine.Outcome.DISQUALIFIED).toList();
    }
}
