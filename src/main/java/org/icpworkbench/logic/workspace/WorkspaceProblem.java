package org.icpworkbench.logic.workspace;

/** Why a workspace could not be opened. Each has a message {@code workspace.problem.<NAME>} in the bundles. */
public enum WorkspaceProblem {
    NOT_WRITABLE,
    IN_USE,
    NEWER_SCHEMA,
    EMPTY_FILE,
    DAMAGED,
    ENCRYPTED,
    /** An encrypted file and no password given: the window asks for one, the command line names the option. */
    PASSWORD_MISSING,
    WRONG_PASSWORD,
    /** A password given for a file that is not encrypted. */
    NOT_ENCRYPTED,
    UNEXPECTED,
    /** The file holds less than its seal says was saved (ADR 0017). */
    ROLLED_BACK,
    /** A write while opening failed for want of space: the file is fine, the disk is not. */
    DISK_FULL,
    /** Something else than a regular file is where the workspace file belongs (a folder, a device, a FIFO, a link to one). */
    NOT_A_FILE,
    /** {@code workspace.seal} cannot be read, so a rollback cannot be told (reported by {@code --check}). */
    SEAL_UNREADABLE;

    public String messageKey() {
        return "workspace.problem." + name();
    }

    /** Whether the file itself is bad, so it is copied to quarantine and a backup or H2's Recover is offered. */
    public boolean damagesTheFile() {
        return this == DAMAGED || this == EMPTY_FILE || this == ROLLED_BACK;
    }
}
