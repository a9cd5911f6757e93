package org.icpworkbench.gui.settings;

import org.icpworkbench.gui.common.Dialogs;
import javafx.geometry.Insets;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.icpworkbench.gui.common.Theme;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;

/** The settings dialog: language, theme, where the workspace is, and its backups. */
public final class SettingsView {

    private final SettingsViewModel viewModel;
    private final Messages messages;

    public SettingsView(SettingsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public void showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("settings.title"), null);

        ComboBox<Language> language = new ComboBox<>(viewModel.languages());
        language.setId("settingsLanguage");
        language.valueProperty().bindBidirectional(viewModel.languageProperty());
        language.setButtonCell(new LanguageCell());
        language.setCellFactory(list -> new LanguageCell());

        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton(messages.get("settings.theme.light"));
        light.setToggleGroup(themes);
        RadioButton dark = new RadioButton(messages.get("settings.theme.dark"));
        dark.setId("settingsDark");
        dark.setToggleGroup(themes);
        dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        light.setSelected(!viewModel.darkThemeProperty().get());

        Label note = new Label(messages.get("settings.restartNote"));
        note.getStyleClass().add("text-muted");
        note.visibleProperty().bind(language.valueProperty().map(chosen -> viewModel.restartNeeded()));
        Label folder = new Label(viewModel.workspaceFolder());
        folder.setWrapText(true);

        GridPane grid = new GridPane(12, 10);
        grid.setPadding(new Insets(16));
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(javafx.scene.layout.Region.USE_PREF_SIZE,
                javafx.scene.layout.Region.USE_COMPUTED_SIZE, Double.MAX_VALUE), new javafx.scene.layout.ColumnConstraints());
        grid.addRow(0, new Label(messages.get("settings.language")), language);
        grid.add(note, 1, 1);
        grid.addRow(2, new Label(messages.get("settings.theme")), new HBox(16, light, dark));
        grid.addRow(3, new Label(messages.get("settings.workspace")), folder);
        viewModel.backups().ifPresent(backups -> addBackups(grid, backups));
        grid.setPrefWidth(640);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        // The restore's progress shows here; the dialog stays until it is done.
        viewModel.backups().ifPresent(backups -> dialog.getDialogPane().getButtonTypes().forEach(type ->
                dialog.getDialogPane().lookupButton(type).disableProperty().bind(backups.busyProperty())));
        dialog.showAndWait().filter(save::equals).ifPresent(button -> {
            viewModel.save();
            Theme.apply(viewModel.darkThemeProperty().get());
        });
    }

    /** The Backups section below the settings: folder, list, and the commands, which act at once. */
    private void addBackups(GridPane grid, BackupsViewModel backups) {
        Label heading = new Label(messages.get("settings.backups"));
        heading.getStyleClass().add("title-4");
        heading.setPadding(new Insets(8, 0, 0, 0));
        grid.add(heading, 0, 4, 2, 1);

        TextField folder = new TextField(backups.folder());
        folder.setId("backupsFolder");
        folder.setEditable(false);
        grid.addRow(5, new Label(messages.get("settings.backups.folder")), folder);

        TableView<BackupsViewModel.Row> table = new TableView<>(backups.rows());
        table.setId("backupTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("settings.backups.taken", BackupsViewModel.Row::takenAt, 220),
                column("settings.backups.reason", BackupsViewModel.Row::reason, 140),
                column("settings.backups.size", BackupsViewModel.Row::size, 90)));
        Label empty = new Label(messages.get("settings.backups.empty"));
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setPrefHeight(220);
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> backups.selectedProperty().set(row));
        backups.selectedProperty().addListener((observable, old, row) -> {
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        grid.add(table, 0, 6, 2, 1);

        Button backUp = new Button(messages.get("settings.backups.backUpNow"));
        backUp.setId("backUpNowButton");
        backUp.disableProperty().bind(backups.busyProperty());
        backUp.setOnAction(event -> backups.backUpNow());
        Button restore = new Button(messages.get("settings.backups.restore"));
        restore.setId("restoreBackupButton");
        restore.disableProperty().bind(backups.canRestore().not());
        restore.setOnAction(event -> backups.restoreSelected());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(backups.busyProperty());
        progress.managedProperty().bind(backups.busyProperty());
        Label message = new Label();
        message.setId("backupsMessage");
        message.getStyleClass().add("text-muted");
        message.setWrapText(true);
        message.textProperty().bind(backups.messageProperty());
        HBox commands = new HBox(8, backUp, restore, progress, message);
        commands.setAlignment(Pos.CENTER_LEFT);
        grid.add(commands, 0, 7, 2, 1);
        backups.refresh();
    }

    private TableColumn<BackupsViewModel.Row, String> column(String key,
                                                            java.util.function.Function<BackupsViewModel.Row, String> value,
                                                            double width) {
        TableColumn<BackupsViewModel.Row, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private final class LanguageCell extends ListCell<Language> {
        @Override
        protected void updateItem(Language item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.name(item));
        }
    }
}
