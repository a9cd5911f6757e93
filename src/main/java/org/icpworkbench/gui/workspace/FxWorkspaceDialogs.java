package org.icpworkbench.gui.workspace;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspacePassword;

/** {@link WorkspaceDialogs} as this feature's dialog views, shown owned by the window through {@link DialogService#showModal}. */
public final class FxWorkspaceDialogs implements WorkspaceDialogs {

    private final DialogService dialogs;
    private final Messages messages;

    public FxWorkspaceDialogs(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public Optional<WorkspacePassword> askWorkspacePassword(Path file, Optional<String> error) {
        AtomicReference<Optional<WorkspacePassword>> typed = new AtomicReference<>(Optional.empty());
        dialogs.showModal(owner -> {
            typed.set(WorkspacePasswordPrompt.ask(messages, owner, file, error));
            return typed.get().isPresent();
        });
        return typed.get();
    }

    @Override
    public boolean editWorkspacePassword(WorkspacePasswordViewModel editor) {
        return dialogs.showModal(new WorkspacePasswordView(editor, messages)::showAndWait);
    }
}
