package org.icpworkbench.logic.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.TransactionListener;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace's one connection, as jOOQ sees it. When a write fails (disk full, file-size limit, the folder turned
 * read-only), H2 closes the whole database and every later statement fails, even once writing works again. This
 * provider notices that and opens the file afresh before the next task, so the autosaver's retries can succeed
 * without restarting the application (ADR 0018). Reopening recovers the last synced state: every acknowledged save.
 * Only the database thread acquires connections.
 */
final class ReconnectingConnection implements ConnectionProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ReconnectingConnection.class);
    /**
     * H2's "database is closed" (90098), its I/O errors (90028, 90031), and "database is read only" (90097): a file
     * that could not be written when it was reopened (made immutable for a moment) is opened read-only by H2 and
     * stays so, so that connection must be replaced too once writing works again.
     */
    private static final int[] CLOSED_BY_FAILED_WRITE = {90098, 90028, 90031, 90097};

    /** Opens a new connection to the same file with the same settings; throws a {@link WorkspaceException} when it cannot. */
    @FunctionalInterface
    interface Opener {
        Connection open();
    }

    private final Opener opener;
    private final java.nio.file.Path folder;
    private volatile Connection current;
    private volatile boolean broken;

    ReconnectingConnection(java.nio.file.Path folder, Connection first, Opener opener) {
        this.folder = folder;
        this.current = first;
        this.opener = opener;
    }

    /** A jOOQ context on this provider that marks the connection broken when H2 reports a failed write. */
    DSLContext dsl() {
        return DSL.using(new DefaultConfiguration()
                .set(this)
                .set(SQLDialect.H2)
                .set(new Settings().withExecuteLogging(false))
                .set(ExecuteListener.onException(context -> noticeFailure(context.exception())))
                .set(TransactionListener.onRollbackEnd(context -> noticeFailure(context.causeThrowable()))));
    }

    @Override
    public Connection acquire() {
        if (broken) {
            reconnect();
        }
        return current;
    }

    @Override
    public void release(Connection connection) {
        // The one connection stays open until the workspace closes.
    }

    /** The connection now in use (the workspace shuts the database down through it). */
    Connection current() {
        return current;
    }

    boolean broken() {
        return broken;
    }

    private void reconnect() {
        // A database left open read-only would be joined, not reopened, by the next connection to the same file.
        shutDownQuietly(current);
        Connection fresh = opener.open();
        if (isReadOnly(fresh)) {
            closeQuietly(fresh);
            throw new WorkspaceException(WorkspaceProblem.NOT_WRITABLE, folder, null);
        }
        Connection old = current;
        current = fresh;
        broken = false;
        try {
            old.close();
        } catch (SQLException e) {
            LOG.debug("The closed database's connection could not be closed", e);
        }
        LOG.info("The workspace database was reopened after a failed write");
    }

    /** H2 opens a file it cannot write read-only without a word; the autosaver needs a writable one. */
    static boolean isReadOnly(Connection connection) {
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet result = statement.executeQuery("SELECT READONLY()")) {
            return result.next() && result.getBoolean(1);
        } catch (SQLException e) {
            return true;
        }
    }

    private static void shutDownQuietly(Connection connection) {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("The failed database was closed already", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Could not close a read-only connection", e);
        }
    }

    void noticeFailure(Throwable failure) {
        if (closedByFailedWrite(failure)) {
            broken = true;
        }
    }

    static boolean closedByFailedWrite(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                for (int code : CLOSED_BY_FAILED_WRITE) {
                    if (sql.getErrorCode() == code) {
                        return true;
                    }
                }
                if (String.valueOf(sql.getMessage()).contains("MVStoreException")) {
                    return true;
                }
            }
        }
        return false;
    }
}
