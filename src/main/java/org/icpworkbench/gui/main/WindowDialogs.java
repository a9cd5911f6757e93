package org.icpworkbench.gui.main;

import java.util.Optional;
import org.icpworkbench.gui.settings.SettingsViewModel;
import org.icpworkbench.gui.trash.TrashViewModel;
import org.icpworkbench.model.project.ProjectDetails;

/** The main window's own dialogs; {@code FxWindowDialogs} shows them, tests script them. */
public interface WindowDialogs {

    /** Asks for a project's details; empty when cancelled. */
    Optional<ProjectDetails> editProjectDetails(ProjectDetails current);

    void showTrash(TrashViewModel trash);

    void showSettings(SettingsViewModel settings);

    /** Shows why the workspace file cannot be used and asks what to do with it; closing the dialog is Quit. */
    WorkspaceRecoveryViewModel.Choice askRecovery(WorkspaceRecoveryViewModel recovery);
}
