package org.icpworkbench.gui;

import java.nio.file.Path;
import org.icpworkbench.gui.common.Failures;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WindowRaiseRequests;
import org.icpworkbench.logic.workspace.WorkspaceException;
import org.icpworkbench.logic.workspace.WorkspaceProblem;

/**
 * What a window says when its workspace could not be opened. When another instance holds it, that instance is asked
 * to come to the front first (through a file, never a socket), and to import the archive this one was opened with if
 * any. The message says the window came forward only when that instance answered within {@link #ANSWER_WAIT};
 * otherwise it names the process that holds the workspace without answering and what to do. This window then quits.
 */
final class SecondInstance {

    /** How long the other instance has to bring its window forward (it answers within milliseconds when it can). */
    static final java.time.Duration ANSWER_WAIT = java.time.Duration.ofSeconds(5);

    private SecondInstance() {
    }

    static String describe(Throwable failure, Path workspaceFolder, Messages messages) {
        return describe(failure, workspaceFolder, java.util.Optional.empty(), messages);
    }

    /** As above, handing {@code archive} (what this instance was opened with) to the window that holds the workspace. */
    static String describe(Throwable failure, Path workspaceFolder, java.util.Optional<Path> archive, Messages messages) {
        return describe(failure, workspaceFolder, archive, messages, ANSWER_WAIT);
    }

    /** As above, waiting {@code answerWait} for the other instance to answer. */
    static String describe(Throwable failure, Path workspaceFolder, java.util.Optional<Path> archive, Messages messages,
            java.time.Duration answerWait) {
        if (Failures.unwrap(failure) instanceof WorkspaceException problem && problem.problem() == WorkspaceProblem.IN_USE
                && WindowRaiseRequests.request(workspaceFolder, archive)) {
            WindowRaiseRequests.Answer answer = WindowRaiseRequests.awaitAnswer(workspaceFolder, answerWait);
            if (answer.answered()) {
                return archive.map(file -> messages.get("startup.inUse.handedOver", file.getFileName()))
                        .orElseGet(() -> messages.get("startup.inUse.raised"));
            }
            String silent = answer.holderPid().isPresent()
                    ? messages.get("startup.inUse.noAnswer", Long.toString(answer.holderPid().getAsLong()))
                    : messages.get("startup.inUse.noAnswerUnknown");
            return archive.map(file -> silent + " " + messages.get("startup.inUse.notHandedOver", file.getFileName()))
                    .orElse(silent);
        }
        return Failures.describe(failure, messages);
    }
}
