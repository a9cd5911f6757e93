package org.icpworkbench.model.respondent;

import java.time.LocalDate;
import java.util.Optional;

/** A respondent about to be created. */
public record NewRespondent(
        String name, String role, String company, String contact, boolean consentGiven, Optional<LocalDate> consentDate) {
}
