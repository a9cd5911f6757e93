package org.icpworkbench.gui.questionnaire;

import org.icpworkbench.gui.common.Dialogs;
import org.icpworkbench.gui.common.Cells;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.icpworkbench.logic.i18n.Messages;

/** The dialog that adds or edits one question of a project's questionnaire. */
public final class QuestionEditView implements org.icpworkbench.gui.common.ModalView {

    private final QuestionEditViewModel viewModel;
    private final Messages messages;

    public QuestionEditView(QuestionEditViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @Override
    public boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner,
                messages.get(viewModel.isNew() ? "questionnaire.add.title" : "questionnaire.edit.title"),
                messages.get("questionnaire.edit.header", viewModel.code()));

        ComboBox<org.icpworkbench.model.questionnaire.Audience> audience = new ComboBox<>(viewModel.audiences());
        audience.setId("questionAudience");
        audience.valueProperty().bindBidirectional(viewModel.audienceProperty());
        audience.setCellFactory(list -> Cells.text(viewModel::audienceName));
        audience.setButtonCell(Cells.text(viewModel::audienceName));

        GridPane grid = new GridPane(12, 8);
        grid.setPadding(new Insets(16));
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(460));
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int row = 0;
        grid.addRow(row++, new Label(messages.get("questionnaire.edit.audience")), audience);
        grid.addRow(row++, new Label(messages.get("questionnaire.edit.textEn")), area("questionTextEn", viewModel.textEnProperty(), 2));
        grid.addRow(row++, new Label(messages.get("questionnaire.edit.textRu")), area("questionTextRu", viewModel.textRuProperty(), 2));
        grid.addRow(row++, new Label(messages.get("questionnaire.edit.guidanceEn")), area("guidanceEn", viewModel.guidanceEnProperty(), 3));
        grid.addRow(row++, new Label(messages.get("questionnaire.edit.guidanceRu")), area("guidanceRu", viewModel.guidanceRuProperty(), 3));
        if (viewModel.isNew()) {
            ComboBox<QuestionEditViewModel.ValueKind> kind = new ComboBox<>(viewModel.kinds());
            kind.setId("questionKind");
            kind.valueProperty().bindBidirectional(viewModel.kindProperty());
            kind.setCellFactory(list -> Cells.text(viewModel::kindName));
            kind.setButtonCell(Cells.text(viewModel::kindName));
            TextArea options = area("questionOptions", viewModel.optionsProperty(), 4);
            options.setPromptText(messages.get("questionnaire.edit.options.prompt"));
            Label optionsLabel = new Label(messages.get("questionnaire.edit.options"));
            options.visibleProperty().bind(viewModel.kindProperty().isEqualTo(QuestionEditViewModel.ValueKind.CHOICE));
            optionsLabel.visibleProperty().bind(options.visibleProperty());
            grid.addRow(row++, new Label(messages.get("questionnaire.edit.kind")), kind);
            grid.addRow(row, optionsLabel, options);
        } else {
            Label kept = new Label(messages.get("questionnaire.edit.valuesKept"));
            kept.setWrapText(true);
            kept.getStyleClass().add("text-muted");
            grid.add(kept, 1, row);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType save = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(viewModel.valid().not());
        return dialog.showAndWait().filter(save::equals).isPresent();
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        return area;
    }
}
