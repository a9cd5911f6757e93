package org.icpworkbench.logic.workspace;

import java.nio.file.Path;

/** Names of the files a workspace folder holds. */
public final class WorkspaceFiles {

    static final String DATABASE_NAME = "workspace";

    /** The newest schema version this release's migrations create (the highest V&lt;n&gt;__ in db/migration). */
    public static final int SCHEMA_VERSION = 5;

    private WorkspaceFiles() {
    }

    public static Path databaseFile(Path folder) {
        return folder.resolve(DATABASE_NAME + ".mv.db");
    }

    static String jdbcUrl(Path folder, boolean mustExist) {
        return "jdbc:h2:file:" + folder.resolve(DATABASE_NAME).toAbsolutePath()
                // No workspace.trace.db: failures are logged by the application and told to the user.
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }
}
