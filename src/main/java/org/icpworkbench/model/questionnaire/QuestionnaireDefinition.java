package org.icpworkbench.model.questionnaire;

import java.util.List;
import java.util.Map;
import org.icpworkbench.model.common.LocalizedText;

/** A questionnaire as written: its audiences and its questions in order. */
public record QuestionnaireDefinition(
        String key, int version, LocalizedText name, Map<Audience, LocalizedText> audienceNames, List<Question> questions) {

    public QuestionnaireDefinition {
        audienceNames = Map.copyOf(audienceNames);
        questions = List.copyOf(questions);
    }

    public List<Question> questionsFor(Audience audience, boolean withExtension) {
        return questions.stream()
                .filter(q -> q.audience() == audience)
                .filter(q -> withExtension || !q.optional())
                .toList();
    }
}
