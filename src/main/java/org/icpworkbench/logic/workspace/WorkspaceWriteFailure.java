package org.icpworkbench.logic.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tells a write that failed because the disk is full (or a file-size limit or quota was reached) from one the file
 * system refused, so that neither is ever reported as a damaged workspace: the file is fine, the disk is not.
 */
final class WorkspaceWriteFailure {

    /** Below this much free space a failed write is taken as a full disk, whatever the message says. */
    static final long NEARLY_FULL_BYTES = 1024 * 1024;

    private WorkspaceWriteFailure() {
    }

    /** DISK_FULL or NOT_WRITABLE for a write to {@code path} in the workspace {@code folder} that failed with {@code failure}. */
    static WorkspaceException classify(Path folder, Path path, Throwable failure) {
        return new WorkspaceException(isDiskFull(folder, failure) ? WorkspaceProblem.DISK_FULL : WorkspaceProblem.NOT_WRITABLE,
                isDiskFull(folder, failure) ? folder : path, failure);
    }

    /** Whether the failure (or any cause of it) says the disk is full, or the folder's disk has almost no space left. */
    static boolean isDiskFull(Path folder, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("disk quota") || message.contains("file too large")
                    || message.contains("not enough space") || message.contains("disk full")) {
                return true;
            }
        }
        return usableSpace(folder) < NEARLY_FULL_BYTES;
    }

    /** Whether the failure says the file system refused the write (read-only, immutable, no permission). */
    static boolean isRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return true;
            }
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("read-only file system") || message.contains("operation not permitted")
                    || message.contains("permission denied") || message.contains("access is denied")) {
                return true;
            }
        }
        return false;
    }

    /** Free bytes on the folder's disk (of its nearest existing parent); the largest value when it cannot be told. */
    static long usableSpace(Path folder) {
        for (Path at = folder.toAbsolutePath(); at != null; at = at.getParent()) {
            if (Files.exists(at)) {
                try {
                    return Files.getFileStore(at).getUsableSpace();
                } catch (IOException e) {
                    return Long.MAX_VALUE;
                }
            }
        }
        return Long.MAX_VALUE;
    }
}
