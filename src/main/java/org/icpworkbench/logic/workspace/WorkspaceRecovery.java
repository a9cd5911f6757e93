package org.icpworkbench.logic.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import org.h2.tools.Recover;
import org.icpworkbench.logic.common.UserFacingException;

/**
 * H2's Recover tool on a quarantined copy: it reads whatever pages it can and writes them as a SQL script
 * ({@code workspace.h2.sql}) in the quarantine folder. The workspace's own file is never read or written by it.
 */
public final class WorkspaceRecovery {

    private WorkspaceRecovery() {
    }

    /** Writes the recovery script beside the quarantined copy in {@code quarantineFolder}; returns the script. */
    public static Path writeScript(Path quarantineFolder) {
        Path copy = WorkspaceFiles.databaseFile(quarantineFolder);
        if (!Files.isRegularFile(copy)) {
            throw new UserFacingException("recovery.error.noCopy", quarantineFolder.toString());
        }
        // H2's Recover knows no file password: on an encrypted file it writes an empty script as if it had succeeded.
        if (WorkspaceEncryption.isEncrypted(copy)) {
            throw new UserFacingException("recovery.error.encrypted", copy.toString());
        }
        try {
            Recover recover = new Recover();
            // Recover prints what it cannot read to its own output, which on the command line is the data channel.
            recover.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            recover.runTool("-dir", quarantineFolder.toAbsolutePath().toString(), "-db", WorkspaceFiles.DATABASE_NAME);
        } catch (SQLException | RuntimeException e) {
            throw new UserFacingException(e, "recovery.error.failed", quarantineFolder.toString());
        }
        Path script = quarantineFolder.resolve(WorkspaceFiles.DATABASE_NAME + ".h2.sql");
        if (!Files.isRegularFile(script)) {
            throw new UserFacingException("recovery.error.failed", quarantineFolder.toString());
        }
        return script;
    }

    /** For the command line: copies the workspace file to a new quarantine folder and writes the script there. */
    public static Path quarantineAndWriteScript(Path workspaceFolder, Clock clock) {
        Path database = WorkspaceFiles.databaseFile(workspaceFolder);
        if (!Files.exists(database, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new UserFacingException("check.missing", database.toString());
        }
        WorkspaceOpener.requireRegularFile(database);
        if (WorkspaceEncryption.isEncrypted(database)) {
            throw new UserFacingException("recovery.error.encrypted", database.toString());
        }
        try {
            return writeScript(WorkspaceQuarantine.keep(workspaceFolder, clock));
        } catch (IOException e) {
            throw new UserFacingException(e, "recovery.error.failed", workspaceFolder.toString());
        }
    }
}
