package org.icpworkbench.gui.workspace;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.icpworkbench.logic.workspace.WorkspacePassword;

/** Answers the workspace's password dialogs from scripted replies. */
public final class FakeWorkspaceDialogs implements WorkspaceDialogs {

    /** Scripted workspace passwords, in order (empty = Quit); the errors each prompt showed are recorded. */
    public final Deque<Optional<String>> passwordReplies = new ArrayDeque<>();
    public final List<Optional<String>> passwordPromptErrors = new ArrayList<>();
    /** Scripted password dialogs: each reply fills the dialog and says whether the user confirmed; none = cancel. */
    public final Deque<Predicate<WorkspacePasswordViewModel>> passwordEditReplies = new ArrayDeque<>();

    @Override
    public Optional<WorkspacePassword> askWorkspacePassword(Path file, Optional<String> error) {
        passwordPromptErrors.add(error);
        return passwordReplies.removeFirst().map(typed -> WorkspacePassword.of(typed.toCharArray()));
    }

    @Override
    public boolean editWorkspacePassword(WorkspacePasswordViewModel editor) {
        return !passwordEditReplies.isEmpty() && passwordEditReplies.removeFirst().test(editor) && editor.validProperty().get();
    }
}
