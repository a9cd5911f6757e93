package org.icpworkbench.model.interview;

import java.time.LocalDate;
import org.icpworkbench.model.questionnaire.Audience;

/** An interview about to be started. */
public record NewInterview(
        long projectId,
        long respondentId,
        long templateVersionId,
        Audience audience,
        boolean includeExtension,
        LocalDate date,
        String interviewer) {
}
