package org.icpworkbench.gui.workspace;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.icpworkbench.gui.common.Dialogs;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspacePassword;

/** The start-up prompt for an encrypted workspace's password: one field, Open or Quit, and the last attempt's error. */
final class WorkspacePasswordPrompt {

    private WorkspacePasswordPrompt() {
    }

    static Optional<WorkspacePassword> ask(Messages messages, Window owner, Path file, Optional<String> error) {
        Dialog<ButtonType> dialog = Dialogs.prepare(new Dialog<>(), owner, messages.get("password.prompt.title"),
                messages.get("password.prompt.header", file));
        dialog.getDialogPane().setId("workspacePasswordPrompt");
        Label problem = new Label(error.orElse(""));
        problem.setId("workspacePasswordError");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setVisible(error.isPresent());
        problem.setManaged(error.isPresent());
        PasswordField field = new PasswordField();
        field.setId("workspacePasswordField");
        VBox content = new VBox(8, problem, new Label(messages.get("password.prompt.label")), field);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType(messages.get("password.prompt.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(messages.get("password.prompt.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(open, quit);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setOnShown(event -> field.requestFocus());
        return dialog.showAndWait().filter(open::equals)
                .map(button -> WorkspacePassword.of(field.getText().toCharArray()));
    }
}
