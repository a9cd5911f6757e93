package org.icpworkbench.gui.questionnaire;

import org.icpworkbench.gui.common.Cells;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.questionnaire.Question;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The project's questionnaire tab: the questions in order, and their editing once customised. */
public final class QuestionnaireView {

    private final QuestionnaireViewModel viewModel;
    private final Messages messages;

    public QuestionnaireView(QuestionnaireViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        Label status = new Label();
        status.setId("questionnaireStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        Button customise = new Button(messages.get("questionnaire.customise"), new FontIcon(Material2AL.EDIT));
        customise.setId("customiseQuestionnaire");
        customise.setTooltip(new Tooltip(messages.get("questionnaire.customise.tooltip")));
        customise.visibleProperty().bind(viewModel.builtInProperty());
        customise.managedProperty().bind(customise.visibleProperty());
        customise.setOnAction(event -> viewModel.customise());

        Button add = Cells.iconButton("questionAdd", messages.get("questionnaire.add"), Material2AL.ADD, viewModel::add);
        add.disableProperty().bind(viewModel.builtInProperty());
        Button edit = Cells.iconButton("questionEdit", messages.get("questionnaire.edit"), Material2AL.EDIT, viewModel::editSelected);
        Button remove = Cells.iconButton("questionRemove", messages.get("questionnaire.remove"), Material2AL.DELETE_OUTLINE, viewModel::removeSelected);
        Button up = Cells.iconButton("questionUp", messages.get("questionnaire.up"), Material2AL.ARROW_UPWARD, () -> viewModel.moveSelected(-1));
        Button down = Cells.iconButton("questionDown", messages.get("questionnaire.down"), Material2AL.ARROW_DOWNWARD, () -> viewModel.moveSelected(1));
        for (Button button : new Button[] {edit, remove, up, down}) {
            button.disableProperty().bind(viewModel.cannotEditSelection());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, status, spacer, customise, add, edit, remove, up, down);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        TableView<Question> table = new TableView<>(viewModel.questions());
        table.setId("questionTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Cells.column(messages.get("questionnaire.column.code"), Question::code, 50));
        table.getColumns().add(Cells.column(messages.get("questionnaire.column.audience"), viewModel::audienceOf, 140));
        table.getColumns().add(Cells.column(messages.get("questionnaire.column.values"), viewModel::valuesOf, 150));
        table.getColumns().add(Cells.column(messages.get("questionnaire.column.question"), viewModel::wordingOf, 480));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, question) ->
                viewModel.selectedProperty().set(question));
        viewModel.selectedProperty().addListener((observable, old, question) -> {
            if (question != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(question);
            }
        });
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<Question> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty() && !viewModel.builtInProperty().get()) {
                    viewModel.editSelected();
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, toolbar, table);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }
}
