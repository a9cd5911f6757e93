package org.icpworkbench.model.portrait;

import java.time.Instant;
import java.time.LocalDate;

/** A published, immutable version of a project's portrait, without its content. */
public record PortraitVersionInfo(long id, long projectId, int number, Instant publishedAt, String author,
        LocalDate reviewDate, String note) {

    public boolean reviewDue(LocalDate today) {
        return !reviewDate.isAfter(today);
    }
}
