package org.icpworkbench.logic.workspace;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    private static final long MAX_SEAL_COPY = 64 * 1024;
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
            LOG.warn("Could not copy the damaged workspace to quarantine: {}", e.getMessage());
        }
        Optional<WorkspaceBackups.Backup> newest = Optional.empty();
        try {
            newest = new WorkspaceBackups(workspaceFolder, WorkspaceBackups.DEFAULT_KEEP, clock).newest();
        } catch (RuntimeException e) {
            LOG.warn("Could not list the backups: {}", e.getMessage());
        }
        return problem.withRecovery(quarantine, newest);
    }

    /**
     * Copies the database file and its seal into a new quarantine folder; returns that folder. Only regular files are
     * copied, never more bytes than they had when the copy began (a link to a device cannot fill the disk), and only
     * when the disk has room for the copy: otherwise nothing is made and the original stays where it is.
     */
    public static Path keep(Path workspaceFolder, Clock clock) throws IOException {
        Path database = WorkspaceFiles.databaseFile(workspaceFolder);
        if (!Files.isRegularFile(database, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Not a regular file: " + database);
        }
        long size = Files.size(database);
        long free = WorkspaceWriteFailure.usableSpace(workspaceFolder);
        if (free < size + WorkspaceWriteFailure.NEARLY_FULL_BYTES) {
            throw new IOException("No room for a quarantine copy of " + size + " bytes (" + free + " free)");
        }
        Path target = newFolder(workspaceFolder, clock);
        try {
            copyBounded(database, target.resolve(database.getFileName()), size);
            Path seal = WorkspaceSeal.file(workspaceFolder);
            if (Files.isRegularFile(seal, LinkOption.NOFOLLOW_LINKS)) {
                copyBounded(seal, target.resolve(seal.getFileName()), Math.min(Files.size(seal), MAX_SEAL_COPY));
            }
        } catch (IOException e) {
            deleteTree(target);
            throw e;
        }
        LOG.warn("Damaged workspace copied to {}", target);
        return target;
    }

    /** Keeps an unreadable seal (a regular file, at most {@link #MAX_SEAL_COPY} bytes of it) in a new quarantine folder. */
    static Optional<Path> keepSeal(Path workspaceFolder, Clock clock) {
        Path seal = WorkspaceSeal.file(workspaceFolder);
        try {
            if (!Files.isRegularFile(seal, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            Path target = newFolder(workspaceFolder, clock);
            copyBounded(seal, target.resolve(seal.getFileName()), Math.min(Files.size(seal), MAX_SEAL_COPY));
            return Optional.of(target);
        } catch (IOException e) {
            LOG.warn("Could not keep the unreadable seal {}: {}", seal, e.getMessage());
            return Optional.empty();
        }
    }

    /** Copies at most {@code limit} bytes of a regular file, forced to disk, with its modification time. */
    private static void copyBounded(Path source, Path target, long limit) throws IOException {
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long done = 0;
            while (done < limit) {
                long moved = in.transferTo(done, limit - done, out);
                if (moved <= 0) {
                    break;
                }
                done += moved;
            }
            out.force(true);
        }
        Files.setLastModifiedTime(target, Files.getLastModifiedTime(source));
    }

    private static void deleteTree(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the unfinished quarantine {}", folder);
        }
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
