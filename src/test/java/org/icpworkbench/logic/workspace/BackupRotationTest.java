package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupRotationTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static List<WorkspaceBackups.Backup> everyHour(Instant newest, int count) {
        List<WorkspaceBackups.Backup> backups = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = newest.minus(Duration.ofHours(i));
            backups.add(new WorkspaceBackups.Backup(Path.of("b" + i + ".zip"), at, "close", 1));
        }
        return backups;
    }

    @Test
    void aBusyDayNeverRotatesAwayTheDaysAndWeeksBeforeIt() {
        // 70 days of a backup every hour, newest first: far more than the 10 newest.
        List<WorkspaceBackups.Backup> backups = everyHour(Instant.parse("2026-12-08T12:00:00Z"), 70 * 24);

        List<WorkspaceBackups.Backup> deleted = new BackupRotation(10, MOSCOW).toDelete(backups);
        List<WorkspaceBackups.Backup> kept = backups.stream().filter(backup -> !deleted.contains(backup)).toList();

        assertThat(kept).startsWith(backups.subList(0, 10).toArray(WorkspaceBackups.Backup[]::new));
        assertThat(kept.stream().map(backup -> java.time.LocalDate.ofInstant(backup.takenAt(), MOSCOW)).distinct())
                // Tuesday 8 December: the last 7 days reach into the week before, so 6 more weeks go back further.
                .as("the newest of each of the last 7 days, and of 8 weeks").hasSize(7 + 6);
        // The eighth week back is 19–25 October; its newest backup is the last hour of Sunday, Moscow time.
        assertThat(kept.getLast().takenAt()).isEqualTo(Instant.parse("2026-10-25T20:00:00Z"));
        assertThat(kept).hasSizeLessThanOrEqualTo(10 + 7 + 8);
    }

    @Test
    void fewBackupsAreAllKept() {
        List<WorkspaceBackups.Backup> backups = everyHour(Instant.parse("2026-12-08T12:00:00Z"), 4);
        assertThat(new BackupRotation(10, MOSCOW).toDelete(backups)).isEmpty();
    }
}
