package org.icpworkbench.logic.workspace;

import java.nio.file.Path;
import org.icpworkbench.logic.common.UserFacingException;

/** A workspace that cannot be opened; the message names the file and what to do. */
public final class WorkspaceException extends UserFacingException {

    private final WorkspaceProblem problem;
    private final Path path;

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
}
