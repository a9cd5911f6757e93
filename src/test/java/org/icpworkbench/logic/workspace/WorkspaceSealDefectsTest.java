package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.icpworkbench.model.common.Language;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A garbage, empty or oversized {@code workspace.seal} is a finding the user is told, never a silent restart. */
class WorkspaceSealDefectsTest {

    @TempDir
    Path temp;

    private Path sampleWorkspace() {
        Path folder = temp.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.samples().createSample(Language.EN).join();
        }
        return folder;
    }

    private static void spoil(Path seal, String how) throws Exception {
        switch (how) {
            case "garbage" -> Files.writeString(seal, "not a seal at all\u0000\u00ff");
            case "empty" -> Files.write(seal, new byte[0]);
            case "oversized" -> Files.write(seal, ("12\n" + "9".repeat(5_000_000)).getBytes());
            case "second line" -> Files.writeString(seal, "12\nopened yesterday\n");
            default -> throw new IllegalArgumentException(how);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "empty", "oversized", "second line"})
    void anUnreadableSealIsReportedByCheckAndByOpeningWhichKeepsItAndStartsANewOne(String how) throws Exception {
        Path folder = sampleWorkspace();
        Path seal = WorkspaceSeal.file(folder);
        spoil(seal, how);
        byte[] spoiled = Files.readAllBytes(seal);

        assertThatThrownBy(() -> WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.SEAL_UNREADABLE));
        assertThat(Files.readAllBytes(seal)).as("--check changes nothing").isEqualTo(spoiled);

        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            assertThat(services.workspace().notices()).singleElement().satisfies(notice -> {
                assertThat(notice.messageKey()).isEqualTo("workspace.notice.sealRenewed");
                Path kept = Path.of(String.valueOf(notice.arguments().get(1)));
                assertThat(kept.getParent()).isEqualTo(folder.resolve("quarantine"));
                byte[] copy = Files.readAllBytes(kept.resolve("workspace.seal"));
                assertThat(copy.length).isLessThanOrEqualTo(64 * 1024);
                assertThat(spoiled).startsWith(copy);
            });
            assertThat(services.projects().summaries(true).join()).hasSize(1);
        }
        assertThat(WorkspaceSeal.readSeal(folder)).as("a new seal").isPresent();
        assertThat(WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION).projects()).isEqualTo(1);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).doesNotContain("workspace.seal.part");
        }
    }
}
