package org.icpworkbench.gui.common;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.icpworkbench.gui.settings.SettingsView;
import org.icpworkbench.gui.settings.SettingsViewModel;
import org.icpworkbench.gui.trash.TrashView;
import org.icpworkbench.gui.trash.TrashViewModel;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.project.ProjectDetails;

/** Dialogs as JavaFX windows owned by the main window, with buttons in the user's language. */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private final Window owner;
    private final java.util.function.Supplier<NotificationPane> notifications;
    private final FileChoices files;

    /** {@code notifications} is asked for the pane only when there is something to show. */
    public FxDialogService(Messages messages, Window owner, java.util.function.Supplier<NotificationPane> notifications,
            FileChoices files) {
        this.messages = messages;
        this.owner = owner;
        this.notifications = notifications;
        this.files = files;
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initialValue, String confirmLabel) {
        TextInputDialog dialog = new TextInputDialog(initialValue);
        prepare(dialog, title, header);
        dialog.setContentText(label);
        dialog.getDialogPane().getButtonTypes().setAll(confirm(confirmLabel), cancel());
        Button ok = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().getFirst());
        ok.disableProperty().bind(dialog.getEditor().textProperty().map(String::isBlank));
        dialog.getEditor().setId("dialogTextField");
        dialog.getEditor().selectAll();
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public boolean confirm(String title, String header, String content, String confirmLabel) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content);
        prepare(alert, title, header);
        ButtonType yes = confirm(confirmLabel);
        alert.getButtonTypes().setAll(yes, cancel());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public int askWithButtons(String title, String header, String content, java.util.List<String> buttons) {
        Alert alert = new Alert(Alert.AlertType.WARNING, content);
        prepare(alert, title, header);
        java.util.List<ButtonType> types = new java.util.ArrayList<>();
        for (int i = 0; i < buttons.size(); i++) {
            ButtonBar.ButtonData data = i == buttons.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER;
            types.add(new ButtonType(buttons.get(i), data));
        }
        alert.getButtonTypes().setAll(types);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Each button says in full what it does; the dialog grows rather than cut "Keep them in a file and quit".
        javafx.scene.control.DialogPane pane = alert.getDialogPane();
        pane.applyCss();
        double buttonsWidth = 0;
        for (ButtonType type : types) {
            javafx.scene.Node button = pane.lookupButton(type);
            ButtonBar.setButtonUniformSize(button, false);
            ((javafx.scene.control.Button) button).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            buttonsWidth += button.prefWidth(-1) + 12;
        }
        pane.setMinWidth(Math.max(480, buttonsWidth + 48));
        return alert.showAndWait().map(types::indexOf).filter(index -> index >= 0).orElse(buttons.size() - 1);
    }

    @Override
    public void showError(String message) {
        if (owner != null && !owner.isShowing()) {
            // The window has closed: work still running for it (a page loading) failed because the workspace closed.
            org.slf4j.LoggerFactory.getLogger(FxDialogService.class).info("Not shown, the window is closed: {}", message);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        prepare(alert, messages.get("dialog.error.title"), null);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, content);
        prepare(alert, title, header);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    @Override
    public void notify(String message, Optional<NotificationAction> action) {
        NotificationPane notifications = this.notifications.get();
        notifications.getActions().clear();
        action.ifPresent(a -> notifications.getActions().add(new Action(a.label(), event -> {
            notifications.hide();
            a.action().get();
        })));
        notifications.show(message);
        var hide = new javafx.animation.PauseTransition(Duration.seconds(8));
        hide.setOnFinished(event -> {
            if (message.equals(notifications.getText())) {
                notifications.hide();
            }
        });
        hide.play();
    }

    @Override
    public Optional<ProjectDetails> editProjectDetails(ProjectDetails current) {
        Dialog<ProjectDetails> dialog = new Dialog<>();
        prepare(dialog, messages.get("dialog.details.title"), messages.get("dialog.details.header", current.name()));
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
        ButtonType save = confirm(messages.get("button.save"));
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel());
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(name.textProperty().map(String::isBlank));
        dialog.setResultConverter(button -> button == save
                ? new ProjectDetails(name.getText(), client.getText(), industry.getText(), notes.getText()) : null);
        name.requestFocus();
        return dialog.showAndWait();
    }

    @Override
    public void showTrash(TrashViewModel trash) {
        new TrashView(trash, messages).showAndWait(owner);
    }

    @Override
    public void showSettings(SettingsViewModel settings) {
        new SettingsView(settings, messages).showAndWait(owner);
    }

    @Override
    public boolean showStartInterview(org.icpworkbench.gui.interview.StartInterviewViewModel start) {
        return new org.icpworkbench.gui.interview.StartInterviewView(start, messages).showAndWait(owner);
    }

    @Override
    public Optional<Integer> chooseOne(String title, String header, java.util.List<String> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(options.getFirst(), options);
        prepare(dialog, title, header);
        dialog.getDialogPane().getButtonTypes().setAll(confirm(messages.get("button.ok")), cancel());
        return dialog.showAndWait().map(options::indexOf);
    }

    @Override
    public Optional<java.nio.file.Path> chooseOpenFile(String title, String filterDescription, java.util.List<String> extensions) {
        return files.open(owner, title, filterDescription, extensions);
    }

    @Override
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                                       String extension) {
        return files.save(owner, title, suggestedName, filterDescription, extension);
    }

    @Override
    public boolean showQuestionEditor(org.icpworkbench.gui.questionnaire.QuestionEditViewModel question) {
        return new org.icpworkbench.gui.questionnaire.QuestionEditView(question, messages).showAndWait(owner);
    }

    @Override
    public boolean showCustomerImport(org.icpworkbench.gui.customer.CustomerImportViewModel importer) {
        return new org.icpworkbench.gui.customer.CustomerImportView(importer, messages).showAndWait(owner);
    }

    @Override
    public boolean editCustomer(org.icpworkbench.gui.customer.CustomerEditViewModel editor) {
        return new org.icpworkbench.gui.customer.CustomerEditView(editor, messages).showAndWait(owner);
    }

    @Override
    public boolean editCriterion(org.icpworkbench.gui.scorecard.CriterionEditViewModel editor) {
        return new org.icpworkbench.gui.scorecard.CriterionEditView(editor, messages).showAndWait(owner);
    }

    @Override
    public boolean editProspect(org.icpworkbench.gui.scorecard.ProspectEditViewModel editor) {
        return new org.icpworkbench.gui.scorecard.ProspectEditView(editor, messages).showAndWait(owner);
    }

    @Override
    public boolean showPortraitExport(org.icpworkbench.gui.portrait.PortraitExportViewModel export) {
        return new org.icpworkbench.gui.portrait.PortraitExportView(export, messages).showAndWait(owner);
    }

    @Override
    public Optional<org.icpworkbench.logic.workspace.WorkspacePassword> askWorkspacePassword(java.nio.file.Path file,
            Optional<String> error) {
        return WorkspacePasswordPrompt.ask(messages, owner, file, error);
    }

    @Override
    public boolean editWorkspacePassword(org.icpworkbench.gui.workspace.WorkspacePasswordViewModel editor) {
        return new org.icpworkbench.gui.workspace.WorkspacePasswordView(editor, messages).showAndWait(owner);
    }

    @Override
    public org.icpworkbench.gui.main.WorkspaceRecoveryViewModel.Choice askRecovery(
            org.icpworkbench.gui.main.WorkspaceRecoveryViewModel recovery) {
        Alert alert = new Alert(Alert.AlertType.ERROR, recovery.explanation());
        prepare(alert, recovery.title(), recovery.header());
        alert.getDialogPane().setId("workspaceRecovery");
        java.util.Map<ButtonType, org.icpworkbench.gui.main.WorkspaceRecoveryViewModel.Choice> buttons =
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
                .orElse(org.icpworkbench.gui.main.WorkspaceRecoveryViewModel.Choice.QUIT);
    }

    private void prepare(Dialog<?> dialog, String title, String header) {
        Dialogs.prepare(dialog, owner, title, header);
    }

    private ButtonType confirm(String label) {
        return new ButtonType(label, ButtonBar.ButtonData.OK_DONE);
    }

    private ButtonType cancel() {
        return new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
