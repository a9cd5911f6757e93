package org.icpworkbench.model.portrait;

import java.time.Instant;
import java.util.List;

/** The value the user settled on for a characteristic, and whether it was the proposal or their own. */
public record CharacteristicDecision(Characteristic characteristic, DecisionStatus status, String value,
        List<String> matchValues, Instant decidedAt) {

    public CharacteristicDecision {
        matchValues = List.copyOf(matchValues);
    }
}
