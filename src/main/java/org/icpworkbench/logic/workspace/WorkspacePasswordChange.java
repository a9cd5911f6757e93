package org.icpworkbench.logic.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.icpworkbench.logic.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protects a closed workspace with a password, changes it or removes it, through a safe copy: the file is copied
 * into a staging folder beside it, re-encrypted there, opened with the new password and read, synced, and only then
 * moved over the original in one step. Any failure before that move leaves the original as it was. The backups are
 * then re-encrypted the same way, one by one, so that every backup opens with the workspace's password (ADR 0020).
 */
public final class WorkspacePasswordChange {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspacePasswordChange.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** The shortest new password accepted: H2's own key stretching is weak, so length has to make up for it. */
    public static final int MINIMUM_LENGTH = 8;

    /** How the backups fared: those that could not be re-encrypted keep the password they had. */
    public record Outcome(int backupsRekeyed, List<Path> backupsWithOldPassword) { }

    private WorkspacePasswordChange() {
    }

    /**
     * Re-encrypts the closed workspace in {@code folder} from {@code current} to {@code next} (either may be none).
     *
     * @throws WorkspaceException when {@code current} does not open the file (missing, wrong, or given for a plain file)
     * @throws UserFacingException when the file is in use or could not be rewritten; the original is then unchanged
     */
    public static Outcome change(Path folder, WorkspacePassword current, WorkspacePassword next, Clock clock) {
        Path file = WorkspaceFiles.databaseFile(folder);
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("check.missing", file.toString());
        }
        WorkspaceBackups.ensureNotInUse(file);
        WorkspaceEncryption.requireMatching(file, current);
        if (!current.isPresent() && !next.isPresent()) {
            throw new WorkspaceException(WorkspaceProblem.NOT_ENCRYPTED, file, null);
        }
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Path staging = folder.resolve(".rekey-" + stamp);
        try {
            Files.createDirectories(staging);
            Path staged = WorkspaceFiles.databaseFile(staging);
            Files.copy(file, staged);
            WorkspaceRekeying.requireOpens(staging, current, file, WorkspaceProblem.WRONG_PASSWORD);
            WorkspaceRekeying.rekeyStaged(staging, current, next);
            WorkspaceRekeying.requireOpens(staging, next, file, WorkspaceProblem.UNEXPECTED);
            WorkspaceRekeying.force(staged);
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | SQLException e) {
            throw new UserFacingException(e, "password.error.change", file.toString());
        } finally {
            WorkspaceRekeying.deleteTree(staging);
        }
        LOG.info("The workspace {} is now {}", file, next.isPresent() ? "encrypted" : "not encrypted");
        return rekeyBackups(folder, current, next, stamp, clock);
    }

    private static Outcome rekeyBackups(Path folder, WorkspacePassword current, WorkspacePassword next, String stamp,
            Clock clock) {
        int rekeyed = 0;
        List<Path> left = new ArrayList<>();
        List<WorkspaceBackups.Backup> backups;
        try {
            backups = new WorkspaceBackups(folder, WorkspaceBackups.DEFAULT_KEEP, clock).list();
        } catch (UserFacingException e) {
            LOG.warn("Could not list the backups to re-encrypt them", e);
            return new Outcome(0, List.of());
        }
        for (int i = 0; i < backups.size(); i++) {
            Path backup = backups.get(i).file();
            Path staging = folder.resolve(".rekey-" + stamp + "-" + i);
            try {
                WorkspaceRekeying.rekeyBackup(backup, staging, current, next);
                rekeyed++;
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.warn("The backup {} keeps its previous password", backup, e);
                left.add(backup);
            } finally {
                WorkspaceRekeying.deleteTree(staging);
            }
        }
        return new Outcome(rekeyed, List.copyOf(left));
    }
}
