package org.icpworkbench.gui.interview;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.interview.AnswerAutosaver;

/**
 * The banner shown while answers cannot be written (disk full, folder turned read-only): why, that the text is kept in
 * memory, and "Try again". The autosaver retries by itself meanwhile; the first successful save hides the banner.
 */
public final class SaveProblemViewModel {

    private final AnswerAutosaver autosaver;
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Runnable unsubscribe;

    public SaveProblemViewModel(AnswerAutosaver autosaver, Messages messages, Executor ui) {
        this.autosaver = autosaver;
        Runnable stopFailed = autosaver.onFailure(failure -> {
            String text = org.icpworkbench.logic.interview.SaveFailureReason.systemWords(failure).isPresent()
                    ? messages.get("saveProblem.message", reason(failure, messages))
                    : messages.get("saveProblem.message.translated", reason(failure, messages));
            ui.execute(() -> {
                message.set(text);
                showing.set(true);
            });
        });
        Runnable stopSaved = autosaver.onSaved(saved -> ui.execute(() -> showing.set(false)));
        this.unsubscribe = () -> {
            stopFailed.run();
            stopSaved.run();
        };
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "Try again": saves every unsaved answer now; the banner goes when a save succeeds, and stays otherwise. */
    public CompletableFuture<Void> retry() {
        return autosaver.retryNow();
    }

    public void dispose() {
        unsubscribe.run();
    }

    /**
     * The operating system's own words for the innermost cause ("No space left on device", "File too large"), or a
     * translated reason when the cause is the database's (its messages carry SQL and error codes).
     */
    public static String reasonFor(Throwable failure, Messages messages) {
        return reason(failure, messages);
    }

    static String reason(Throwable failure, Messages messages) {
        return org.icpworkbench.logic.interview.SaveFailureReason.systemWords(failure)
                .orElseGet(() -> messages.get(org.icpworkbench.logic.interview.SaveFailureReason.messageKey(failure)));
    }
}
