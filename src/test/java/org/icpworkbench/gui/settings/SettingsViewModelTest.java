package org.icpworkbench.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.icpworkbench.gui.WorkspaceSession;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.gui.workspace.WorkspaceReopener;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.logic.workspace.WorkspacePassword;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.project.ProjectSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Backups section of the settings on a real workspace, reopened by a real session; dialogs scripted. */
class SettingsViewModelTest {

    private static final Clock MOSCOW = Clock.system(ZoneId.of("Europe/Moscow"));

    @TempDir
    Path temp;
    private Path folder;
    private final FakeDialogService dialogs = new FakeDialogService();
    private WorkspaceSession session;
    private int reopenings;

    @BeforeEach
    void setUp() {
        folder = temp.resolve("ws");
        session = new WorkspaceSession(folder, (where, password) -> WorkspaceServices.open(where, Clock.systemUTC()),
                Runnable::run, new WorkspaceSession.Window() {
                    @Override
                    public CompletableFuture<Void> detach() {
                        return CompletableFuture.completedFuture(null);
                    }

                    @Override
                    public CompletableFuture<Void> attach(WorkspaceServices services) {
                        return CompletableFuture.completedFuture(null);
                    }

                    @Override
                    public void lost(Throwable failure) {
                        throw new AssertionError("The workspace was lost", failure);
                    }
                });
        session.opened(WorkspaceServices.open(folder, Clock.systemUTC()), WorkspacePassword.none());
        // The backup taken on opening a new workspace is written on the database thread: wait for it.
        services().workspace().database().submit(dsl -> 0).join();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private BackupsViewModel backups(Language language) {
        WorkspaceReopener counting = work -> {
            reopenings++;
            return session.reopenAfter(work);
        };
        SettingsViewModel settings = new SettingsViewModel(new UserSettingsStore(temp.resolve("config")), language,
                folder.toString());
        settings.attachBackups(new BackupsViewModel(folder, session::current, counting, Messages.of(language), dialogs,
                Runnable::run, MOSCOW));
        return settings.backups().orElseThrow();
    }

    private WorkspaceServices services() {
        return session.current().orElseThrow();
    }

    private List<String> projectNames() {
        return services().projects().summaries(true).join().stream().map(ProjectSummary::name).toList();
    }

    private static void writeBytes(Path file, int bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
    }

    private List<Path> beforeRestoreFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("workspace.mv.db.before-restore-")).toList();
        }
    }

    @Test
    void backupsAreListedNewestFirstInLocalTimeWithTheReasonTranslatedAndTheirSize() throws IOException {
        try (Stream<Path> taken = Files.list(folder.resolve("backups"))) {
            taken.forEach(file -> file.toFile().delete());
        }
        writeBytes(folder.resolve("backups/workspace-20260105-093000-000-close.zip"), 1536);
        writeBytes(folder.resolve("backups/workspace-20260107-200000-000-manual.zip"), 5 * 1024 * 1024 / 2);
        writeBytes(folder.resolve("backups/workspace-20260101-080000-000-open.zip"), 300);
        writeBytes(folder.resolve("backups/notes.txt"), 10);

        BackupsViewModel english = backups(Language.EN);
        english.refresh().join();
        BackupsViewModel russian = backups(Language.RU);
        russian.refresh().join();

        assertThat(english.rows()).extracting(BackupsViewModel.Row::reason).containsExactly("by hand", "on closing", "on opening");
        assertThat(english.rows()).extracting(BackupsViewModel.Row::size).containsExactly("2.5 MB", "2 KB", "1 KB");
        // 20:00 UTC on 7 January is 23:00 in Moscow; 09:30 UTC on 5 January is 12:30.
        assertThat(english.rows().get(0).takenAt()).contains("Jan 7, 2026").contains("11:00:00");
        assertThat(english.rows().get(1).takenAt()).contains("Jan 5, 2026").contains("12:30:00");
        assertThat(russian.rows()).extracting(BackupsViewModel.Row::reason).containsExactly("вручную", "при закрытии", "при открытии");
        assertThat(russian.rows()).extracting(BackupsViewModel.Row::size).containsExactly("2,5 МБ", "2 КБ", "1 КБ");
        assertThat(russian.rows().get(0).takenAt()).contains("7 янв. 2026").contains("23:00:00");
        assertThat(english.folder()).isEqualTo(folder.resolve("backups").toString());
        assertThat(english.canRestore().get()).isFalse();
    }

    @Test
    void backUpNowAddsAManualBackupOnTop() {
        BackupsViewModel backups = backups(Language.EN);
        backups.refresh().join();
        int before = backups.rows().size();

        backups.backUpNow().join();

        assertThat(backups.rows()).hasSize(before + 1);
        BackupsViewModel.Row newest = backups.rows().getFirst();
        assertThat(newest.reason()).isEqualTo("by hand");
        assertThat(newest.backup().file()).exists();
        assertThat(backups.messageProperty().get()).isEqualTo("Backed up to " + newest.backup().file().getFileName() + ".");
        assertThat(backups.busyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void restoreReopensTheWorkspaceFromTheChosenBackupAndKeepsTheReplacedFile() throws IOException {
        services().projects().create(ProjectDetails.named("Before the backup")).join();
        BackupsViewModel backups = backups(Language.EN);
        backups.backUpNow().join();
        BackupsViewModel.Row chosen = backups.rows().getFirst();
        services().projects().create(ProjectDetails.named("After the backup")).join();
        WorkspaceServices before = services();

        backups.selectedProperty().set(chosen);
        assertThat(backups.canRestore().get()).isTrue();
        dialogs.confirmReplies.add(true);
        backups.restoreSelected().join();

        assertThat(reopenings).isEqualTo(1);
        assertThat(services()).isNotSameAs(before);
        assertThat(projectNames()).containsExactly("Before the backup");
        List<Path> aside = beforeRestoreFiles();
        assertThat(aside).hasSize(1);
        assertThat(dialogs.informations).containsExactly("The workspace is back as it was on " + chosen.takenAt() + ".\n"
                + "The file it replaced was kept as " + aside.getFirst() + ".");
        assertThat(dialogs.errors).isEmpty();
        assertThat(backups.busyProperty().get()).isFalse();
        // The copy restored from is gone; the chosen backup itself is still listed.
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.startsWith(".restoring-"));
        }
        assertThat(backups.rows()).extracting(row -> row.backup().file()).contains(chosen.backup().file());
    }

    @Test
    void cancellingTheConfirmationRestoresNothing() throws IOException {
        services().projects().create(ProjectDetails.named("Stays")).join();
        BackupsViewModel backups = backups(Language.EN);
        backups.refresh().join();
        backups.selectedProperty().set(backups.rows().getFirst());
        dialogs.confirmReplies.add(false);

        backups.restoreSelected().join();

        assertThat(reopenings).isZero();
        assertThat(projectNames()).containsExactly("Stays");
        assertThat(beforeRestoreFiles()).isEmpty();
    }

    @Test
    void aDamagedBackupIsReportedWithItsMessageAndTheWorkspaceIsOpenAsItWas() throws IOException {
        services().projects().create(ProjectDetails.named("Untouched")).join();
        Path damaged = folder.resolve("backups/workspace-20990101-000000-000-manual.zip");
        writeBytes(damaged, 4096);
        BackupsViewModel backups = backups(Language.EN);
        backups.refresh().join();
        backups.selectedProperty().set(backups.rows().getFirst());
        dialogs.confirmReplies.add(true);

        backups.restoreSelected().join();

        assertThat(dialogs.errors).containsExactly(damaged + " is not a workspace backup (no workspace.mv.db inside).");
        assertThat(projectNames()).containsExactly("Untouched");
        assertThat(beforeRestoreFiles()).isEmpty();
        assertThat(backups.busyProperty().get()).isFalse();
        assertThat(backups.messageProperty().get()).isEmpty();
    }
}
