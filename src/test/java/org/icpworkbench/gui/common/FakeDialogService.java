package org.icpworkbench.gui.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Answers the generic dialogs from scripted replies and records what was shown. A feature's own dialogs are scripted
 * by its fake next to its tests ({@code FakeCustomerDialogs}, {@code FakeScorecardDialogs}…).
 */
public final class FakeDialogService implements DialogService {

    public FakeDialogService() {
    }

    public final Deque<Optional<String>> textReplies = new ArrayDeque<>();
    public final Deque<Boolean> confirmReplies = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    public NotificationAction lastAction;

    @Override
    public Optional<String> askText(String title, String header, String label, String initialValue, String confirmLabel) {
        return textReplies.removeFirst();
    }

    @Override
    public boolean confirm(String title, String header, String content, String confirmLabel) {
        return confirmReplies.removeFirst();
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String header, String content) {
        informations.add(header + "\n" + content);
    }

    @Override
    public void notify(String message, Optional<NotificationAction> action) {
        notifications.add(message);
        lastAction = action.orElse(null);
    }

    public final Deque<Integer> choiceReplies = new ArrayDeque<>();
    public final Deque<Integer> buttonReplies = new ArrayDeque<>();
    public final List<String> buttonQuestions = new ArrayList<>();

    @Override
    public int askWithButtons(String title, String header, String content, java.util.List<String> buttons) {
        buttonQuestions.add(header + "\n" + content + "\n" + String.join(" | ", buttons));
        Integer reply = buttonReplies.pollFirst();
        return reply == null ? buttons.size() - 1 : reply;
    }

    @Override
    public Optional<Integer> chooseOne(String title, String header, java.util.List<String> options) {
        return Optional.ofNullable(choiceReplies.pollFirst());
    }

    public final Deque<java.nio.file.Path> openReplies = new ArrayDeque<>();
    public final List<String> informations = new ArrayList<>();

    @Override
    public Optional<java.nio.file.Path> chooseOpenFile(String title, String filterDescription, java.util.List<String> extensions) {
        return Optional.ofNullable(openReplies.pollFirst());
    }

    public final Deque<java.nio.file.Path> saveReplies = new ArrayDeque<>();

    @Override
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                                       String extension) {
        return Optional.ofNullable(saveReplies.pollFirst());
    }

    /** View models never show a view themselves (their feature's fake answers for it): nothing is shown. */
    @Override
    public <M> boolean showModal(M viewModel,
            java.util.function.BiFunction<M, org.icpworkbench.logic.i18n.Messages, ? extends ModalView> view) {
        throw new AssertionError("a view model showed a view through DialogService; use its feature's *Dialogs");
    }
}
