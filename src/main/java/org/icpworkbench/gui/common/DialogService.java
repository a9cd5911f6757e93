package org.icpworkbench.gui.common;

import java.util.Optional;

/**
 * The generic dialogs a view model may open — messages, confirmations, choices, file choosers — and a way to show a
 * feature's own dialog view; the window implements it, tests fake it. A feature's dialogs are named in its own small
 * interface ({@code CustomerDialogs}, {@code ScorecardDialogs}, {@code WindowDialogs}…, ADR 0023), never here.
 */
public interface DialogService {

    /** Asks for one line of text; empty when cancelled. */
    Optional<String> askText(String title, String header, String label, String initialValue, String confirmLabel);

    /** Asks the user to confirm; true only for the confirming button. */
    boolean confirm(String title, String header, String content, String confirmLabel);

    void showError(String message);

    /**
     * Shows why something failed, in the user's words; work that only met the workspace being closed or reopened is
     * not shown, since the window loads everything again once the workspace is back (or is closing).
     */
    default void showFailure(Throwable failure, org.icpworkbench.logic.i18n.Messages messages) {
        if (Failures.isWorkspaceClosed(failure)) {
            org.slf4j.LoggerFactory.getLogger(DialogService.class).debug("Not shown: {}", failure.toString());
            return;
        }
        showError(Failures.describe(failure, messages));
    }

    void showInformation(String title, String header, String content);

    /** A passing notice, with an optional action such as Undo. */
    void notify(String message, Optional<NotificationAction> action);

    /**
     * Asks a question answered by one of several buttons (the last one cancels, as does closing the dialog); the index
     * of the button chosen.
     */
    int askWithButtons(String title, String header, String content, java.util.List<String> buttons);

    /** Asks the user to pick one of the options; the index chosen, empty when cancelled. */
    Optional<Integer> chooseOne(String title, String header, java.util.List<String> options);

    /** Asks which file to open; empty when cancelled. */
    Optional<java.nio.file.Path> chooseOpenFile(String title, String filterDescription, java.util.List<String> extensions);

    /** Asks where to save a file; empty when cancelled. */
    Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String filterDescription, String extension);

    /** A button on a notice and what it does. */
    record NotificationAction(String label, java.util.function.Supplier<java.util.concurrent.CompletableFuture<Void>> action) {
    }

    /**
     * Shows the dialog view that {@code view} builds for {@code viewModel}, owned by the window; true when the user
     * confirmed. The features' {@code *Dialogs} implementations call it; view models never do (they ask their
     * feature's {@code *Dialogs} interface, so this service names no feature).
     */
    <M> boolean showModal(M viewModel, java.util.function.BiFunction<M, org.icpworkbench.logic.i18n.Messages, ? extends ModalView> view);
}
