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
 * any; the message says so, and this window then quits.
 */
final class SecondInstance {

    private SecondInstance() {
    }

    static String describe(Throwable failure, Path workspaceFolder, Messages messages) {
        return describe(failure, workspaceFolder, java.util.Optional.empty(), messages);
    }

    /** As above, handing {@code archive} (what this instance was opened with) to the window that holds the workspace. */
    static String describe(Throwable failure, Path workspaceFolder, java.util.Optional<Path> archive, Messages messages) {
        if (Failures.unwrap(failure) instanceof WorkspaceException problem && problem.problem() == WorkspaceProblem.IN_USE
                && WindowRaiseRequests.request(workspaceFolder, archive)) {
            return archive.map(file -> messages.get("startup.inUse.handedOver", file.getFileName()))
                    .orElseGet(() -> messages.get("startup.inUse.raised"));
        }
        return Failures.describe(failure, messages);
    }
}
