package org.icpworkbench.model.coding;

import java.util.Map;
import org.icpworkbench.model.questionnaire.Audience;

/** A tag with how many passages carry it, in all and per audience. */
public record TagSummary(Tag tag, int passageCount, Map<Audience, Integer> perAudience) {

    public TagSummary {
        perAudience = Map.copyOf(perAudience);
    }
}
