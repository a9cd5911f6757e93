package org.icpworkbench.gui.scorecard;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.icpworkbench.gui.common.Dialogs;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.scorecard.CriterionKind;

/** The dialog that adds or edits a prospect; it only binds to {@link ProspectEditViewModel}. */
public final class ProspectEditView implements org.icpworkbench.gui.common.ModalView {

    private final ProspectEditViewModel viewModel;
    private final Messages messages;

    public ProspectEditView(ProspectEditViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @Override
    public boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get(viewModel.isNew() ? "scorecard.prospectEdit.title.add" : "scorecard.prospectEdit.title.edit"),
                viewModel.isNew() ? messages.get("scorecard.prospectEdit.header") : viewModel.original().orElseThrow().data().name());
        dialog.getDialogPane().setContent(form());
        ButtonType save = new ButtonType(messages.get("button.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(viewModel.valid().not());
        dialog.getDialogPane().lookupButton(save).setId("prospectSave");
        dialog.setOnShown(event -> Platform.runLater(() -> dialog.getDialogPane().lookup("#prospectName").requestFocus()));
        return dialog.showAndWait().filter(save::equals).isPresent();
    }

    private GridPane form() {
        TextField name = text("prospectName", viewModel.nameProperty());
        TextField segment = text("prospectSegment", viewModel.segmentProperty());
        TextField industry = text("prospectIndustry", viewModel.industryProperty());
        ComboBox<String> size = combo("prospectSizeBand", CriterionKind.SIZE_BAND, viewModel.sizeBandProperty());
        TextField region = text("prospectRegion", viewModel.regionProperty());
        TextField revenue = text("prospectRevenue", viewModel.annualRevenueProperty());
        revenue.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        ComboBox<String> decisionMaker = combo("prospectDecisionMaker", CriterionKind.DECISION_MAKER, viewModel.decisionMakerProperty());
        ComboBox<String> channel = combo("prospectChannel", CriterionKind.CHANNEL, viewModel.channelProperty());
        TextArea notes = new TextArea();
        notes.setId("prospectNotes");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        notes.textProperty().bindBidirectional(viewModel.notesProperty());

        Label problem = new Label();
        problem.setId("prospectProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problem());

        GridPane grid = new GridPane(12, 8);
        grid.setPadding(new Insets(16));
        ColumnConstraints field = new ColumnConstraints(180, 220, Double.MAX_VALUE);
        field.setHgrow(Priority.ALWAYS);
        ColumnConstraints second = new ColumnConstraints(180, 220, Double.MAX_VALUE);
        second.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), field, new ColumnConstraints(), second);
        int row = 0;
        grid.add(label("name"), 0, row);
        grid.add(name, 1, row++, 3, 1);
        pair(grid, row++, "segment", segment, "industry", industry);
        pair(grid, row++, "sizeBand", size, "region", region);
        pair(grid, row++, "revenue", revenue, "decisionMaker", decisionMaker);
        pair(grid, row++, "channel", channel, null, null);
        grid.add(label("notes"), 0, row);
        grid.add(notes, 1, row++, 3, 1);
        grid.add(problem, 0, row, 4, 1);
        return grid;
    }

    private void pair(GridPane grid, int row, String firstKey, Control first, String secondKey, Control second) {
        grid.add(label(firstKey), 0, row);
        grid.add(first, 1, row);
        first.setMaxWidth(Double.MAX_VALUE);
        if (second != null) {
            grid.add(label(secondKey), 2, row);
            grid.add(second, 3, row);
            second.setMaxWidth(Double.MAX_VALUE);
        }
    }

    private Label label(String key) {
        Label label = new Label(messages.get("scorecard.prospectEdit." + key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private TextField text(String id, StringProperty property) {
        TextField text = new TextField();
        text.setId(id);
        text.textProperty().bindBidirectional(property);
        return text;
    }

    /** A combo of the questionnaire's option labels, with an empty choice for "unknown". */
    private ComboBox<String> combo(String id, CriterionKind kind, StringProperty property) {
        ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList(viewModel.labels(kind)));
        combo.setId(id);
        combo.valueProperty().bindBidirectional(property);
        return combo;
    }
}
