package org.icpworkbench.model.coding;

import java.time.LocalDate;
import java.util.List;
import org.icpworkbench.model.questionnaire.Audience;

/** A tagged (and perhaps starred) passage with who said it, when, and in answer to which question. */
public record CodedPassage(
        long id,
        long answerId,
        long interviewId,
        String questionCode,
        int start,
        int end,
        String text,
        boolean starred,
        List<Long> tagIds,
        String respondentName,
        String respondentRole,
        String respondentCompany,
        Audience audience,
        LocalDate date) {

    public CodedPassage {
        tagIds = List.copyOf(tagIds);
    }
}
