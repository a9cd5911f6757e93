package org.icpworkbench.logic.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a workspace folder, creating the database only when no file is there. Anything unexpected about
 * an existing file stops the opening with a {@link WorkspaceException}; an existing file is never
 * replaced or recreated.
 */
public final class WorkspaceOpener {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceOpener.class);
    private static final String USER = "sa";

    public Workspace open(Path folder) {
        return open(folder, WorkspacePassword.none());
    }

    /** Opens the workspace with its password; a new workspace created with a password is encrypted (ADR 0020). */
    public Workspace open(Path folder, WorkspacePassword password) {
        try {
            return openChecked(folder, password);
        } catch (WorkspaceException e) {
            throw WorkspaceQuarantine.keepIfDamaged(folder, e, java.time.Clock.systemUTC());
        }
    }

    private Workspace openChecked(Path folder, WorkspacePassword password) {
        Path file = WorkspaceFiles.databaseFile(folder);
        boolean exists = Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        java.time.Instant lastChanged = java.time.Instant.now();
        java.util.Optional<WorkspaceNotice> notice = java.util.Optional.empty();
        if (exists) {
            checkExistingFile(folder, file);
            WorkspaceEncryption.requireMatching(file, password);
            notice = verifySeal(folder, file, password);
            lastChanged = lastModified(file);
        } else {
            prepareFolder(folder, file);
        }
        Connection connection = connect(folder, file, exists, password);
        try {
            migrate(folder, file, exists, password);
            // After a failed write (disk full) H2 closes the database; the provider reopens it for the retries (ADR 0018).
            ReconnectingConnection reconnecting = new ReconnectingConnection(folder, connection, () -> connect(folder, file, true, password));
            DSLContext dsl = reconnecting.dsl();
            return new Workspace(folder, connection, dsl, !exists, lastChanged, WorkspaceSeal.attach(folder, dsl))
                    .withPassword(password).reconnecting(reconnecting).withNotices(notice.stream().toList());
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Only a regular file (or a link to one) is a workspace: a folder, a device, a FIFO or a dangling link in its place
     * is refused before anything reads it — reading a FIFO waits forever, reading a device never ends.
     */
    static void requireRegularFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(WorkspaceProblem.NOT_A_FILE, file, null);
        }
    }

    private static void checkExistingFile(Path folder, Path file) {
        requireRegularFile(file);
        try {
            if (Files.size(file) == 0) {
                throw new WorkspaceException(WorkspaceProblem.EMPTY_FILE, file, null);
            }
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceProblem.DAMAGED, file, e);
        }
        if (!Files.isWritable(file) || !canWriteIn(folder)) {
            throw new WorkspaceException(WorkspaceProblem.NOT_WRITABLE, folder, null);
        }
    }

    private static java.time.Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return java.time.Instant.now();
        }
    }

    private static void prepareFolder(Path folder, Path file) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new WorkspaceException(WorkspaceProblem.NOT_WRITABLE, folder, e);
        }
        if (!canWriteIn(folder)) {
            throw new WorkspaceException(WorkspaceProblem.NOT_WRITABLE, folder, null);
        }
        LOG.info("Creating a new workspace at {}", file);
    }

    /** Asks the file system itself, since permission bits do not tell the whole story (root, ACLs, read-only mounts). */
    private static boolean canWriteIn(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** A file older than its seal is refused through a read-only connection, before anything could write (ADR 0017). */
    private static java.util.Optional<WorkspaceNotice> verifySeal(Path folder, Path file, WorkspacePassword password) {
        try {
            return WorkspaceSeal.verifyBeforeOpening(folder, () -> DriverManager.getConnection(WorkspaceFiles.jdbcUrl(folder, true)
                    + WorkspaceEncryption.urlSettings(password) + ";ACCESS_MODE_DATA=r", USER,
                    WorkspaceEncryption.connectionPassword(password)));
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceEncryption.classify(e, password), file, e);
        }
    }

    /** A failure to open that is a failure to write (a full disk, a refusing file system) is never called damage. */
    private static WorkspaceException openingFailure(Path folder, Path file, SQLException e, WorkspacePassword password) {
        WorkspaceProblem problem = WorkspaceEncryption.classify(e, password);
        if (problem == WorkspaceProblem.DAMAGED || problem == WorkspaceProblem.UNEXPECTED) {
            if (WorkspaceWriteFailure.isDiskFull(folder, e)) {
                return new WorkspaceException(WorkspaceProblem.DISK_FULL, folder, e);
            }
            if (WorkspaceWriteFailure.isRefused(e)) {
                return new WorkspaceException(WorkspaceProblem.NOT_WRITABLE, folder, e);
            }
        }
        return new WorkspaceException(problem, file, e);
    }

    private static Connection connect(Path folder, Path file, boolean mustExist, WorkspacePassword password) {
        try {
            return DriverManager.getConnection(WorkspaceFiles.jdbcUrl(folder, mustExist) + WorkspaceEncryption.urlSettings(password),
                    USER, WorkspaceEncryption.connectionPassword(password));
        } catch (SQLException e) {
            throw openingFailure(folder, file, e, password);
        }
    }

    static WorkspaceProblem classify(SQLException e) {
        return switch (e.getErrorCode()) {
            case 90020 -> WorkspaceProblem.IN_USE;
            case 90030, 90048, 90067 -> WorkspaceProblem.DAMAGED;
            case 90049, 90050, 28000 -> WorkspaceProblem.ENCRYPTED;
            case 90013, 90146 -> WorkspaceProblem.DAMAGED;
            default -> looksDamaged(e) ? WorkspaceProblem.DAMAGED : WorkspaceProblem.UNEXPECTED;
        };
    }

    private static boolean looksDamaged(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase();
        return message.contains("corrupt") || message.contains("mvstoreexception") || message.contains("chunk");
    }

    private static void migrate(Path folder, Path file, boolean existed, WorkspacePassword password) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource(WorkspaceFiles.jdbcUrl(folder, true) + WorkspaceEncryption.urlSettings(password),
                        WorkspaceEncryption.connectionPassword(password)))
                .locations("classpath:db/migration")
                .load();
        try {
            if (existed && hasNewerMigrations(flyway)) {
                throw new WorkspaceException(WorkspaceProblem.NEWER_SCHEMA, file, null);
            }
            MigrateResult result = flyway.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("Workspace schema migrated to version {}", result.targetSchemaVersion);
            }
        } catch (WorkspaceException e) {
            throw e;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw openingFailure(folder, file, sql, password);
            }
            throw new WorkspaceException(WorkspaceWriteFailure.isDiskFull(folder, e) ? WorkspaceProblem.DISK_FULL
                    : WorkspaceProblem.UNEXPECTED, file, e);
        }
    }

    /** H2's own data source: Flyway would trim the trailing space of "file password, space, empty user password". */
    private static javax.sql.DataSource dataSource(String url, String connectionPassword) {
        org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
        source.setURL(url);
        source.setUser(USER);
        source.setPassword(connectionPassword);
        return source;
    }

    private static boolean hasNewerMigrations(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .anyMatch(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Ignored while closing", e);
        }
    }
}
