package org.icpworkbench.model.portrait;

import java.util.List;
import java.util.Set;
import org.icpworkbench.model.questionnaire.Audience;

/**
 * What the application proposes for a characteristic, computed from structured answers, tags and customer metrics.
 *
 * @param value the proposed value as a sentence fragment in the project's language ("" when there is no evidence)
 * @param matchValues the value as plain items a scorecard criterion can match (industries, size bands, regions,
 *        channel or role keys …), most supported first; empty when the characteristic is not matchable
 * @param supporting how many sources support the value (e.g. 4 of {@code considered} respondents)
 * @param considered how many sources gave a value for the characteristic at all
 * @param audiences the audiences whose answers support it
 */
public record Proposal(Characteristic characteristic, String value, List<String> matchValues, int supporting,
        int considered, Set<Audience> audiences, List<Evidence> evidence, Coverage coverage) {

    public Proposal {
        value = value == null ? "" : value;
        matchValues = List.copyOf(matchValues);
        audiences = Set.copyOf(audiences);
        evidence = List.copyOf(evidence);
    }

    public boolean hasEvidence() {
        return considered > 0;
    }
}
