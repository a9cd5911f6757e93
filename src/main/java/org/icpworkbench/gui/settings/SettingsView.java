package org.icpworkbench.gui.settings;

import org.icpworkbench.gui.common.Dialogs;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
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

/** The settings dialog: language, theme and where the workspace is. */
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
        grid.setPrefWidth(560);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait().filter(save::equals).ifPresent(button -> {
            viewModel.save();
            Theme.apply(viewModel.darkThemeProperty().get());
        });
    }

    private final class LanguageCell extends ListCell<Language> {
        @Override
        protected void updateItem(Language item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : messages.name(item));
        }
    }
}
