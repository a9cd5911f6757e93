package org.icpworkbench.logic.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.icpworkbench.logic.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rotating online backups of a workspace in its {@code backups} folder: H2's {@code BACKUP TO} writes a zip of the
 * database while it stays open (taken when a workspace is opened or cleanly closed with changes since the newest backup,
 * and on request). Each backup's name records the commit number it holds (ADR 0017), so a session that only read takes
 * none; {@link BackupRotation} keeps the newest {@link #DEFAULT_KEEP} and the newest of each recent day and week. A restore checks that the backup opens, moves the current file aside — never
 * deleting it — and puts the backup's file in its place; the workspace must be closed meanwhile.
 */
public final class WorkspaceBackups {

    public static final int DEFAULT_KEEP = 10;
    static final java.time.Duration SHUTDOWN_GRACE = java.time.Duration.ofSeconds(30);
    static final String FOLDER = "backups";
    static final String SEARCH_INDEX_FOLDER = "search-index";
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern NAME = Pattern.compile("workspace-(\\d{8}-\\d{6}-\\d{3})-([a-z]+)(?:-c(\\d{1,18}))?\\.zip");
    private static final long MAX_RESTORED_BYTES = 64L * 1024 * 1024 * 1024;

    /**
     * A backup file: when it was taken (UTC), why ("open", "close", "manual"), its size, and the workspace's commit
     * number it holds (empty for backups made before names carried it).
     */
    public record Backup(Path file, Instant takenAt, String reason, long bytes, java.util.OptionalLong commitNumber) {
        public Backup(Path file, Instant takenAt, String reason, long bytes) {
            this(file, takenAt, reason, bytes, java.util.OptionalLong.empty());
        }
    }

    private final Path workspaceFolder;
    private final int keep;
    private final Clock clock;

    public WorkspaceBackups(Path workspaceFolder, int keep, Clock clock) {
        this.workspaceFolder = workspaceFolder;
        this.keep = keep;
        this.clock = clock;
    }

    public Path folder() {
        return workspaceFolder.resolve(FOLDER);
    }

    /** Takes a backup on the database thread, then drops the oldest beyond the number kept. */
    public CompletableFuture<Path> create(DatabaseExecutor database, String reason) {
        return database.submit(dsl -> createNow(dsl, database.commitNumber(), reason));
    }

    private Path createNow(org.jooq.DSLContext dsl, java.util.OptionalLong commitNumber, String reason) {
        Path target = backupFile(reason, commitNumber);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(folder());
            dsl.execute("BACKUP TO '" + partial.toAbsolutePath().toString().replace("'", "''") + "'");
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(partial);
            throw new UserFacingException(e, "backup.error.create", folder().toString());
        }
        rotate();
        return target;
    }

    private Path backupFile(String reason, java.util.OptionalLong commitNumber) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String suffix = "-" + reason + (commitNumber.isPresent() ? "-c" + commitNumber.getAsLong() : "") + ".zip";
        Path candidate = folder().resolve("workspace-" + STAMP.format(now) + suffix);
        for (int step = 1; Files.exists(candidate); step++) {
            candidate = folder().resolve("workspace-" + STAMP.format(now.plusNanos(step * 1_000_000L)) + suffix);
        }
        return candidate;
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path file : files.toList()) {
                Matcher matcher = NAME.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    Instant taken = LocalDateTime.parse(matcher.group(1), STAMP).toInstant(ZoneOffset.UTC);
                    java.util.OptionalLong commit = matcher.group(3) == null ? java.util.OptionalLong.empty()
                            : java.util.OptionalLong.of(Long.parseLong(matcher.group(3)));
                    backups.add(new Backup(file, taken, matcher.group(2), Files.size(file), commit));
                }
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.list", folder().toString());
        }
        backups.sort(Comparator.comparing(Backup::takenAt).reversed());
        return List.copyOf(backups);
    }

    private void rotate() {
        for (Backup old : new BackupRotation(keep, clock.getZone()).toDelete(list())) {
            deleteQuietly(old.file());
        }
    }

    /**
     * Replaces the (closed) workspace's database with the one in {@code backupZip}. The backup is unpacked and opened
     * first; only when it opens is the current file moved aside, to the returned path.
     */
    public static Path restore(Path workspaceFolder, Path backupZip, Clock clock) {
        return restore(workspaceFolder, backupZip, WorkspacePassword.none(), clock);
    }

    /**
     * As {@link #restore(Path, Path, Clock)} for a workspace opened with {@code password}: the backup must open with it.
     * A backup without a password restored into a protected workspace is encrypted with the password on the way, so the
     * workspace stays protected; a backup with another password is refused as {@link WorkspaceProblem#ENCRYPTED}.
     */
    public static Path restore(Path workspaceFolder, Path backupZip, WorkspacePassword password, Clock clock) {
        Path current = WorkspaceFiles.databaseFile(workspaceFolder);
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Path staging = workspaceFolder.resolve(".restore-" + stamp);
        ensureNotInUse(current);
        // Without this a protected workspace could be swapped for a plain backup by leaving out its password.
        if (!password.isPresent() && WorkspaceEncryption.isEncrypted(current)) {
            throw new WorkspaceException(WorkspaceProblem.PASSWORD_MISSING, current, null);
        }
        try {
            Files.createDirectories(staging);
            Path unpacked = unpack(backupZip, staging);
            if (password.isPresent() && !WorkspaceEncryption.isEncrypted(unpacked)) {
                checkOpens(staging, backupZip);
                WorkspaceRekeying.rekeyStaged(staging, WorkspacePassword.none(), password);
                WorkspaceRekeying.force(unpacked);
            }
            if (password.isPresent() || WorkspaceEncryption.isEncrypted(unpacked)) {
                WorkspaceRekeying.requireOpens(staging, password, backupZip, WorkspaceProblem.ENCRYPTED);
            } else {
                checkOpens(staging, backupZip);
            }
            Path aside = workspaceFolder.resolve(current.getFileName() + ".before-restore-" + stamp);
            // The restored file is older than the seal on purpose; the next opening seals it anew (ADR 0017).
            WorkspaceSeal.forget(workspaceFolder);
            if (Files.exists(current)) {
                Files.move(current, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(unpacked, current, StandardCopyOption.ATOMIC_MOVE);
            // The search index describes the replaced file and may hold the same number of texts; the next opening
            // rebuilds a missing index.
            deleteTree(workspaceFolder.resolve(SEARCH_INDEX_FOLDER));
            return aside;
        } catch (IOException | java.sql.SQLException e) {
            throw new UserFacingException(e, "backup.error.restore", backupZip.toString());
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * The restore the recovery dialog offers for a file found damaged: only when the file is still refused as damaged.
     * A file that reads whole now (the "damage" was a full disk, say) is never replaced; any other problem (in use, no
     * space) is reported as itself.
     */
    public static Path restoreOverDamaged(Path workspaceFolder, Path backupZip, WorkspacePassword password, Clock clock) {
        try {
            WorkspaceCheck.check(workspaceFolder, WorkspaceFiles.SCHEMA_VERSION, password);
            throw new UserFacingException("recovery.error.healthyNow", WorkspaceFiles.databaseFile(workspaceFolder).toString());
        } catch (WorkspaceException found) {
            if (!found.problem().damagesTheFile()) {
                throw found;
            }
        }
        return restore(workspaceFolder, backupZip, password, clock);
    }

    /** A workspace another program has open must not be replaced under its feet. */
    static void ensureNotInUse(Path current) {
        if (!Files.exists(current)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(current, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new UserFacingException("backup.error.inUse", current.toString());
            }
            lock.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new UserFacingException(e, "backup.error.inUse", current.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.restore", current.toString());
        }
    }

    private static Path unpack(Path backupZip, Path staging) throws IOException {
        String wanted = WorkspaceFiles.databaseFile(staging).getFileName().toString();
        Path unpacked = staging.resolve(wanted);
        boolean found = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backupZip))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(wanted)) {
                    copyLimited(zip, unpacked);
                    found = true;
                }
            }
        } catch (UnpackWriteFailure e) {
            throw new UserFacingException(e.getCause(), WorkspaceWriteFailure.isDiskFull(staging, e.getCause())
                    ? "backup.error.diskFull" : "backup.error.restore", staging.getParent().toString());
        } catch (IOException | IllegalArgumentException e) {
            throw new UserFacingException(e, "backup.error.notABackup", backupZip.toString());
        }
        if (!found) {
            throw new UserFacingException("backup.error.notABackup", backupZip.toString());
        }
        try (FileChannel channel = FileChannel.open(unpacked, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        return unpacked;
    }

    /** Writing the unpacked copy failed: the disk's fault, not the backup's. */
    private static final class UnpackWriteFailure extends IOException {
        UnpackWriteFailure(IOException cause) {
            super(cause);
        }
    }

    private static void copyLimited(InputStream in, Path target) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        OutputStream out;
        try {
            out = Files.newOutputStream(target);
        } catch (IOException e) {
            throw new UnpackWriteFailure(e);
        }
        try (out) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > MAX_RESTORED_BYTES) {
                    throw new IOException("The backup unpacks to more than " + MAX_RESTORED_BYTES + " bytes");
                }
                try {
                    out.write(buffer, 0, read);
                } catch (IOException e) {
                    throw new UnpackWriteFailure(e);
                }
            }
        } catch (UnpackWriteFailure e) {
            throw e;
        }
    }

    /** Opens the unpacked copy read-only and reads from it, so a damaged backup never replaces a working file. */
    private static void checkOpens(Path staging, Path backupZip) {
        String url = "jdbc:h2:file:" + staging.resolve(WorkspaceFiles.DATABASE_NAME).toAbsolutePath()
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM project")) {
            result.next();
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new UserFacingException(e, "backup.error.damaged", backupZip.toString());
        }
    }

    /**
     * Takes a backup only when the database file changed after the newest backup, so that scripts opening the
     * workspace many times do not rotate meaningful backups away.
     */
    public CompletableFuture<Optional<Path>> createIfChanged(DatabaseExecutor database, String reason) {
        return database.submit(dsl -> database.commitNumber()).thenCompose(commit -> commit.isPresent()
                ? createIfCommitChanged(database, reason) : createIfModifiedAfterNewest(database, reason));
    }

    /**
     * With a seal, the database's commit number tells whether anything was saved since the newest backup: opening,
     * reading and shutting down write to the file too, so its modification time cannot tell.
     */
    private CompletableFuture<Optional<Path>> createIfCommitChanged(DatabaseExecutor database, String reason) {
        return database.submit(dsl -> {
            java.util.OptionalLong commit = database.commitNumber();
            Optional<Backup> newest = newest();
            if (newest.isPresent() && newest.get().commitNumber().equals(commit)) {
                return Optional.empty();
            }
            return Optional.of(createNow(dsl, commit, reason));
        });
    }

    private CompletableFuture<Optional<Path>> createIfModifiedAfterNewest(DatabaseExecutor database, String reason) {
        try {
            return createIfChangedSince(Files.getLastModifiedTime(WorkspaceFiles.databaseFile(workspaceFolder)).toInstant(),
                    database, reason);
        } catch (IOException e) {
            LOG.debug("No modification time for the workspace file", e);
            return create(database, reason).thenApply(Optional::of);
        }
    }

    /**
     * As {@link #createIfChanged}, for a file last changed at {@code modified} (read before opening it). H2 still
     * writes to the file when it shuts down after the closing backup, so on opening, changes within
     * {@link #SHUTDOWN_GRACE} of a closing backup count as none.
     */
    public CompletableFuture<Optional<Path>> createIfChangedSince(Instant modified, DatabaseExecutor database, String reason) {
        if (database.submit(dsl -> database.commitNumber()).join().isPresent()) {
            return createIfCommitChanged(database, reason);
        }
        Optional<Backup> newest = newest();
        java.time.Duration grace = newest.filter(backup -> backup.reason().equals("close")).isPresent()
                && !reason.equals("close") ? SHUTDOWN_GRACE : java.time.Duration.ZERO;
        if (newest.isPresent() && !modified.isAfter(newest.get().takenAt().plus(grace))) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return create(database, reason).thenApply(Optional::of);
    }

    /** The newest backup, if any — what a damaged workspace is offered first. */
    public Optional<Backup> newest() {
        return list().stream().findFirst();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(WorkspaceBackups::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not clean up {}", folder, e);
        }
    }
}
