package org.icpworkbench.logic.workspace;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a damaged workspace file (and its seal) to {@code <workspace>/quarantine/<UTC time>/} before anything else
 * happens to it: a copy, so the original stays where it was, untouched; never over an earlier quarantine.
 */
public final class WorkspaceQuarantine {

    static final String FOLDER = "quarantine";
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceQuarantine.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private WorkspaceQuarantine() {
    }

    /**
     * For a problem with the file itself: the same exception carrying the quarantine folder and the newest backup.
     * Any other problem (in use, encrypted, not writable…) is returned as it is.
     */
    public static WorkspaceException keepIfDamaged(Path workspaceFolder, WorkspaceException problem, Clock clock) {
        if (!problem.problem().damagesTheFile()) {
            return problem;
        }
        Path quarantine = null;
        try {
            quarantine = keep(workspaceFolder, clock);
        } catch (IOException e) {
            LOG.warn("Could not copy the damaged workspace to quarantine", e);
        }
        Optional<WorkspaceBackups.Backup> newest = Optional.empty();
        try {
            newest = new WorkspaceBackups(workspaceFolder, WorkspaceBackups.DEFAULT_KEEP, clock).newest();
        } catch (RuntimeException e) {
            LOG.warn("Could not list the backups", e);
        }
        return problem.withRecovery(quarantine, newest);
    }

    /** Copies the database file and its seal into a new quarantine folder; returns that folder. */
    public static Path keep(Path workspaceFolder, Clock clock) throws IOException {
        Path target = newFolder(workspaceFolder, clock);
        Path database = WorkspaceFiles.databaseFile(workspaceFolder);
        Files.copy(database, target.resolve(database.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        Path seal = WorkspaceSeal.file(workspaceFolder);
        if (Files.isRegularFile(seal)) {
            Files.copy(seal, target.resolve(seal.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        LOG.warn("Damaged workspace copied to {}", target);
        return target;
    }

    private static Path newFolder(Path workspaceFolder, Clock clock) throws IOException {
        Path parent = Files.createDirectories(workspaceFolder.resolve(FOLDER));
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int step = 0; ; step++) {
            try {
                return Files.createDirectory(parent.resolve(STAMP.format(now.plusNanos(step * 1_000_000L))));
            } catch (FileAlreadyExistsException e) {
                LOG.trace("Quarantine {} taken", e.getFile());
            }
        }
    }
}
