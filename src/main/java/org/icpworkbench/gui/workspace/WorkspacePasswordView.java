package org.icpworkbench.gui.workspace;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.icpworkbench.gui.common.Dialogs;
import org.icpworkbench.logic.i18n.Messages;

/** The dialog of {@link WorkspacePasswordViewModel}: the fields its mode needs and what is wrong with them. */
public final class WorkspacePasswordView implements org.icpworkbench.gui.common.ModalView {

    private final WorkspacePasswordViewModel viewModel;
    private final Messages messages;

    public WorkspacePasswordView(WorkspacePasswordViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** True when the user confirmed valid passwords. */
    @Override
    public boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = Dialogs.prepare(new Dialog<>(), owner, viewModel.title(), viewModel.header());
        dialog.getDialogPane().setId("workspacePasswordDialog");
        GridPane grid = new GridPane(12, 8);
        int row = 0;
        PasswordField first = null;
        if (viewModel.mode().needsCurrent()) {
            first = field("passwordCurrent", viewModel.currentProperty());
            grid.addRow(row++, new Label(messages.get("password.dialog.current")), first);
        }
        if (viewModel.mode().needsNew()) {
            PasswordField next = field("passwordNew", viewModel.newPasswordProperty());
            grid.addRow(row++, new Label(messages.get("password.dialog.new")), next);
            grid.addRow(row++, new Label(messages.get("password.dialog.repeat")),
                    field("passwordRepeat", viewModel.repeatProperty()));
            first = first == null ? next : first;
        }
        Label problem = new Label();
        problem.setId("passwordProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        grid.add(problem, 0, row, 2, 1);
        grid.setPrefWidth(520);
        dialog.getDialogPane().setContent(grid);
        ButtonType confirm = new ButtonType(viewModel.confirmLabel(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(viewModel.validProperty().not());
        PasswordField focused = first;
        dialog.setOnShown(event -> focused.requestFocus());
        return dialog.showAndWait().filter(confirm::equals).isPresent();
    }

    private static PasswordField field(String id, javafx.beans.property.StringProperty value) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }
}
