package org.icpworkbench.logic.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that readers see either the old file or the complete new one: the content goes to a
 * hidden temporary file in the same folder, is forced to disk, and is then moved over the target in one step.
 * On any failure the temporary file is deleted and the target is left as it was.
 */
public final class AtomicFileWriter {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /** Writes the target and returns its absolute path. */
    public static Path write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || Files.isDirectory(absolute)) {
            throw new FileSystemException(absolute.toString(), null, "not a file name");
        }
        // Created with the folder's usual permissions (not the owner-only ones of Files.createTempFile).
        String name = absolute.getFileName().toString();
        String random = UUID.randomUUID().toString().substring(0, 8);
        String prefix = name.codePointCount(0, name.length()) > 64 ? name.substring(0, name.offsetByCodePoints(0, 64)) : name;
        Path temporary = Files.createFile(folder.resolve("." + prefix + "." + random + ".part"));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, absolute);
            return absolute;
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
