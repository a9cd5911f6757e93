package org.icpworkbench.model.questionnaire;

import java.util.List;

/**
 * The questionnaire a project's new interviews are asked with: the built-in one, or the project's own
 * copy at its newest version.
 */
public record ProjectQuestionnaire(long templateVersionId, int versionNo, boolean builtIn, List<Question> questions) {

    public ProjectQuestionnaire {
        questions = List.copyOf(questions);
    }
}
