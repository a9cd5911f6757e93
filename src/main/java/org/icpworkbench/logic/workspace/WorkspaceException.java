package org.icpworkbench.logic.workspace;

import java.nio.file.Path;
import org.icpworkbench.logic.common.UserFacingException;

/** A workspace that cannot be opened; the message names the file and what to do. */
public final class WorkspaceException extends UserFacingException {

    private final WorkspaceProblem problem;
    private final Path path;
    private Path quarantine;
    private WorkspaceBackups.Backup newestBackup;

    public WorkspaceException(WorkspaceProblem problem, Path path, Throwable cause) {
        super(cause, problem.messageKey(), path.toString(), cause == null ? "" : String.valueOf(cause.getMessage()));
        this.problem = problem;
        this.path = path;
    }

    public WorkspaceProblem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }

    /** The same problem, with where the file was copied to and the newest backup to offer (ADR 0017). */
    public WorkspaceException withRecovery(Path quarantineFolder, java.util.Optional<WorkspaceBackups.Backup> newest) {
        WorkspaceException copy = new WorkspaceException(problem, path, getCause());
        copy.quarantine = quarantineFolder;
        copy.newestBackup = newest.orElse(null);
        return copy;
    }

    /** The folder holding a copy of the damaged file, when it was copied. */
    public java.util.Optional<Path> quarantine() {
        return java.util.Optional.ofNullable(quarantine);
    }

    /** The newest backup beside the workspace when the file was found damaged. */
    public java.util.Optional<WorkspaceBackups.Backup> newestBackup() {
        return java.util.Optional.ofNullable(newestBackup);
    }
}
