package org.icpworkbench.model.interview;

import java.time.LocalDate;
import org.icpworkbench.model.questionnaire.Audience;

/** One row of a project's interview list. */
public record InterviewSummary(
        long id,
        long respondentId,
        String respondentName,
        String respondentRole,
        String respondentCompany,
        Audience audience,
        LocalDate date,
        String interviewer,
        InterviewStatus status,
        int answeredCount,
        int questionCount,
        int durationSeconds) {
}
