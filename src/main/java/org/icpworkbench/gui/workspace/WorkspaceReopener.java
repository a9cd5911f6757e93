package org.icpworkbench.gui.workspace;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.workspace.WorkspacePassword;

/**
 * Closes the open workspace (typed text saved first), runs work on its closed files — a restore, a change of
 * password — then opens it again and shows it in the same window. Implemented by the application, which owns the
 * open workspace; view models ask for it so they stay testable.
 */
public interface WorkspaceReopener {

    /** Work on the files of a closed workspace; returns the password to open it with afterwards. */
    @FunctionalInterface
    interface ClosedWorkspaceWork {
        WorkspacePassword run(Path folder, WorkspacePassword current) throws Exception;
    }

    /**
     * Completes when the workspace is open again. When the work fails the workspace is opened as it was and the
     * future fails with the work's exception.
     */
    CompletableFuture<Void> reopenAfter(ClosedWorkspaceWork work);
}
