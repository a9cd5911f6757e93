package org.icpworkbench.logic.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The commit seal (ADR 0017): the database's {@code commit_seal.commit_number} is raised after every database task
 * that wrote something, forced to disk, and only then copied into {@code workspace.seal} beside the file. The copy
 * therefore never runs ahead of the database; a database whose number is below the copy's is older than work that
 * was already saved — rolled back by a sync tool, a copied-over file, or a cut that made H2 fall back to an older
 * chunk.
 */
public final class WorkspaceSeal {

    static final String FILE_NAME = "workspace.seal";
    /** A seal is two short lines; anything larger is not one (and is never read whole). */
    static final int MAX_SEAL_BYTES = 4096;
    private static final String CLOSED = "closed";
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceSeal.class);

    private final Path folder;
    private long commitNumber;
    private boolean wrote;

    private WorkspaceSeal(Path folder, long commitNumber) {
        this.folder = folder;
        this.commitNumber = commitNumber;
    }

    public static Path file(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    /**
     * Before a workspace is opened for writing. A file whose bytes are those of its last clean close (same CRC-32C,
     * whatever its modification time — a plain copy changes that) is not read. Any other sealed file is opened read-only
     * and read row by row, and refused when it holds less than its seal, or when it claims the very commit the clean
     * close sealed but its bytes differ (a flipped bit, a bad copy). The digest is then dropped durably, since opening
     * for writing changes the file; when even that cannot be written the workspace is not opened. An unreadable seal is
     * no reason to refuse a readable file: the file is read row by row, the seal kept in quarantine and renewed, and the
     * returned notice tells the user that rollback protection starts over. Without a seal nothing is read.
     */
    static Optional<WorkspaceNotice> verifyBeforeOpening(Path folder, ReadOnlyConnection readOnly) throws SQLException {
        Sealed sealed;
        try {
            sealed = read(folder).orElse(null);
        } catch (UnreadableSealException unreadable) {
            return Optional.of(renew(folder, readOnly, unreadable));
        }
        if (sealed == null) {
            return Optional.empty();
        }
        DigestMatch match = digestMatch(folder, sealed);
        if (match != DigestMatch.SAME) {
            long inFile;
            try (Connection connection = readOnly.open(); Statement statement = connection.createStatement()) {
                WorkspaceCheck.readEveryRow(statement);
                inFile = commitNumber(statement);
                statement.execute("SHUTDOWN");
            }
            verify(folder, inFile, sealed, match);
        }
        if (sealed.closed().isPresent()) {
            try {
                write(folder, sealed.commitNumber(), null);
            } catch (IOException e) {
                throw WorkspaceWriteFailure.classify(folder, file(folder), e);
            }
        }
        return Optional.empty();
    }

    /**
     * How the file compares with the digest its last clean close recorded. RESIZED: another program wrote to it (H2
     * grows a file by whole chunks); DIFFERENT: same size, other bytes — what a flipped bit or a bad copy leaves.
     */
    enum DigestMatch { NO_DIGEST, SAME, RESIZED, DIFFERENT }

    /**
     * Compares the file with the seal's digest. Throws {@link WorkspaceProblem#DAMAGED} at once when size and
     * modification time match the clean close but the bytes do not: changed underneath the file system.
     */
    static DigestMatch digestMatch(Path folder, Sealed sealed) {
        if (sealed.closed().isEmpty()) {
            return DigestMatch.NO_DIGEST;
        }
        Path file = WorkspaceFiles.databaseFile(folder);
        ClosedFile closed = sealed.closed().get();
        try {
            if (Files.size(file) != closed.size()) {
                return DigestMatch.RESIZED;
            }
            if (crc32c(file) == closed.crc32c()) {
                return DigestMatch.SAME;
            }
            if (Files.getLastModifiedTime(file).toMillis() == closed.modifiedMillis()) {
                LOG.warn("Workspace {} differs from the digest taken when it was closed", file);
                throw new WorkspaceException(WorkspaceProblem.DAMAGED, file, null);
            }
            return DigestMatch.DIFFERENT;
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceProblem.DAMAGED, file, e);
        }
    }

    /**
     * After the file was read row by row: refused as rolled back when it holds less than the seal, and as damaged when
     * it holds exactly the commit sealed at a clean close yet other bytes — nothing of ours writes a sealed-closed file
     * without first dropping the digest, so only damage or another program can have changed it.
     */
    static void verify(Path folder, long inFile, Sealed sealed, DigestMatch match) {
        verify(folder, inFile, OptionalLong.of(sealed.commitNumber()));
        if (match == DigestMatch.DIFFERENT && inFile == sealed.commitNumber()) {
            LOG.warn("Workspace holds the sealed commit {} but not the bytes of its clean close", inFile);
            throw new WorkspaceException(WorkspaceProblem.DAMAGED, WorkspaceFiles.databaseFile(folder), null);
        }
    }

    /** Reads the whole file (so H2 checks every page), keeps the unreadable seal in quarantine, writes a new one. */
    private static WorkspaceNotice renew(Path folder, ReadOnlyConnection readOnly, UnreadableSealException unreadable)
            throws SQLException {
        long inFile;
        try (Connection connection = readOnly.open(); Statement statement = connection.createStatement()) {
            WorkspaceCheck.readEveryRow(statement);
            inFile = commitNumber(statement);
            statement.execute("SHUTDOWN");
        }
        Path seal = file(folder);
        Optional<Path> kept = WorkspaceQuarantine.keepSeal(folder, java.time.Clock.systemUTC());
        try {
            Files.deleteIfExists(seal);
            write(folder, inFile, null);
        } catch (IOException e) {
            throw WorkspaceWriteFailure.classify(folder, seal, e);
        }
        LOG.warn("Unreadable workspace seal {} ({}) renewed at commit {}", seal, unreadable.getMessage(), inFile);
        return kept.map(where -> new WorkspaceNotice("workspace.notice.sealRenewed", seal.toString(), where.toString()))
                .orElseGet(() -> new WorkspaceNotice("workspace.notice.sealRenewed.noCopy", seal.toString()));
    }

    /** A seal that exists but cannot be read: empty, too large, not a regular file, or not what this class writes. */
    static final class UnreadableSealException extends RuntimeException {
        UnreadableSealException(String why) {
            super(why, null, false, false);
        }
    }

    /** What {@code workspace.seal} holds: the commit number and, after a clean close, the file's digest. */
    record Sealed(long commitNumber, Optional<ClosedFile> closed) { }

    /** The file as it was left by a clean close: its size, modification time and CRC-32C. */
    record ClosedFile(long size, long modifiedMillis, long crc32c) { }

    /** Opens the workspace's database without any write access. */
    @FunctionalInterface
    interface ReadOnlyConnection {
        Connection open() throws SQLException;
    }

    /** Throws {@link WorkspaceProblem#ROLLED_BACK} when the file holds less than the seal says was saved. */
    static void verify(Path folder, long inFile, OptionalLong sealed) {
        if (sealed.isPresent() && inFile < sealed.getAsLong()) {
            LOG.warn("Workspace commit number {} is below its seal {}", inFile, sealed.getAsLong());
            throw new WorkspaceException(WorkspaceProblem.ROLLED_BACK, WorkspaceFiles.databaseFile(folder), null);
        }
    }

    /** The commit number a database holds; 0 for a workspace made before the seal existed. */
    static long commitNumber(Statement statement) throws SQLException {
        try (ResultSet tables = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'COMMIT_SEAL'")) {
            tables.next();
            if (tables.getLong(1) == 0) {
                return 0;
            }
        }
        try (ResultSet result = statement.executeQuery("SELECT commit_number FROM commit_seal WHERE id = 1")) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    /** The number in {@code workspace.seal}; empty when there is none or it cannot be read. */
    public static OptionalLong readSeal(Path folder) {
        try {
            return read(folder).map(sealed -> OptionalLong.of(sealed.commitNumber())).orElse(OptionalLong.empty());
        } catch (UnreadableSealException e) {
            return OptionalLong.empty();
        }
    }

    /** The seal, empty when there is none; throws {@link UnreadableSealException} for one that cannot be read. */
    static Optional<Sealed> read(Path folder) {
        Path seal = file(folder);
        if (!Files.exists(seal, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(seal, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UnreadableSealException("not a regular file");
        }
        byte[] bytes;
        try (FileChannel channel = FileChannel.open(seal, StandardOpenOption.READ)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(MAX_SEAL_BYTES + 1);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // A regular file: reads end at its end; the bound stops an oversized one early.
            }
            if (!buffer.hasRemaining()) {
                throw new UnreadableSealException("larger than " + MAX_SEAL_BYTES + " bytes");
            }
            bytes = java.util.Arrays.copyOf(buffer.array(), buffer.position());
        } catch (IOException e) {
            throw new UnreadableSealException("cannot be read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw new UnreadableSealException("empty");
        }
        try {
            String[] lines = new String(bytes, StandardCharsets.US_ASCII).strip().split("\n");
            long number = Long.parseLong(lines[0].strip());
            Optional<ClosedFile> closed = Optional.empty();
            if (lines.length > 1 && lines[1].startsWith(CLOSED)) {
                String[] parts = lines[1].substring(CLOSED.length()).strip().split(" ");
                closed = Optional.of(new ClosedFile(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                        Long.parseLong(parts[2], 16)));
            } else if (lines.length > 1) {
                throw new UnreadableSealException("unknown second line");
            }
            if (number < 0) {
                throw new UnreadableSealException("negative commit number");
            }
            return Optional.of(new Sealed(number, closed));
        } catch (RuntimeException e) {
            if (e instanceof UnreadableSealException) {
                throw e;
            }
            throw new UnreadableSealException("not a seal");
        }
    }

    /**
     * After the workspace opened (and migrated): takes its commit number and writes the seal when it is missing or
     * behind — a crash between a commit and the seal's update leaves it behind, which is harmless.
     */
    static WorkspaceSeal attach(Path folder, DSLContext dsl) {
        long inFile = dsl.connectionResult(connection -> {
            try (Statement statement = connection.createStatement()) {
                return commitNumber(statement);
            }
        });
        WorkspaceSeal seal = new WorkspaceSeal(folder, inFile);
        OptionalLong sealed = readSeal(folder);
        if (sealed.isEmpty() || sealed.getAsLong() != inFile) {
            seal.writeQuietly();
        }
        return seal;
    }

    /** A DSLContext like {@code dsl} that tells this seal whenever a statement may have changed the database. */
    DSLContext watching(DSLContext dsl) {
        return DSL.using(dsl.configuration().deriveAppending(ExecuteListener.onExecuteEnd(this::executed)));
    }

    private void executed(ExecuteContext context) {
        ExecuteType type = context.type();
        // A backup reads the database; counting it as a change would make every backup the reason for the next one.
        if (context.sql() != null && context.sql().regionMatches(true, 0, "BACKUP TO", 0, 9)) {
            return;
        }
        if (type == ExecuteType.WRITE || type == ExecuteType.DDL || type == ExecuteType.BATCH
                || type == ExecuteType.ROUTINE) {
            wrote = true;
        }
    }

    /**
     * Called on the database thread after each task: when it wrote, raises the number, forces the file to disk and
     * then writes the seal. A failure here never fails the task: its work is committed, and a seal left behind only
     * weakens the check until the next write.
     */
    void afterTask(DSLContext plain) {
        if (!wrote) {
            return;
        }
        wrote = false;
        try {
            long next = commitNumber + 1;
            plain.execute("UPDATE commit_seal SET commit_number = ? WHERE id = 1", next);
            plain.execute("CHECKPOINT SYNC");
            commitNumber = next;
        } catch (RuntimeException e) {
            LOG.warn("Could not raise the workspace commit number", e);
            return;
        }
        writeQuietly();
    }

    long commitNumber() {
        return commitNumber;
    }

    private void writeQuietly() {
        try {
            write(folder, commitNumber, null);
        } catch (IOException e) {
            LOG.warn("Could not write the workspace seal in {}", folder, e);
        }
    }

    /** After the database was shut down cleanly: the seal records the file's digest too, to catch flipped bits. */
    void closed() {
        Path file = WorkspaceFiles.databaseFile(folder);
        try {
            ClosedFile closed = new ClosedFile(Files.size(file), Files.getLastModifiedTime(file).toMillis(), crc32c(file));
            write(folder, commitNumber, closed);
        } catch (IOException e) {
            LOG.warn("Could not seal the closed workspace in {}", folder, e);
        }
    }

    static long crc32c(Path file) throws IOException {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocateDirect(1 << 20);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                crc.update(buffer);
                buffer.clear();
            }
        }
        return crc.getValue();
    }

    /** Writes the seal atomically: a temporary file forced to disk, moved into place, the folder forced too. */
    static void write(Path folder, long commitNumber, ClosedFile closed) throws IOException {
        Path target = file(folder);
        Path partial = folder.resolve(FILE_NAME + ".part");
        String text = commitNumber + "\n" + (closed == null ? ""
                : CLOSED + " " + closed.size() + " " + closed.modifiedMillis() + " " + Long.toHexString(closed.crc32c()) + "\n");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(folder);
    }

    /** Makes the rename durable where the platform allows opening a folder (not on Windows). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.trace("Folder {} cannot be forced", folder, e);
        }
    }

    /** Drops the seal before the database file is replaced on purpose (a restore); the next opening writes it anew. */
    public static void forget(Path folder) throws IOException {
        Files.deleteIfExists(file(folder));
        forceFolder(folder);
    }
}
