package org.icpworkbench.model.interview;

import java.time.LocalDate;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.Respondent;

/** An interview's own facts: who, which audience, when, by whom, how far. */
public record InterviewDetails(
        long id,
        long projectId,
        String projectName,
        Respondent respondent,
        long templateVersionId,
        Audience audience,
        boolean includeExtension,
        LocalDate date,
        String interviewer,
        InterviewStatus status,
        int durationSeconds) {
}
