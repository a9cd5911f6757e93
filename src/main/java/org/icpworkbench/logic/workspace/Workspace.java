package org.icpworkbench.logic.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open workspace: one H2 file, one connection, one {@link DSLContext} and the one thread that uses it.
 * Closing drains queued writes and then shuts the database down itself, since H2's own exit hook is off.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final Path folder;
    private final Connection connection;
    private final DatabaseExecutor database;
    private final WorkspaceSeal seal;
    private final boolean newlyCreated;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final java.time.Instant lastChangedBeforeOpening;
    private volatile boolean compactOnClose;

    /**
     * Asks for the file to be rewritten when the workspace closes (after an erasure): H2 otherwise keeps old copies
     * of changed pages in the file until it reuses the space.
     */
    public void compactOnClose() {
        compactOnClose = true;
    }

    public boolean compactsOnClose() {
        return compactOnClose;
    }

    /** When the file was last written before this opening (opening itself writes to it). */
    public java.time.Instant lastChangedBeforeOpening() {
        return lastChangedBeforeOpening;
    }

    Workspace(Path folder, Connection connection, DSLContext dsl, boolean newlyCreated, java.time.Instant lastChangedBeforeOpening) {
        this(folder, connection, dsl, newlyCreated, lastChangedBeforeOpening, null);
    }

    /** With its commit seal, which every writing task raises (ADR 0017). */
    Workspace(Path folder, Connection connection, DSLContext dsl, boolean newlyCreated, java.time.Instant lastChangedBeforeOpening,
            WorkspaceSeal seal) {
        this.lastChangedBeforeOpening = lastChangedBeforeOpening;
        this.folder = folder;
        this.connection = connection;
        this.database = new DatabaseExecutor(dsl, seal);
        this.seal = seal;
        this.newlyCreated = newlyCreated;
    }

    public Path folder() {
        return folder;
    }

    private volatile WorkspacePassword password = WorkspacePassword.none();

    private volatile ReconnectingConnection reconnecting;

    /** Closes through the connection in use, which is a new one after a failed write reopened the file (ADR 0018). */
    Workspace reconnecting(ReconnectingConnection provider) {
        this.reconnecting = provider;
        return this;
    }

    private volatile java.util.List<WorkspaceNotice> notices = java.util.List.of();

    Workspace withNotices(java.util.List<WorkspaceNotice> found) {
        this.notices = java.util.List.copyOf(found);
        return this;
    }

    /** What opening found and the user must be told (the window shows it, the command line writes it to stderr). */
    public java.util.List<WorkspaceNotice> notices() {
        return notices;
    }

    Workspace withPassword(WorkspacePassword opened) {
        this.password = opened;
        return this;
    }

    /** The password the file was opened with (none for a plain file), for reopening it: checks, restores, changes. */
    public WorkspacePassword password() {
        return password;
    }

    public Path databaseFile() {
        return WorkspaceFiles.databaseFile(folder);
    }

    public DatabaseExecutor database() {
        return database;
    }

    /** True when this opening created the file, so the caller may add the sample project. */
    public boolean newlyCreated() {
        return newlyCreated;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        database.close();
        Connection live = reconnecting == null ? connection : reconnecting.current();
        try (Statement statement = live.createStatement()) {
            statement.execute(compactOnClose ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            if (seal != null) {
                seal.closed();
            }
        } catch (SQLException e) {
            LOG.warn("Could not shut the workspace database down cleanly", e);
        }
        try {
            live.close();
        } catch (SQLException e) {
            LOG.debug("Connection already closed", e);
        }
    }
}
