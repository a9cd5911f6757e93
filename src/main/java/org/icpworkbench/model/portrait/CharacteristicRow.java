package org.icpworkbench.model.portrait;

import java.util.List;
import java.util.Optional;

/** A characteristic as the portrait shows it: what the evidence proposes, and what the user decided, if anything. */
public record CharacteristicRow(Proposal proposal, Optional<CharacteristicDecision> decision) {

    public Characteristic characteristic() {
        return proposal.characteristic();
    }

    /** The decided value, else the proposal. */
    public String value() {
        return decision.map(CharacteristicDecision::value).orElse(proposal.value());
    }

    public List<String> matchValues() {
        return decision.map(CharacteristicDecision::matchValues).orElse(proposal.matchValues());
    }

    public boolean decided() {
        return decision.isPresent();
    }
}
