package org.icpworkbench.gui.workspace;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.workspace.WorkspacePassword;

/** {@link WorkspaceDialogs} as this feature's dialog views, shown owned by the window. */
public record FxWorkspaceDialogs(DialogService dialogs) implements WorkspaceDialogs {

    @Override
    public Optional<WorkspacePassword> askWorkspacePassword(Path file, Optional<String> error) {
        AtomicReference<Optional<WorkspacePassword>> typed = new AtomicReference<>(Optional.empty());
        dialogs.showModal(file, (folderFile, messages) -> owner -> {
            typed.set(WorkspacePasswordPrompt.ask(messages, owner, folderFile, error));
            return typed.get().isPresent();
        });
        return typed.get();
    }

    @Override
    public boolean editWorkspacePassword(WorkspacePasswordViewModel editor) {
        return dialogs.showModal(editor, WorkspacePasswordView::new);
    }
}
