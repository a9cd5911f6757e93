package org.icpworkbench.logic.workspace;

/**
 * Work asked of a workspace that was closed meanwhile: the window is closing, or the workspace is being reopened
 * (a restore, a password change) and the window will load everything again. Nothing for the user to read.
 */
public final class WorkspaceClosedException extends RuntimeException {

    public WorkspaceClosedException(Throwable cause) {
        super("The workspace was closed before this work could run", cause);
    }
}
