package org.icpworkbench.gui.workspace;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspacePassword;
import org.icpworkbench.logic.workspace.WorkspacePasswordChange;

/**
 * Protecting the open workspace with a password, changing it or removing it: the typed passwords, what is wrong with
 * them (live), and the change itself, done by closing the workspace, re-encrypting it and opening it again.
 */
public final class WorkspacePasswordViewModel {

    /** What the dialog does; the menu offers PROTECT for a plain workspace, CHANGE and REMOVE for an encrypted one. */
    public enum Mode {
        PROTECT, CHANGE, REMOVE;

        public boolean needsCurrent() {
            return this != PROTECT;
        }

        public boolean needsNew() {
            return this != REMOVE;
        }
    }

    private final Messages messages;
    private final Mode mode;
    private final WorkspaceReopener reopener;
    private final Clock clock;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;

    public WorkspacePasswordViewModel(Messages messages, Mode mode, WorkspaceReopener reopener, Clock clock) {
        this.messages = messages;
        this.mode = mode;
        this.reopener = reopener;
        this.clock = clock;
        for (Observable input : new Observable[] {current, newPassword, repeat}) {
            input.addListener(observable -> problem.set(check()));
        }
        problem.set(check());
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    public Mode mode() {
        return mode;
    }

    public String title() {
        return messages.get("password.dialog." + mode + ".title");
    }

    public String header() {
        return messages.get("password.dialog." + mode + ".header");
    }

    public String confirmLabel() {
        return messages.get("password.dialog." + mode + ".confirm");
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** What is wrong with the typed passwords; empty when they can be used. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    private String check() {
        if (mode.needsCurrent() && current.get().isEmpty()) {
            return messages.get("password.validation.currentMissing");
        }
        if (!mode.needsNew()) {
            return "";
        }
        if (newPassword.get().length() < WorkspacePasswordChange.MINIMUM_LENGTH) {
            return messages.get("password.validation.tooShort", WorkspacePasswordChange.MINIMUM_LENGTH);
        }
        if (!newPassword.get().equals(repeat.get())) {
            return messages.get("password.validation.mismatch");
        }
        if (mode == Mode.CHANGE && newPassword.get().equals(current.get())) {
            return messages.get("password.validation.same");
        }
        return "";
    }

    /**
     * Closes the workspace, re-encrypts it and its backups, and opens it again with the new password; completes with
     * the message to show. A wrong current password fails with that problem and the workspace opens as it was.
     */
    public CompletableFuture<String> apply() {
        if (!valid.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException(problem.get()));
        }
        WorkspacePassword typedCurrent = mode.needsCurrent() ? WorkspacePassword.of(current.get().toCharArray())
                : WorkspacePassword.none();
        WorkspacePassword next = mode.needsNew() ? WorkspacePassword.of(newPassword.get().toCharArray())
                : WorkspacePassword.none();
        AtomicReference<WorkspacePasswordChange.Outcome> outcome = new AtomicReference<>();
        return reopener.reopenAfter((folder, open) -> {
            outcome.set(WorkspacePasswordChange.change(folder, mode.needsCurrent() ? typedCurrent : open, next, clock));
            return next;
        }).thenApply(done -> message(outcome.get())).whenComplete((done, failure) -> typedCurrent.wipe());
    }

    private String message(WorkspacePasswordChange.Outcome outcome) {
        String done = messages.get("password.done." + mode, outcome.backupsRekeyed());
        if (outcome.backupsWithOldPassword().isEmpty()) {
            return done;
        }
        return done + " " + messages.get("password.backupsLeft", outcome.backupsWithOldPassword().size(),
                String.join(", ", outcome.backupsWithOldPassword().stream().map(path -> path.getFileName().toString())
                        .toList()));
    }
}
