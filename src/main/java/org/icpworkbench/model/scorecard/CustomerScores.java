package org.icpworkbench.model.scorecard;

import java.util.List;

/** The project's customers scored against its scorecard, and the ICP share they add up to. */
public record CustomerScores(Scorecard scorecard, List<ScoredAccount> accounts, IcpShare share) {

    public CustomerScores {
        accounts = List.copyOf(accounts);
    }
}
