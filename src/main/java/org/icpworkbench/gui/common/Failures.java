package org.icpworkbench.gui.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.i18n.Messages;
import org.slf4j.LoggerFactory;

/** Turns a failure into a sentence for the user, logging what the user does not need to read. */
public final class Failures {

    private Failures() {
    }

    public static String describe(Throwable failure, Messages messages) {
        Throwable cause = unwrap(failure);
        if (cause instanceof UserFacingException problem) {
            return messages.describe(problem);
        }
        LoggerFactory.getLogger(Failures.class).error("Unexpected failure", cause);
        return messages.get("error.unexpected", String.valueOf(cause.getMessage() == null ? cause : cause.getMessage()));
    }

    /** Work that met a workspace closed meanwhile (the window closing or reopening it): not the user's concern. */
    public static boolean isWorkspaceClosed(Throwable failure) {
        return unwrap(failure) instanceof org.icpworkbench.logic.workspace.WorkspaceClosedException;
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
