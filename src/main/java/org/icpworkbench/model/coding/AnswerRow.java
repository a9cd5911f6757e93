package org.icpworkbench.model.coding;

import java.time.LocalDate;
import java.util.List;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;

/** One interview's answer to one question, with who gave it, for the answer grid. */
public record AnswerRow(
        long interviewId,
        Question question,
        String respondentName,
        String respondentRole,
        String respondentCompany,
        Audience audience,
        LocalDate date,
        String text,
        String structuredValue,
        boolean flagged,
        boolean notAsked,
        List<String> tagNames) {

    public AnswerRow {
        tagNames = List.copyOf(tagNames);
    }
}
