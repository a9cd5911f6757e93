package org.icpworkbench.logic.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.icpworkbench.logic.common.UserFacingException;

/**
 * Writes an image given as ARGB pixels to a PNG file, through a temporary file moved into place, so that a failed
 * export never leaves a half-written picture behind. The GUI hands over the pixels of a chart snapshot; keeping the
 * encoding here spares the application the javafx-swing module.
 */
public final class PngImageWriter {

    public static final String WRITE_FAILED = "export.error.writePicture";

    private PngImageWriter() {
    }

    /**
     * Writes the pixels, row by row from the top left, each {@code 0xAARRGGBB}; returns the absolute path written.
     *
     * @throws UserFacingException {@link #WRITE_FAILED} when the file cannot be written (no such folder, no
     *                             permission, disk full); the target is then left as it was
     */
    public static Path write(Path target, int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length != (long) width * height) {
            throw new IllegalArgumentException("Expected " + width + "×" + height + " pixels, got " + argb.length);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        try {
            return AtomicFileWriter.write(target, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("No PNG writer available");
                }
            });
        } catch (IOException e) {
            throw new UserFacingException(e, WRITE_FAILED, target.toAbsolutePath().toString());
        }
    }
}
