package org.icpworkbench.gui.trash;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.project.ProjectService;
import org.icpworkbench.model.project.Project;

/** The projects in the trash: restore one, or delete it for good after confirmation. */
public final class TrashViewModel {

    private final ProjectService projects;
    private final Messages messages;
    private final DialogService dialogs;
    private final Executor ui;
    private final ObservableList<Project> items = FXCollections.observableArrayList();
    private final ObjectProperty<Project> selected = new SimpleObjectProperty<>();
    private boolean changed;

    public TrashViewModel(ProjectService projects, Messages messages, DialogService dialogs, Executor ui) {
        this.projects = projects;
        this.messages = messages;
        this.dialogs = dialogs;
        this.ui = ui;
    }

    public CompletableFuture<Void> load() {
        return projects.trash().thenAcceptAsync(items::setAll, ui);
    }

    public CompletableFuture<Void> restoreSelected() {
        Project project = selected.get();
        if (project == null) {
            return CompletableFuture.completedFuture(null);
        }
        return after(projects.restoreFromTrash(project.id()));
    }

    public CompletableFuture<Void> deleteSelectedPermanently() {
        Project project = selected.get();
        if (project == null || !dialogs.confirm(messages.get("dialog.deletePermanently.title"),
                messages.get("dialog.deletePermanently.header", project.name()),
                messages.get("dialog.deletePermanently.content"), messages.get("button.deletePermanently"))) {
            return CompletableFuture.completedFuture(null);
        }
        return after(projects.deletePermanently(project.id()));
    }

    private CompletableFuture<Void> after(CompletableFuture<Void> change) {
        return change.thenCompose(done -> {
            changed = true;
            return load();
        }).exceptionallyAsync(failure -> {
            dialogs.showFailure(failure, messages);
            return null;
        }, ui);
    }

    public String describe(Project project) {
        String when = project.deletedAt().map(instant -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.language().locale()).withZone(ZoneId.systemDefault()).format(instant)).orElse("");
        return messages.get("trash.deletedOn", when);
    }

    /** True when something was restored or deleted, so the project list must be read again. */
    public boolean changed() {
        return changed;
    }

    public ObservableList<Project> items() {
        return items;
    }

    public ObjectProperty<Project> selectedProperty() {
        return selected;
    }

    public BooleanBinding nothingSelected() {
        return Bindings.isNull(selected);
    }
}
