package org.icpworkbench.gui.portrait;

import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.icpworkbench.gui.common.Cells;
import org.icpworkbench.gui.common.Dialogs;
import org.icpworkbench.logic.i18n.Messages;

/** The portrait export dialog: options, then Export… (a save dialog), progress, and Cancel that stops the export. */
public final class PortraitExportView implements org.icpworkbench.gui.common.ModalView {

    private final PortraitExportViewModel viewModel;
    private final Messages messages;

    public PortraitExportView(PortraitExportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** True when a file was written. */
    @Override
    public boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("portrait.export.title"), messages.get("portrait.export.header"));

        ComboBox<org.icpworkbench.model.common.Language> language =
                new ComboBox<>(FXCollections.observableArrayList(viewModel.languages()));
        language.setId("exportLanguage");
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        language.setCellFactory(list -> Cells.text(viewModel::languageName));
        language.setButtonCell(Cells.text(viewModel::languageName));
        CheckBox anonymous = check("exportAnonymous", "portrait.export.anonymous", viewModel.anonymousProperty());
        CheckBox appendix = check("exportAppendix", "portrait.export.appendix", viewModel.appendixProperty());
        CheckBox protect = check("exportProtect", "portrait.export.protect", viewModel.protectProperty());
        PasswordField password = new PasswordField();
        password.setId("exportPassword");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        PasswordField again = new PasswordField();
        again.setId("exportPasswordAgain");
        again.textProperty().bindBidirectional(viewModel.passwordAgainProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.exportingProperty());
        Label status = new Label();
        status.setId("exportStatus");
        status.setWrapText(true);
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(viewModel.statusProperty());

        Label passwordLabel = label("portrait.export.password");
        Label againLabel = label("portrait.export.passwordAgain");
        // The password rows exist only for a protected file; the window grows and shrinks with them.
        for (var node : new javafx.scene.Node[] {passwordLabel, password, againLabel, again}) {
            node.visibleProperty().bind(viewModel.protectProperty());
            node.managedProperty().bind(viewModel.protectProperty());
        }
        viewModel.protectProperty().addListener((observable, was, now) -> javafx.application.Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));

        GridPane grid = new GridPane(12, 8);
        grid.setPadding(new Insets(16));
        int row = 0;
        grid.addRow(row++, label("portrait.export.language"), language);
        grid.add(anonymous, 1, row++);
        grid.add(appendix, 1, row++);
        grid.add(protect, 1, row++);
        grid.addRow(row++, passwordLabel, password);
        grid.addRow(row++, againLabel, again);
        grid.add(progress, 0, row++, 2, 1);
        grid.add(status, 0, row, 2, 1);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        // Wide enough for the longest option on one line in Russian; the grid gives a wrapped option only one line's height.
        grid.setPrefWidth(720);
        for (var control : new javafx.scene.Node[] {language, anonymous, appendix, protect}) {
            control.disableProperty().bind(viewModel.exportingProperty());
        }
        dialog.getDialogPane().setContent(grid);

        ButtonType exportType = new ButtonType(messages.get("portrait.export.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(exportType, cancelType);
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(exportType);
        exportButton.setId("exportConfirm");
        exportButton.disableProperty().bind(viewModel.canExport().not());
        exportButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.export().thenAccept(done -> {
                if (done) {
                    dialog.setResult(exportType);
                    dialog.close();
                }
            });
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancelButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (viewModel.exportingProperty().get()) {
                event.consume();
                viewModel.cancel();
            }
        });
        dialog.setOnCloseRequest(event -> viewModel.cancel());
        return dialog.showAndWait().filter(exportType::equals).isPresent();
    }

    /** A field's label, never shortened to "Па…". */
    private Label label(String key) {
        Label label = new Label(messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A check box whose long text wraps onto a second line rather than being cut. */
    private CheckBox check(String id, String key, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(messages.get(key));
        box.setId(id);
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }
}
