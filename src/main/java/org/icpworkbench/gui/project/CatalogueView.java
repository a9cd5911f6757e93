package org.icpworkbench.gui.project;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.project.Product;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Products tab: the catalogue the product questions offer. */
public final class CatalogueView {

    private final CatalogueViewModel viewModel;
    private final Messages messages;

    public CatalogueView(CatalogueViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        Label hint = new Label(messages.get("catalogue.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Button add = new Button(messages.get("catalogue.add"), new FontIcon(Material2AL.ADD));
        add.setId("productAdd");
        add.setOnAction(event -> viewModel.add());
        Button rename = new Button(messages.get("button.rename"), new FontIcon(Material2AL.EDIT));
        rename.setId("productRename");
        rename.disableProperty().bind(viewModel.nothingSelected());
        rename.setOnAction(event -> viewModel.renameSelected());
        Button remove = new Button(messages.get("catalogue.remove.confirm"), new FontIcon(Material2AL.DELETE_OUTLINE));
        remove.setId("productRemove");
        remove.disableProperty().bind(viewModel.nothingSelected());
        remove.setOnAction(event -> viewModel.removeSelected());
        HBox toolbar = new HBox(8, add, rename, remove);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        ListView<Product> list = new ListView<>(viewModel.products());
        list.setId("productList");
        list.setPlaceholder(new Label(messages.get("catalogue.empty")));
        list.setCellFactory(view -> new ListCell<>() {
            {
                setPrefWidth(0);
                setWrapText(true);
            }

            @Override
            protected void updateItem(Product product, boolean empty) {
                super.updateItem(product, empty);
                setText(empty || product == null ? null
                        : product.description().isBlank() ? product.name() : product.name() + " — " + product.description());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, product) ->
                viewModel.selectedProperty().set(product));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, hint, toolbar, list);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }
}
