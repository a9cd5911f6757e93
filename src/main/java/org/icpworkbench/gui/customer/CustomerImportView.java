package org.icpworkbench.gui.customer;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.icpworkbench.gui.common.Cells;
import org.icpworkbench.gui.common.Dialogs;
import org.icpworkbench.logic.customer.imports.CustomerTable;
import org.icpworkbench.logic.customer.imports.ExistingCustomers;
import org.icpworkbench.logic.i18n.Messages;

/** The customer import dialog: file, column mapping, preview, problems, progress; Import or Cancel. */
public final class CustomerImportView implements org.icpworkbench.gui.common.ModalView {

    private final CustomerImportViewModel viewModel;
    private final Messages messages;

    public CustomerImportView(CustomerImportViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /** Shows the dialog until the user imports or closes it; true when customers were imported. */
    @Override
    public boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("customers.import.title"), null);

        Label file = new Label();
        file.setId("importFile");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("customers.import.file", viewModel.fileNameProperty().get(), viewModel.formatProperty().get()),
                viewModel.fileNameProperty(), viewModel.formatProperty()));
        file.getStyleClass().add("title-4");
        Label source = new Label();
        source.setId("importMappingSource");
        source.textProperty().bind(viewModel.mappingSourceProperty());
        source.getStyleClass().add("text-muted");

        SplitPane body = new SplitPane(mappingPane(), new SplitPane(previewTable(), problemsTable()));
        ((SplitPane) body.getItems().get(1)).setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.34);
        VBox.setVgrow(body, Priority.ALWAYS);

        ProgressBar progress = new ProgressBar();
        progress.setId("importProgress");
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.setPrefWidth(220);
        Label summary = new Label();
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());
        HBox status = new HBox(12, progress, summary);
        status.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(8, file, choices(), source, body, status);
        content.setPadding(new Insets(12));
        content.setPrefSize(1100, 640);
        dialog.getDialogPane().setContent(content);

        ButtonType importType = new ButtonType(messages.get("customers.import"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(importType, cancelType);
        Button importButton = (Button) dialog.getDialogPane().lookupButton(importType);
        importButton.setId("importConfirm");
        importButton.textProperty().bind(viewModel.importLabelProperty());
        importButton.disableProperty().bind(viewModel.importableProperty().not()
                .or(viewModel.stageProperty().isNotEqualTo(CustomerImportViewModel.Stage.READY)));
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.importRows().thenAccept(done -> {
                if (done) {
                    dialog.setResult(importType);
                    dialog.close();
                }
            });
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancelButton.setId("importCancel");
        cancelButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (viewModel.busyProperty().get()) {
                event.consume();
                viewModel.cancel();
            }
        });
        dialog.setOnCloseRequest(event -> viewModel.cancel());
        return dialog.showAndWait().filter(importType::equals).isPresent();
    }

    /** The encoding to read a text file with, and what to do with customers already in the project. */
    private HBox choices() {
        ComboBox<ImportEncoding> encoding = new ComboBox<>(viewModel.encodingChoices());
        encoding.setId("importEncoding");
        encoding.valueProperty().bindBidirectional(viewModel.encodingProperty());
        encoding.disableProperty().bind(viewModel.busyProperty());
        ComboBox<ExistingCustomers> existing = new ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(ExistingCustomers.values()));
        existing.setId("importExisting");
        existing.valueProperty().bindBidirectional(viewModel.existingPolicyProperty());
        existing.setCellFactory(list -> Cells.text(policy -> messages.get("customers.import.existing." + policy.name())));
        existing.setButtonCell(Cells.text(policy -> messages.get("customers.import.existing." + policy.name())));
        Label existingLabel = new Label(messages.get("customers.import.existing.label"));
        HBox existingBox = new HBox(8, existingLabel, existing);
        existingBox.setAlignment(Pos.CENTER_LEFT);
        existingBox.visibleProperty().bind(viewModel.existingMatchedProperty().greaterThan(0));
        existingBox.managedProperty().bind(existingBox.visibleProperty());
        HBox box = new HBox(16, new Label(messages.get("customers.import.encoding")), encoding, existingBox);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox mappingPane() {
        GridPane grid = new GridPane(8, 6);
        int row = 0;
        for (FieldMapping field : viewModel.mappings()) {
            ComboBox<ColumnChoice> column = new ComboBox<>(viewModel.columnChoices());
            column.setId("importMap_" + field.field().name());
            column.valueProperty().bindBidirectional(field.columnProperty());
            column.setMaxWidth(Double.MAX_VALUE);
            column.disableProperty().bind(viewModel.busyProperty().and(
                    viewModel.stageProperty().isNotEqualTo(CustomerImportViewModel.Stage.CHECKING)));
            GridPane.setHgrow(column, Priority.ALWAYS);
            grid.addRow(row++, new Label(field.label()), column);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label hint = new Label(messages.get("customers.import.mapping.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        Button save = new Button(messages.get("customers.import.mapping.save"));
        save.setId("importSaveMapping");
        save.setTooltip(new Tooltip(messages.get("customers.import.mapping.save.tooltip")));
        save.setOnAction(event -> viewModel.saveMapping());
        save.disableProperty().bind(viewModel.stageProperty().isNotEqualTo(CustomerImportViewModel.Stage.READY));
        Label title = new Label(messages.get("customers.import.mapping"));
        title.getStyleClass().add("title-4");
        VBox box = new VBox(8, title, hint, scroll, save);
        box.setPadding(new Insets(0, 8, 0, 0));
        box.setMinWidth(300);
        return box;
    }

    private VBox previewTable() {
        TableView<List<String>> table = new TableView<>(viewModel.previewRows());
        table.setId("importPreview");
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Runnable columns = () -> {
            table.getColumns().clear();
            for (int index = 0; index < viewModel.previewHeader().size(); index++) {
                int column = index;
                TableColumn<List<String>, String> tableColumn = new TableColumn<>(
                        CustomerTable.columnLetter(index) + " · " + viewModel.previewHeader().get(index));
                tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                        column < cell.getValue().size() ? cell.getValue().get(column) : ""));
                tableColumn.setPrefWidth(130);
                table.getColumns().add(tableColumn);
            }
        };
        viewModel.previewHeader().addListener((ListChangeListener<String>) change -> columns.run());
        columns.run();
        return titled("customers.import.preview", table);
    }

    private VBox problemsTable() {
        TableView<ProblemRow> table = new TableView<>(viewModel.problems());
        table.setId("importProblems");
        table.setPlaceholder(new Label(messages.get("customers.import.noProblems")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Cells.column(messages.get("customers.import.problem.row"), ProblemRow::row, 70),
                Cells.column(messages.get("customers.import.problem.column"), ProblemRow::column, 160),
                Cells.column(messages.get("customers.import.problem.reason"), ProblemRow::reason, 420)));
        return titled("customers.import.problems", table);
    }

    private VBox titled(String key, TableView<?> table) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("title-4");
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, title, table);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }
}
