package org.icpworkbench.model.questionnaire;

import java.util.List;
import java.util.Optional;
import org.icpworkbench.model.common.LocalizedText;

/** A question exactly as a template version words it. {@code id} is 0 until stored. */
public record Question(
        long id,
        String code,
        int position,
        Audience audience,
        Optional<String> part,
        boolean optional,
        LocalizedText text,
        LocalizedText guidance,
        List<String> characteristics,
        List<QuestionField> fields) {

    public Question {
        characteristics = List.copyOf(characteristics);
        fields = List.copyOf(fields);
    }
}
