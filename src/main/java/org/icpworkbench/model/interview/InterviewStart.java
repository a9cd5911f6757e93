package org.icpworkbench.model.interview;

import java.time.LocalDate;
import java.util.Optional;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.NewRespondent;

/** What the user chose before beginning an interview: an existing respondent or a new one. */
public record InterviewStart(
        long projectId,
        Optional<Long> respondentId,
        Optional<NewRespondent> newRespondent,
        Audience audience,
        boolean includeExtension,
        LocalDate date,
        String interviewer) {
}
