package org.icpworkbench.gui.trash;

import org.icpworkbench.gui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.project.Project;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The trash: a list of deleted projects with Restore and Delete permanently. */
public final class TrashView {

    private final TrashViewModel viewModel;
    private final Messages messages;

    public TrashView(TrashViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public void showAndWait(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("trash.title"), messages.get("trash.header"));

        ListView<Project> list = new ListView<>(viewModel.items());
        list.setId("trashList");
        list.setPrefSize(520, 300);
        list.setPlaceholder(new Label(messages.get("trash.empty")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Project project, boolean empty) {
                super.updateItem(project, empty);
                if (empty || project == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(project.name());
                name.getStyleClass().add("text-bold");
                Label when = new Label(viewModel.describe(project));
                when.getStyleClass().add("text-muted");
                setText(null);
                setGraphic(new VBox(2, name, when));
            }
        });
        viewModel.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());

        Button restore = new Button(messages.get("trash.restore"), new FontIcon(Material2MZ.RESTORE_FROM_TRASH));
        restore.setId("trashRestore");
        restore.disableProperty().bind(viewModel.nothingSelected());
        restore.setOnAction(event -> viewModel.restoreSelected());
        Button delete = new Button(messages.get("button.deletePermanently"), new FontIcon(Material2AL.DELETE_FOREVER));
        delete.setId("trashDelete");
        delete.getStyleClass().add("danger");
        delete.disableProperty().bind(viewModel.nothingSelected());
        delete.setOnAction(event -> viewModel.deleteSelectedPermanently());

        VBox content = new VBox(10, list, new HBox(8, restore, delete));
        content.setPadding(new Insets(4, 0, 0, 0));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        viewModel.load();
        dialog.showAndWait();
        viewModel.selectedProperty().unbind();
    }
}
