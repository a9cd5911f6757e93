package org.icpworkbench.model.respondent;

import java.time.LocalDate;
import java.util.Optional;

/** A person interviewed for a project. */
public record Respondent(
        long id,
        long projectId,
        String name,
        String role,
        String company,
        String contact,
        boolean consentGiven,
        Optional<LocalDate> consentDate) {
}
