package org.icpworkbench.logic.workspace;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to delete after a new one: keep the newest {@code keep}, and the newest of each of the last
 * {@link #DAYS} days and {@link #WEEKS} weeks that have backups (in the user's zone). A busy day of small changes can
 * therefore never rotate away the state of the days before it.
 */
final class BackupRotation {

    static final int DAYS = 7;
    static final int WEEKS = 8;

    private final int keep;
    private final ZoneId zone;

    BackupRotation(int keep, ZoneId zone) {
        this.keep = keep;
        this.zone = zone;
    }

    /** {@code backups} newest first; returns those to delete, oldest last. */
    List<WorkspaceBackups.Backup> toDelete(List<WorkspaceBackups.Backup> backups) {
        Set<WorkspaceBackups.Backup> kept = new HashSet<>(backups.subList(0, Math.min(keep, backups.size())));
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<Long> weeks = new LinkedHashSet<>();
        for (WorkspaceBackups.Backup backup : backups) {
            LocalDate day = LocalDate.ofInstant(backup.takenAt(), zone);
            if (days.size() < DAYS && days.add(day)) {
                kept.add(backup);
            }
            long week = day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.size() < WEEKS && weeks.add(week)) {
                kept.add(backup);
            }
        }
        List<WorkspaceBackups.Backup> delete = new ArrayList<>();
        for (WorkspaceBackups.Backup backup : backups) {
            if (!kept.contains(backup)) {
                delete.add(backup);
            }
        }
        return delete;
    }
}
