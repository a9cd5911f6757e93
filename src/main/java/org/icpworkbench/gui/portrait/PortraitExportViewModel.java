package org.icpworkbench.gui.portrait;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.export.PortraitPdfExporter;
import org.icpworkbench.logic.export.PortraitPdfOptions;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;

/**
 * The "Export portrait (PDF)" dialog: language, anonymity, appendix and an optional password; then the file, and the
 * export in the background with progress and cancel. A cancelled or failed export leaves no file behind.
 */
public final class PortraitExportViewModel {

    private final Messages messages;
    private final DialogService dialogs;
    private final PortraitPdfExporter exporter;
    private final Executor ui;
    private final long projectId;
    private final String projectName;
    private final LocalDate today;

    private final ObjectProperty<Language> language;
    private final BooleanProperty anonymous = new SimpleBooleanProperty(false);
    private final BooleanProperty appendix = new SimpleBooleanProperty(false);
    private final BooleanProperty protect = new SimpleBooleanProperty(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final BooleanProperty exporting = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanBinding canExport;
    private AtomicBoolean cancelled = new AtomicBoolean();
    private Path written;

    public PortraitExportViewModel(Messages messages, DialogService dialogs, PortraitPdfExporter exporter, Executor ui,
            long projectId, String projectName, LocalDate today) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.exporter = exporter;
        this.ui = ui;
        this.projectId = projectId;
        this.projectName = projectName;
        this.today = today;
        this.language = new SimpleObjectProperty<>(messages.language());
        canExport = Bindings.createBooleanBinding(() -> !exporting.get() && language.get() != null
                && (!protect.get() || !password.get().isEmpty() && password.get().equals(passwordAgain.get())),
                exporting, language, protect, password, passwordAgain);
        status.bind(Bindings.createStringBinding(this::hint, protect, password, passwordAgain, exporting));
    }

    private String hint() {
        if (exporting.get()) {
            return messages.get("portrait.export.running");
        }
        if (protect.get() && password.get().isEmpty()) {
            return messages.get("portrait.export.password.missing");
        }
        if (protect.get() && !password.get().equals(passwordAgain.get())) {
            return messages.get("portrait.export.password.mismatch");
        }
        return protect.get() ? messages.get("portrait.export.password.note") : "";
    }

    /**
     * Asks where to save, then exports; completes with true when the file was written (the caller closes the
     * dialog), false when the user chose no file, cancelled, or the export failed (the reason was shown).
     */
    public CompletableFuture<Boolean> export() {
        if (!canExport.get()) {
            return CompletableFuture.completedFuture(false);
        }
        Optional<Path> target = dialogs.chooseSaveFile(messages.get("portrait.export.title"),
                PortraitPdfExporter.suggestedFileName(projectName, today, language.get()), messages.get("portrait.export.filter"),
                "pdf");
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancelled = stop;
        exporting.set(true);
        progress.set(0);
        PortraitPdfOptions options = new PortraitPdfOptions(language.get(), anonymous.get(), appendix.get(),
                protect.get() ? Optional.of(password.get()) : Optional.empty());
        return exporter.export(projectId, target.get(), options, done -> ui.execute(() -> progress.set(done)), stop::get)
                .handleAsync((path, failure) -> {
                    exporting.set(false);
                    if (failure == null) {
                        written = path;
                        progress.set(1);
                        return true;
                    }
                    progress.set(0);
                    if (!isCancellation(failure)) {
                        dialogs.showFailure(failure, messages);
                    }
                    return false;
                }, ui);
    }

    /** Stops a running export; nothing is left on disk. */
    public void cancel() {
        cancelled.set(true);
    }

    private static boolean isCancellation(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof CancellationException;
    }

    /** The file written by the last successful export. */
    public Optional<Path> written() {
        return Optional.ofNullable(written);
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public String languageName(Language value) {
        return messages.get("language." + value.name());
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public BooleanProperty anonymousProperty() {
        return anonymous;
    }

    public BooleanProperty appendixProperty() {
        return appendix;
    }

    public BooleanProperty protectProperty() {
        return protect;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public BooleanBinding canExport() {
        return canExport;
    }
}
