package org.icpworkbench.gui.main;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.gui.common.Dialogs;
import org.icpworkbench.gui.settings.SettingsView;
import org.icpworkbench.gui.settings.SettingsViewModel;
import org.icpworkbench.gui.trash.TrashView;
import org.icpworkbench.gui.trash.TrashViewModel;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.project.ProjectDetails;

/**
 * {@link WindowDialogs} as dialog views, shown owned by the window: the trash and settings views of their features,
 * and the two small dialogs only the window asks (a project's details, what to do with a damaged workspace file).
 */
public record FxWindowDialogs(DialogService dialogs) implements WindowDialogs {

    @Override
    public Optional<ProjectDetails> editProjectDetails(ProjectDetails current) {
        AtomicReference<Optional<ProjectDetails>> edited = new AtomicReference<>(Optional.empty());
        dialogs.showModal(current, (details, messages) -> owner -> {
            edited.set(projectDetails(owner, details, messages));
            return edited.get().isPresent();
        });
        return edited.get();
    }

    @Override
    public void showTrash(TrashViewModel trash) {
        dialogs.showModal(trash, (model, messages) -> owner -> {
            new TrashView(model, messages).showAndWait(owner);
            return true;
        });
    }

    @Override
    public void showSettings(SettingsViewModel settings) {
        dialogs.showModal(settings, (model, messages) -> owner -> {
            new SettingsView(model, messages).showAndWait(owner);
            return true;
        });
    }

    @Override
    public WorkspaceRecoveryViewModel.Choice askRecovery(WorkspaceRecoveryViewModel recovery) {
        AtomicReference<WorkspaceRecoveryViewModel.Choice> chosen = new AtomicReference<>(WorkspaceRecoveryViewModel.Choice.QUIT);
        dialogs.showModal(recovery, (model, messages) -> owner -> {
            chosen.set(recoveryChoice(owner, model));
            return chosen.get() != WorkspaceRecoveryViewModel.Choice.QUIT;
        });
        return chosen.get();
    }

    private static Optional<ProjectDetails> projectDetails(Window owner, ProjectDetails current, Messages messages) {
        Dialog<ProjectDetails> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("dialog.details.title"), messages.get("dialog.details.header", current.name()));
        TextField name = new TextField(current.name());
        name.setId("detailsName");
        TextField client = new TextField(current.clientCompany());
        client.setId("detailsClient");
        TextField industry = new TextField(current.industry());
        industry.setId("detailsIndustry");
        TextArea notes = new TextArea(current.notes());
        notes.setId("detailsNotes");
        notes.setPrefRowCount(5);
        notes.setWrapText(true);
        GridPane grid = new GridPane(12, 8);
        grid.setPadding(new Insets(8, 0, 0, 0));
        grid.addRow(0, new Label(messages.get("dialog.details.name")), name);
        grid.addRow(1, new Label(messages.get("dialog.details.client")), client);
        grid.addRow(2, new Label(messages.get("dialog.details.industry")), industry);
        grid.addRow(3, new Label(messages.get("dialog.details.notes")), notes);
        GridPane.setHgrow(name, Priority.ALWAYS);
        grid.setPrefWidth(520);
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(name.textProperty().map(String::isBlank));
        dialog.setResultConverter(button -> button == save
                ? new ProjectDetails(name.getText(), client.getText(), industry.getText(), notes.getText()) : null);
        name.requestFocus();
        return dialog.showAndWait();
    }

    private static WorkspaceRecoveryViewModel.Choice recoveryChoice(Window owner, WorkspaceRecoveryViewModel recovery) {
        Alert alert = new Alert(Alert.AlertType.ERROR, recovery.explanation());
        Dialogs.prepare(alert, owner, recovery.title(), recovery.header());
        alert.getDialogPane().setId("workspaceRecovery");
        java.util.Map<ButtonType, WorkspaceRecoveryViewModel.Choice> buttons =
                new java.util.LinkedHashMap<>();
        for (var choice : recovery.choices()) {
            ButtonBar.ButtonData data = switch (choice) {
                case RESTORE -> ButtonBar.ButtonData.OK_DONE;
                case SCRIPT -> ButtonBar.ButtonData.OTHER;
                case QUIT -> ButtonBar.ButtonData.CANCEL_CLOSE;
            };
            buttons.put(new ButtonType(recovery.label(choice), data), choice);
        }
        alert.getButtonTypes().setAll(buttons.keySet());
        buttons.forEach((type, choice) -> {
            javafx.scene.control.Button button = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(type);
            button.setId("recovery" + choice.name());
            // Their labels say what each does ("Restore the newest backup (<date>)"): never cut them.
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ButtonBar.setButtonUniformSize(button, false);
        });
        alert.getDialogPane().setMinWidth(820);
        alert.getDialogPane().setPrefWidth(820);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return alert.showAndWait().map(buttons::get)
                .orElse(WorkspaceRecoveryViewModel.Choice.QUIT);
    }
}
