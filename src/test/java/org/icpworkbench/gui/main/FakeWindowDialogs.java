package org.icpworkbench.gui.main;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.gui.settings.SettingsViewModel;
import org.icpworkbench.gui.trash.TrashViewModel;
import org.icpworkbench.model.project.ProjectDetails;

/** Answers the main window's own dialogs from scripted replies. */
public final class FakeWindowDialogs implements WindowDialogs {

    /** Scripted recovery choices, in order (none left = Quit); the explanations each dialog showed are recorded. */
    public final Deque<WorkspaceRecoveryViewModel.Choice> recoveryReplies = new ArrayDeque<>();
    public final List<String> recoveryExplanations = new ArrayList<>();

    @Override
    public Optional<ProjectDetails> editProjectDetails(ProjectDetails current) {
        return Optional.empty();
    }

    @Override
    public void showTrash(TrashViewModel trash) {
    }

    @Override
    public void showSettings(SettingsViewModel settings) {
    }

    @Override
    public WorkspaceRecoveryViewModel.Choice askRecovery(WorkspaceRecoveryViewModel recovery) {
        recoveryExplanations.add(recovery.explanation());
        return recoveryReplies.isEmpty() ? WorkspaceRecoveryViewModel.Choice.QUIT : recoveryReplies.removeFirst();
    }
}
