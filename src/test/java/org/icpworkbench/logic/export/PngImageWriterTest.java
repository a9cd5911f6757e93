package org.icpworkbench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.icpworkbench.logic.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngImageWriterTest {

    @TempDir
    Path folder;

    @Test
    void writesThePixelsAsAPngAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("chart.png");
        int[] pixels = {0xFFFF0000, 0xFF00FF00, 0x800000FF, 0xFFFFFFFF, 0xFF000000, 0x00000000};

        Path written = PngImageWriter.write(target, 3, 2, pixels);

        BufferedImage image = ImageIO.read(written.toFile());
        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getHeight()).isEqualTo(2);
        assertThat(image.getRGB(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(image.getRGB(1, 0)).isEqualTo(0xFF00FF00);
        assertThat(image.getRGB(2, 0)).isEqualTo(0x800000FF);
        assertThat(image.getRGB(1, 1)).isEqualTo(0xFF000000);
        try (var files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(target);
        }
    }

    @Test
    void aPixelCountThatDoesNotMatchTheSizeIsRefused() {
        assertThatThrownBy(() -> PngImageWriter.write(folder.resolve("chart.png"), 2, 2, new int[3]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(folder.resolve("chart.png")).doesNotExist();
    }

    @Test
    void aFolderThatDoesNotExistIsAProblemForTheUser() {
        Path target = folder.resolve("missing").resolve("chart.png");

        assertThatThrownBy(() -> PngImageWriter.write(target, 1, 1, new int[1]))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(PngImageWriter.WRITE_FAILED));
    }
}
