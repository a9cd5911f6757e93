package org.icpworkbench.logic.interview;

import java.util.Locale;
import java.util.Optional;

/**
 * Why a save failed, in words a user can read: the operating system's own ("No space left on device") when the
 * innermost cause is an I/O error, otherwise one of the bundle's reasons — never a database message, which carries
 * SQL and error codes.
 */
public final class SaveFailureReason {

    private static final int MAX_LENGTH = 160;

    private SaveFailureReason() {
    }

    /** The operating system's words for the failure, when that is what it is. */
    public static Optional<String> systemWords(Throwable failure) {
        Throwable root = innermost(failure);
        String text = root.getMessage();
        if (text == null || text.isBlank() || root instanceof java.sql.SQLException
                || root instanceof org.icpworkbench.logic.common.UserFacingException || looksLikeDatabaseText(text)) {
            return Optional.empty();
        }
        String line = text.strip().lines().findFirst().orElse("");
        return Optional.of(line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line);
    }

    /** The bundle key of the reason: {@code saveProblem.reason.diskFull}, {@code .fileTooLarge}, {@code .readOnly}, {@code .other}. */
    public static String messageKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.icpworkbench.logic.common.UserFacingException userFacing) {
                if (userFacing.messageKey().endsWith(".DISK_FULL")) {
                    return "saveProblem.reason.diskFull";
                }
                if (userFacing.messageKey().endsWith(".NOT_WRITABLE")) {
                    return "saveProblem.reason.readOnly";
                }
            }
            String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (text.contains("no space left") || text.contains("disk quota") || text.contains("not enough space")) {
                return "saveProblem.reason.diskFull";
            }
            if (text.contains("file too large")) {
                return "saveProblem.reason.fileTooLarge";
            }
            if (text.contains("read only") || text.contains("read-only") || text.contains("operation not permitted")
                    || text.contains("permission denied") || text.contains("access is denied")
                    || cause instanceof java.nio.file.AccessDeniedException
                    || cause instanceof java.sql.SQLException sql && sql.getErrorCode() == 90097) {
                return "saveProblem.reason.readOnly";
            }
        }
        return "saveProblem.reason.other";
    }

    private static boolean looksLikeDatabaseText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("sql") || lower.matches("(?s).*\\[\\d{5}-\\d+].*") || lower.contains("mvstore")
                || lower.contains("database");
    }

    private static Throwable innermost(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
