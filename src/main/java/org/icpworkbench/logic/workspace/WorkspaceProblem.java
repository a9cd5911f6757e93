package org.icpworkbench.logic.workspace;

/** Why a workspace could not be opened. Each has a message {@code workspace.problem.<NAME>} in the bundles. */
public enum WorkspaceProblem {
    NOT_WRITABLE,
    IN_USE,
    NEWER_SCHEMA,
    EMPTY_FILE,
    DAMAGED,
    ENCRYPTED,
    UNEXPECTED;

    public String messageKey() {
        return "workspace.problem." + name();
    }
}
