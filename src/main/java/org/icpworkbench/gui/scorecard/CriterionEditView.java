package org.icpworkbench.gui.scorecard;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.icpworkbench.gui.common.Cells;
import org.icpworkbench.gui.common.Dialogs;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.scorecard.Criterion;

/** The dialog that adds or edits one scorecard criterion; it only binds to {@link CriterionEditViewModel}. */
public final class CriterionEditView implements org.icpworkbench.gui.common.ModalView {

    private final CriterionEditViewModel viewModel;
    private final Messages messages;

    public CriterionEditView(CriterionEditViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @Override
    public boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get(viewModel.isNew() ? "scorecard.edit.title.add" : "scorecard.edit.title.edit"),
                messages.get("scorecard.edit.header"));
        dialog.getDialogPane().setContent(form());
        ButtonType ok = new ButtonType(messages.get(viewModel.isNew() ? "button.add" : "button.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(viewModel.valid().not());
        dialog.getDialogPane().lookupButton(ok).setId("criterionOk");
        dialog.setOnShown(event -> Platform.runLater(() -> dialog.getDialogPane().lookup("#criterionKind").requestFocus()));
        return dialog.showAndWait().filter(ok::equals).isPresent();
    }

    private GridPane form() {
        ComboBox<org.icpworkbench.model.scorecard.CriterionKind> kind = new ComboBox<>(viewModel.kinds());
        kind.setId("criterionKind");
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        kind.setCellFactory(list -> Cells.text(viewModel::kindName));
        kind.setButtonCell(Cells.text(viewModel::kindName));
        kind.setMaxWidth(Double.MAX_VALUE);

        TextField values = new TextField();
        values.setId("criterionValues");
        values.setPromptText(messages.get("scorecard.edit.values.prompt"));
        values.textProperty().bindBidirectional(viewModel.valuesTextProperty());
        values.visibleProperty().bind(viewModel.usesOptions().not().and(viewModel.usesThreshold().not()));
        values.managedProperty().bind(values.visibleProperty());

        VBox options = new VBox(4);
        options.setId("criterionOptions");
        options.visibleProperty().bind(viewModel.usesOptions());
        options.managedProperty().bind(options.visibleProperty());
        fillOptions(options);
        viewModel.kindProperty().addListener((o, old, now) -> {
            fillOptions(options);
            options.getScene().getWindow().sizeToScene();
        });

        TextField threshold = new TextField();
        threshold.setId("criterionThreshold");
        threshold.textProperty().bindBidirectional(viewModel.thresholdProperty());
        threshold.visibleProperty().bind(viewModel.usesThreshold());
        threshold.managedProperty().bind(threshold.visibleProperty());

        Spinner<Integer> weight = new Spinner<>();
        weight.setId("criterionWeight");
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(Criterion.MIN_WEIGHT, Criterion.MAX_WEIGHT, 3);
        weight.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(viewModel.weightProperty());
        weight.disableProperty().bind(viewModel.disqualifierProperty());

        CheckBox disqualifier = new CheckBox(messages.get("scorecard.edit.disqualifier"));
        disqualifier.setId("criterionDisqualifier");
        disqualifier.selectedProperty().bindBidirectional(viewModel.disqualifierProperty());
        disqualifier.setWrapText(true);

        TextField reason = new TextField();
        reason.setId("criterionReason");
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        reason.setPromptText(messages.get("scorecard.edit.reason.prompt"));

        Label problem = new Label();
        problem.setId("criterionProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problem());

        GridPane grid = new GridPane(12, 8);
        grid.setPadding(new Insets(16));
        grid.setPrefWidth(520);
        int row = 0;
        grid.addRow(row++, label("kind"), kind);
        Label valuesLabel = label("values");
        grid.add(valuesLabel, 0, row);
        grid.add(new VBox(values, options, threshold), 1, row++);
        grid.addRow(row++, label("weight"), weight);
        grid.add(disqualifier, 1, row++);
        grid.addRow(row++, label("reason"), reason);
        grid.add(problem, 0, row, 2, 1);
        kind.setPrefWidth(320);
        values.setPrefWidth(320);
        return grid;
    }

    private void fillOptions(VBox box) {
        box.getChildren().clear();
        for (FieldOption option : viewModel.options()) {
            CheckBox check = new CheckBox(viewModel.optionLabel(option));
            check.setId("criterionOption-" + option.key());
            check.setSelected(viewModel.chosenOptions().contains(option.key()));
            check.selectedProperty().addListener((o, old, now) -> viewModel.setChosen(option.key(), now));
            box.getChildren().add(check);
        }
    }

    private Label label(String key) {
        Label label = new Label(messages.get("scorecard.edit." + key));
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
