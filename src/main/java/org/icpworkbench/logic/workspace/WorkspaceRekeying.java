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
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a database file under another password (or none) in a staging folder with H2's {@link ChangeFileEncryption},
 * and checks that a staged file opens with a given password. The file it started from is never written.
 */
final class WorkspaceRekeying {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRekeying.class);

    private WorkspaceRekeying() {
    }

    /**
     * Re-encrypts {@code staging/workspace.mv.db} in place (H2 writes a temporary file beside it and swaps), from
     * {@code current} to {@code next}; either may be none.
     */
    static void rekeyStaged(Path staging, WorkspacePassword current, WorkspacePassword next) throws SQLException {
        char[] decrypt = WorkspaceEncryption.filePassword(current);
        char[] encrypt = WorkspaceEncryption.filePassword(next);
        try {
            ChangeFileEncryption.execute(staging.toAbsolutePath().toString(), WorkspaceFiles.DATABASE_NAME, "AES",
                    decrypt, encrypt, true);
        } finally {
            wipe(decrypt);
            wipe(encrypt);
        }
    }

    /**
     * Opens {@code staging/workspace.mv.db} read-only with the password and reads from it; a file the password does
     * not fit, or one that does not open, throws a {@link WorkspaceException} naming {@code reportedAs}; a password that
     * does not decrypt it is reported as {@code whenWrong}.
     */
    static void requireOpens(Path staging, WorkspacePassword password, Path reportedAs, WorkspaceProblem whenWrong) {
        Path file = WorkspaceFiles.databaseFile(staging);
        boolean encrypted = WorkspaceEncryption.isEncrypted(file);
        if (encrypted != password.isPresent()) {
            throw new WorkspaceException(encrypted ? WorkspaceProblem.ENCRYPTED : WorkspaceProblem.NOT_ENCRYPTED,
                    reportedAs, null);
        }
        String url = "jdbc:h2:file:" + staging.resolve(WorkspaceFiles.DATABASE_NAME).toAbsolutePath()
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0" + WorkspaceEncryption.urlSettings(password);
        try (Connection connection = DriverManager.getConnection(url, "sa", WorkspaceEncryption.connectionPassword(password));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM project")) {
            result.next();
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            WorkspaceProblem problem = WorkspaceEncryption.classify(e, password);
            throw new WorkspaceException(problem == WorkspaceProblem.WRONG_PASSWORD ? whenWrong : problem, reportedAs, e);
        }
    }

    /**
     * Re-encrypts the database inside a backup zip: unpacked into {@code staging}, checked to open with
     * {@code current}, rekeyed, checked to open with {@code next}, zipped beside the backup, synced and moved over it.
     */
    static void rekeyBackup(Path backupZip, Path staging, WorkspacePassword current, WorkspacePassword next)
            throws IOException, SQLException {
        Files.createDirectories(staging);
        String wanted = WorkspaceFiles.databaseFile(staging).getFileName().toString();
        Path unpacked = staging.resolve(wanted);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backupZip))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(wanted)) {
                    Files.copy(zip, unpacked, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (!Files.exists(unpacked)) {
            throw new IOException(backupZip + " holds no " + wanted);
        }
        requireOpens(staging, current, backupZip, WorkspaceProblem.ENCRYPTED);
        rekeyStaged(staging, current, next);
        requireOpens(staging, next, backupZip, WorkspaceProblem.ENCRYPTED);
        Path partial = backupZip.resolveSibling(backupZip.getFileName() + ".rekey");
        try {
            try (OutputStream out = Files.newOutputStream(partial);
                 ZipOutputStream zip = new ZipOutputStream(out);
                 InputStream in = Files.newInputStream(unpacked)) {
                zip.putNextEntry(new ZipEntry(wanted));
                in.transferTo(zip);
                zip.closeEntry();
            }
            force(partial);
            Files.move(partial, backupZip, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", file, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not clean up {}", folder, e);
        }
    }

    private static void wipe(char[] characters) {
        if (characters != null) {
            Arrays.fill(characters, '\0');
        }
    }
}
