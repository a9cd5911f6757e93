package org.icpworkbench.gui.workspace;

import java.nio.file.Path;
import java.util.Optional;
import org.icpworkbench.logic.workspace.WorkspacePassword;

/** The workspace file's own dialogs (its password); {@code FxWorkspaceDialogs} shows them, tests script them. */
public interface WorkspaceDialogs {

    /**
     * Asks for the password of the encrypted workspace file, with {@code error} shown above the field (a wrong password
     * typed before); empty when the user chose to quit.
     */
    Optional<WorkspacePassword> askWorkspacePassword(Path file, Optional<String> error);

    /** Shows the dialog to protect the workspace, change or remove its password; true when the user confirmed. */
    boolean editWorkspacePassword(WorkspacePasswordViewModel editor);
}
