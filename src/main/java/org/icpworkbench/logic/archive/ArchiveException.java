package org.icpworkbench.logic.archive;

import org.icpworkbench.logic.common.UserFacingException;

/**
 * A project archive that cannot be written or imported. The message key (in the {@code messages} bundles, under
 * {@code archive.}) says what is wrong; for a damaged or inconsistent archive its first two arguments say where: the
 * entry (e.g. {@code answers.json}) and the JSON path in it (e.g. {@code $[3].interviewId}). When an import fails with
 * this exception the workspace is unchanged.
 */
public final class ArchiveException extends UserFacingException {

    public ArchiveException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public ArchiveException(Throwable cause, String messageKey, Object... arguments) {
        super(cause, messageKey, arguments);
    }
}
