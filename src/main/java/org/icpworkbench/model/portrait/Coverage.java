package org.icpworkbench.model.portrait;

import org.icpworkbench.model.questionnaire.Audience;

/**
 * How much evidence a characteristic has: respondents of its audience who answered one of its questions, against
 * {@link Characteristic#RESPONDENTS_NEEDED}, and answers from any audience.
 */
public record Coverage(Audience audience, int respondents, int needed, int answers) {

    public boolean sufficient() {
        return respondents >= needed;
    }

    /** Respondents of the audience still to interview. */
    public int missing() {
        return Math.max(0, needed - respondents);
    }
}
