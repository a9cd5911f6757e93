package org.icpworkbench.gui;

import java.nio.file.Path;
import org.icpworkbench.gui.common.Failures;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WindowRaiseRequests;
import org.icpworkbench.logic.workspace.WorkspaceException;
import org.icpworkbench.logic.workspace.WorkspaceProblem;

/**
 * What a window says when its workspace could not be opened. When another instance holds it, that instance is asked
 * to come to the front first (through a file, never a socket) and the message says so; this window then quits.
 */
final class SecondInstance {

    private SecondInstance() {
    }

    static String describe(Throwable failure, Path workspaceFolder, Messages messages) {
        if (Failures.unwrap(failure) instanceof WorkspaceException problem && problem.problem() == WorkspaceProblem.IN_USE
                && WindowRaiseRequests.request(workspaceFolder)) {
            return messages.get("startup.inUse.raised");
        }
        return Failures.describe(failure, messages);
    }
}
