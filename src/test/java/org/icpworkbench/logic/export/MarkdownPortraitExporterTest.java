package org.icpworkbench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.portrait.PortraitFormat;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portrait as a Markdown file: the same text {@code --portrait} prints, written atomically. */
class MarkdownPortraitExporterTest {

    @TempDir
    Path temp;

    @Test
    void writesTheMarkdownOfThePortraitAndRefusesUnknownProjects() throws IOException {
        try (TestWorkspace workspace = TestWorkspace.openIn(Files.createDirectories(temp.resolve("ws")))) {
            var services = workspace.services();
            Project project = services.samples().createSample(Language.RU).join();
            Messages messages = Messages.of(Language.RU);
            LocalDate asOf = LocalDate.of(2026, 12, 1);
            MarkdownPortraitExporter exporter = new MarkdownPortraitExporter(services.projects(), services.portraits());

            Path written = exporter.export(project.id(), temp.resolve("портрет.md"), asOf, messages).join();

            String expected = PortraitFormat.markdown(services.portraits().load(project.id(), asOf, messages).join(),
                    project.name(), messages);
            assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo(expected).startsWith("# ")
                    .containsPattern("[А-Яа-яЁё]");
            assertThatThrownBy(() -> exporter.export(999_999L, temp.resolve("x.md"), asOf, messages).join())
                    .cause().isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("cli.error.noProject");
            assertThat(temp.resolve("x.md")).doesNotExist();
        }
    }
}
