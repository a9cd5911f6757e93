package org.icpworkbench.gui.project;

import java.util.Optional;
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
import org.icpworkbench.logic.project.CatalogueService;
import org.icpworkbench.model.project.Product;

/** The project's product catalogue: add, rename and remove products. */
public final class CatalogueViewModel {

    private final Messages messages;
    private final DialogService dialogs;
    private final Executor ui;
    private CatalogueService service;
    private long projectId;
    private final ObservableList<Product> products = FXCollections.observableArrayList();
    private final ObjectProperty<Product> selected = new SimpleObjectProperty<>();

    public CatalogueViewModel(Messages messages, DialogService dialogs, Executor ui) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.ui = ui;
    }

    public void attach(CatalogueService catalogue) {
        this.service = catalogue;
    }

    public CompletableFuture<Void> load(long project) {
        this.projectId = project;
        return service.products(project).thenAcceptAsync(products::setAll, ui);
    }

    public CompletableFuture<Void> add() {
        Optional<String> name = dialogs.askText(messages.get("catalogue.add.title"), messages.get("catalogue.add.header"),
                messages.get("catalogue.name"), "", messages.get("button.create"));
        return name.map(n -> after(service.add(projectId, n).thenApply(p -> null))).orElse(done());
    }

    public CompletableFuture<Void> renameSelected() {
        Product product = selected.get();
        if (product == null) {
            return done();
        }
        Optional<String> name = dialogs.askText(messages.get("catalogue.rename.title"),
                messages.get("catalogue.rename.header", product.name()), messages.get("catalogue.name"), product.name(),
                messages.get("button.rename"));
        return name.map(n -> after(service.rename(product.id(), n))).orElse(done());
    }

    public CompletableFuture<Void> removeSelected() {
        Product product = selected.get();
        if (product == null || !dialogs.confirm(messages.get("catalogue.remove.title"),
                messages.get("catalogue.remove.header", product.name()), messages.get("catalogue.remove.content"),
                messages.get("catalogue.remove.confirm"))) {
            return done();
        }
        return after(service.remove(product.id()));
    }

    private CompletableFuture<Void> after(CompletableFuture<Void> change) {
        return change.thenCompose(ignored -> load(projectId)).exceptionallyAsync(failure -> {
            dialogs.showFailure(failure, messages);
            return null;
        }, ui);
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    public ObservableList<Product> products() {
        return products;
    }

    public ObjectProperty<Product> selectedProperty() {
        return selected;
    }

    public BooleanBinding nothingSelected() {
        return Bindings.isNull(selected);
    }
}
