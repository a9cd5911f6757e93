package org.icpworkbench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path folder;

    @Test
    void writesTheFileAndLeavesNothingElse() throws IOException {
        Path target = folder.resolve("report.pdf");

        Path written = AtomicFileWriter.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(written).isEqualTo(target.toAbsolutePath());
        assertThat(target).hasContent("new");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFailureHalfwayKeepsTheOldFileAndRemovesTheTemporaryOne() throws IOException {
        Path target = folder.resolve("report.pdf");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[200_000]);
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("renderer bug");
        })).hasMessage("renderer bug");

        assertThat(target).hasContent("old");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aMissingFolderFailsBeforeAnythingIsWritten() {
        Path target = folder.resolve("missing").resolve("report.pdf");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> out.write(1))).isInstanceOf(NoSuchFileException.class);
        assertThat(files()).isEmpty();
    }

    private java.util.List<Path> files() {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
