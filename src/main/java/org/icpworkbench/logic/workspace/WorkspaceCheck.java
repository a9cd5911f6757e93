package org.icpworkbench.logic.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a workspace without changing it: the file is opened read-only (no migration, no backup, no sample), every
 * table is read row by row — so H2 verifies the checksum of every page it holds — and the schema version is compared
 * with the ones this release knows. A problem throws the same {@link WorkspaceException} as opening would.
 */
public final class WorkspaceCheck {

    /** What a healthy workspace holds. */
    public record Health(int schemaVersion, long projects, long interviews, long answers, long rows) { }

    private WorkspaceCheck() {
    }

    public static Health check(Path folder, int newestKnownSchemaVersion) {
        return check(folder, newestKnownSchemaVersion, WorkspacePassword.none());
    }

    /** As {@link #check(Path, int)} for a workspace that may be encrypted with {@code password}. */
    public static Health check(Path folder, int newestKnownSchemaVersion, WorkspacePassword password) {
        Path file = WorkspaceFiles.databaseFile(folder);
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new org.icpworkbench.logic.common.UserFacingException("check.missing", file.toString());
        }
        WorkspaceOpener.requireRegularFile(file);
        try {
            if (Files.size(file) == 0) {
                throw new WorkspaceException(WorkspaceProblem.EMPTY_FILE, file, null);
            }
        } catch (java.io.IOException e) {
            throw new WorkspaceException(WorkspaceProblem.DAMAGED, file, e);
        }
        java.util.Optional<WorkspaceSeal.Sealed> sealed;
        try {
            sealed = WorkspaceSeal.read(folder);
        } catch (WorkspaceSeal.UnreadableSealException e) {
            throw new WorkspaceException(WorkspaceProblem.SEAL_UNREADABLE, WorkspaceSeal.file(folder), e);
        }
        WorkspaceSeal.DigestMatch match = sealed.map(seal -> WorkspaceSeal.digestMatch(folder, seal))
                .orElse(WorkspaceSeal.DigestMatch.NO_DIGEST);
        String url = "jdbc:h2:file:" + folder.resolve(WorkspaceFiles.DATABASE_NAME).toAbsolutePath()
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0" + WorkspaceEncryption.urlSettings(password);
        WorkspaceEncryption.requireMatching(file, password);
        try (Connection connection = DriverManager.getConnection(url, "sa", WorkspaceEncryption.connectionPassword(password));
             Statement statement = connection.createStatement()) {
            int schema = schemaVersion(statement);
            if (schema > newestKnownSchemaVersion) {
                throw new WorkspaceException(WorkspaceProblem.NEWER_SCHEMA, file, null);
            }
            long rows = readEveryRow(statement);
            long inFile = WorkspaceSeal.commitNumber(statement);
            if (sealed.isPresent()) {
                WorkspaceSeal.verify(folder, inFile, sealed.get(), match);
            }
            Health health = new Health(schema, count(statement, "project"), count(statement, "interview"),
                    count(statement, "answer"), rows);
            statement.execute("SHUTDOWN");
            return health;
        } catch (SQLException e) {
            throw new WorkspaceException(WorkspaceEncryption.classify(e, password), file, e);
        }
    }

    /** Reads every value of every table, so H2 reads every live page; returns the number of rows. */
    static long readEveryRow(Statement statement) throws SQLException {
        long rows = 0;
        for (String table : tables(statement)) {
            try (ResultSet all = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                int columns = all.getMetaData().getColumnCount();
                while (all.next()) {
                    for (int column = 1; column <= columns; column++) {
                        all.getObject(column);
                    }
                    rows++;
                }
            }
        }
        return rows;
    }

    private static int schemaVersion(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery(
                "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }
}
