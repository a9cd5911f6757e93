package org.icpworkbench.gui.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.gui.workspace.WorkspaceReopener;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceBackups;
import org.icpworkbench.logic.workspace.WorkspaceServices;

/**
 * The Backups section of the settings: the workspace's backups newest first, a backup on request, and a restore that
 * closes the workspace, puts the chosen backup in its place (the current file kept beside it) and opens it again.
 */
public final class BackupsViewModel {

    /** One backup as listed: when (local time), why, how big. */
    public record Row(WorkspaceBackups.Backup backup, String takenAt, String reason, String size) { }

    private final Path workspaceFolder;
    private final Supplier<Optional<WorkspaceServices>> current;
    private final WorkspaceReopener reopener;
    private final Messages messages;
    private final DialogService dialogs;
    private final Executor ui;
    private final Clock clock;
    private final DateTimeFormatter dateTime;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canRestore = Bindings.createBooleanBinding(
            () -> selected.get() != null && !busy.get(), selected, busy);

    /**
     * @param current the workspace open now, which a restore replaces by another
     * @param clock   the local time zone the backups' times are shown in, and the stamp of the file moved aside
     */
    public BackupsViewModel(Path workspaceFolder, Supplier<Optional<WorkspaceServices>> current, WorkspaceReopener reopener,
                            Messages messages, DialogService dialogs, Executor ui, Clock clock) {
        this.workspaceFolder = workspaceFolder;
        this.current = current;
        this.reopener = reopener;
        this.messages = messages;
        this.dialogs = dialogs;
        this.ui = ui;
        this.clock = clock;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.language().locale()).withZone(clock.getZone());
    }

    public String folder() {
        return listing().folder().toString();
    }

    /** Reads the backups folder again (off the JavaFX thread). */
    public CompletableFuture<Void> refresh() {
        return CompletableFuture.supplyAsync(() -> listing().list())
                .thenAcceptAsync(this::show, ui)
                .exceptionallyAsync(this::report, ui);
    }

    /** Takes a backup of the workspace as it is now, with the reason "manual". */
    public CompletableFuture<Void> backUpNow() {
        Optional<WorkspaceServices> open = current.get();
        if (open.isEmpty() || busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        message.set(messages.get("backup.gui.creating"));
        WorkspaceServices services = open.get();
        return services.backups().create(services.workspace().database(), "manual")
                .thenApply(created -> new Created(created, listing().list()))
                .thenAcceptAsync(done -> {
                    busy.set(false);
                    show(done.backups());
                    message.set(messages.get("backup.gui.created", done.file().getFileName()));
                }, ui)
                .exceptionallyAsync(this::fail, ui);
    }

    /**
     * Asks for confirmation, then closes the workspace, restores the selected backup and opens it again; says where the
     * replaced file went. The backup is copied first, since closing takes a backup that may rotate it away.
     */
    public CompletableFuture<Void> restoreSelected() {
        Row row = selected.get();
        if (row == null || busy.get()) {
            return CompletableFuture.completedFuture(null);
        }
        if (!dialogs.confirm(messages.get("backup.gui.restore.title"),
                messages.get("backup.gui.restore.header", row.takenAt()),
                messages.get("backup.gui.restore.content"), messages.get("backup.gui.restore.confirm"))) {
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        message.set(messages.get("backup.gui.restoring"));
        AtomicReference<Path> aside = new AtomicReference<>();
        return CompletableFuture.supplyAsync(() -> copyAside(row.backup().file()))
                .thenCompose(copy -> reopener.reopenAfter((folder, password) -> {
                    aside.set(restore(folder, copy, row.backup().file(), password));
                    return password;
                }).whenComplete((done, failure) -> deleteQuietly(copy)))
                .thenApplyAsync(done -> {
                    // The search index still describes the file that was replaced.
                    current.get().ifPresent(reopened -> reopened.startSearch()
                            .thenCompose(rebuilt -> rebuilt ? CompletableFuture.completedFuture(null) : reopened.search().rebuild()));
                    return listing().list();
                })
                .thenAcceptAsync(list -> {
                    busy.set(false);
                    show(list);
                    message.set("");
                    dialogs.showInformation(messages.get("backup.gui.restore.title"),
                            messages.get("backup.gui.restored.header", row.takenAt()),
                            messages.get("backup.gui.restored.content", aside.get()));
                }, ui)
                .exceptionallyAsync(this::fail, ui);
    }

    /** Restores from the copy; a problem names the backup the user chose, not the copy. */
    private Path restore(Path folder, Path copy, Path chosen, org.icpworkbench.logic.workspace.WorkspacePassword password) {
        try {
            return WorkspaceBackups.restore(folder, copy, password, clock);
        } catch (UserFacingException e) {
            Object[] arguments = e.arguments().clone();
            for (int i = 0; i < arguments.length; i++) {
                if (copy.toString().equals(String.valueOf(arguments[i]))) {
                    arguments[i] = chosen.toString();
                }
            }
            throw new UserFacingException(e, e.messageKey(), arguments);
        }
    }

    private record Created(Path file, List<WorkspaceBackups.Backup> backups) { }

    private Path copyAside(Path backup) {
        Path copy = workspaceFolder.resolve(".restoring-" + backup.getFileName());
        try {
            Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.restore", backup.toString());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(BackupsViewModel.class).warn("Could not delete {}", file, e);
        }
    }

    private WorkspaceBackups listing() {
        return current.get().map(WorkspaceServices::backups)
                .orElseGet(() -> new WorkspaceBackups(workspaceFolder, WorkspaceBackups.DEFAULT_KEEP, clock));
    }

    private void show(List<WorkspaceBackups.Backup> backups) {
        Path wasSelected = Optional.ofNullable(selected.get()).map(row -> row.backup().file()).orElse(null);
        rows.setAll(backups.stream().map(this::row).toList());
        selected.set(rows.stream().filter(row -> row.backup().file().equals(wasSelected)).findFirst().orElse(null));
    }

    private Row row(WorkspaceBackups.Backup backup) {
        String reasonKey = "backup.reason." + backup.reason();
        String reason = messages.bundle().containsKey(reasonKey) ? messages.get(reasonKey) : backup.reason();
        return new Row(backup, dateTime.format(backup.takenAt()), reason, size(backup.bytes()));
    }

    private String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return messages.get("backup.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return messages.get("backup.size.mb", bytes / (1024.0 * 1024.0));
    }

    private Void fail(Throwable failure) {
        busy.set(false);
        message.set("");
        refresh();
        return report(failure);
    }

    private Void report(Throwable failure) {
        dialogs.showFailure(failure, messages);
        return null;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What is going on, or what was just done ("Backed up to …"). */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public BooleanBinding canRestore() {
        return canRestore;
    }
}
