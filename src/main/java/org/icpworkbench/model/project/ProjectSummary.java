package org.icpworkbench.model.project;

import java.time.Instant;

/** One row of the project list. */
public record ProjectSummary(
        long id,
        String name,
        String clientCompany,
        String industry,
        boolean archived,
        int interviewCount,
        int respondentCount,
        Instant updatedAt) {
}
