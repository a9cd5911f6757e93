package org.icpworkbench.model.project;

import java.time.Instant;
import java.util.Optional;

/** A client engagement: the interviews, customers and portrait of one client. */
public record Project(
        long id,
        String name,
        String clientCompany,
        String industry,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        boolean archived,
        Optional<Instant> deletedAt) {

    public boolean inTrash() {
        return deletedAt.isPresent();
    }
}
