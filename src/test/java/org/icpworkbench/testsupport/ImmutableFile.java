package org.icpworkbench.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file made immutable with {@code chattr +i}, which binds root too (permission bits do not): how the tests make a
 * workspace file that cannot be written for a moment. Tests skip where the file system or the user cannot.
 */
public final class ImmutableFile {

    private ImmutableFile() {
    }

    /** Makes the file immutable; true when it now cannot be written. */
    public static boolean set(Path file) {
        return chattr("+i", file) && !Files.isWritable(file);
    }

    /** Makes the file writable again (harmless when it was not immutable). */
    public static void clear(Path file) {
        chattr("-i", file);
    }

    private static boolean chattr(String flag, Path file) {
        try {
            return new ProcessBuilder("chattr", flag, file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
