package org.icpworkbench.gui.scorecard;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.icpworkbench.gui.common.Cells;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.Tier;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Scorecard tab: the criteria (weights editable in place) and tier thresholds above; below, the customers and the
 * prospects scored against the scorecard on screen, each with every point explained. It binds and computes nothing.
 */
public final class ScorecardView {

    private final ScorecardViewModel viewModel;
    private final Messages messages;

    public ScorecardView(ScorecardViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        Label source = new Label();
        source.setId("scorecardSource");
        source.setWrapText(true);
        source.getStyleClass().add("text-muted");
        source.textProperty().bind(viewModel.sourceProperty());
        source.setMinHeight(Region.USE_PREF_SIZE);
        Label unsaved = new Label(messages.get("scorecard.page.unsaved"), new FontIcon(Material2AL.EDIT));
        unsaved.setId("scorecardUnsaved");
        unsaved.getStyleClass().add("warning");
        unsaved.visibleProperty().bind(viewModel.dirtyProperty());
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        Label problem = new Label();
        problem.setId("scorecardProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        Button add = button("criterionAdd", "scorecard.page.criterion.add", Material2AL.ADD, viewModel::addCriterion);
        Button edit = button("criterionEdit", "scorecard.page.criterion.edit", Material2AL.EDIT, viewModel::editCriterion);
        Button remove = button("criterionRemove", "scorecard.page.criterion.remove", Material2AL.DELETE, viewModel::removeCriterion);
        edit.disableProperty().bind(viewModel.selectedCriterionProperty().isNull());
        remove.disableProperty().bind(viewModel.selectedCriterionProperty().isNull());
        Button reset = button("scorecardReset", "scorecard.page.reset", Material2MZ.RESTORE, viewModel::resetToProposed);
        reset.setTooltip(new Tooltip(messages.get("scorecard.page.reset.tooltip")));
        Spinner<Integer> tierA = tierSpinner("tierA", viewModel.tierAProperty());
        Spinner<Integer> tierB = tierSpinner("tierB", viewModel.tierBProperty());
        Button save = button("scorecardSave", "button.save", Material2MZ.SAVE, viewModel::save);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(viewModel.canSave().not());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, add, edit, remove, reset, new Separator(Orientation.VERTICAL),
                new Label(messages.get("scorecard.page.tierA")), tierA, new Label(messages.get("scorecard.page.tierB")), tierB,
                spring, unsaved, save);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<Criterion> criteria = criteriaTable();
        VBox top = new VBox(6, source, bar, problem, criteria);
        VBox.setVgrow(criteria, Priority.ALWAYS);

        Tab customersTab = new Tab(messages.get("scorecard.page.customers"), customersPane());
        customersTab.setId("scoredCustomersTab");
        Tab prospectsTab = new Tab(messages.get("scorecard.page.prospects"), prospectsPane());
        prospectsTab.setId("prospectsTab");
        TabPane results = new TabPane(customersTab, prospectsTab);
        results.setId("scorecardResults");
        results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(top, results);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42);
        VBox page = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        page.setPadding(new Insets(8, 0, 0, 0));
        return page;
    }

    private TableView<Criterion> criteriaTable() {
        TableView<Criterion> table = new TableView<>(viewModel.criteria());
        table.setId("criteriaTable");
        table.setPlaceholder(new Label(messages.get("scorecard.page.criteria.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> viewModel.selectedCriterionProperty().set(now));
        viewModel.selectedCriterionProperty().addListener((o, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        table.setRowFactory(view -> {
            TableRow<Criterion> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.editCriterion();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.editCriterion();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.removeCriterion();
            }
        });
        TableColumn<Criterion, Criterion> weight = new TableColumn<>(messages.get("scorecard.page.column.weight"));
        weight.setId("criterionColumn-weight");
        weight.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        weight.setCellFactory(column -> new TableCell<>() {
            private final ComboBox<Integer> combo = new ComboBox<>(FXCollections.observableArrayList(1, 2, 3, 4, 5));

            {
                combo.getStyleClass().add("weight-combo");
                combo.valueProperty().addListener((o, old, chosen) -> {
                    Criterion item = getItem();
                    if (item != null && chosen != null && chosen != item.weight()) {
                        viewModel.setWeight(item, chosen);
                    }
                });
            }

            @Override
            protected void updateItem(Criterion item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null || item.disqualifier()) {
                    setGraphic(null);
                    setText(empty || item == null ? null : "—");
                    return;
                }
                setText(null);
                combo.setValue(item.weight());
                setGraphic(combo);
            }
        });
        weight.setPrefWidth(80);
        TableColumn<Criterion, String> kind = Cells.column(messages.get("scorecard.page.column.kind"), viewModel::kindOf, 150);
        kind.setId("criterionColumn-kind");
        TableColumn<Criterion, String> values = Cells.column(messages.get("scorecard.page.column.values"), viewModel::valuesOf, 300);
        values.setId("criterionColumn-values");
        TableColumn<Criterion, String> disqualifier = Cells.column(messages.get("scorecard.page.column.disqualifier"),
                c -> c.disqualifier() ? messages.get("scorecard.page.disqualifier.yes") : "", 110);
        disqualifier.setId("criterionColumn-disqualifier");
        TableColumn<Criterion, String> coverage = Cells.column(messages.get("scorecard.page.column.coverage"), viewModel::coverageOf, 120);
        coverage.setId("criterionColumn-coverage");
        TableColumn<Criterion, String> reason = Cells.column(messages.get("scorecard.page.column.reason"), Criterion::reason, 200);
        reason.setId("criterionColumn-reason");
        table.getColumns().addAll(List.of(kind, values, weight, disqualifier, coverage, reason));
        return table;
    }

    private Node customersPane() {
        Label share = new Label();
        share.setId("icpShare");
        share.setWrapText(true);
        share.getStyleClass().add("title-4");
        share.setGraphic(new FontIcon(Material2MZ.PIE_CHART));
        share.textProperty().bind(viewModel.shareProperty());
        share.setMinHeight(Region.USE_PREF_SIZE);
        TableView<ScorecardViewModel.AccountRow> table = accountTable("scoredCustomerTable", viewModel.customers(),
                viewModel.selectedCustomerProperty(), "scorecard.page.customers.empty");
        Node details = explanationPane("customerExplanations", "customerHeading", viewModel.customerHeadingProperty(),
                viewModel.customerExplanations());
        SplitPane split = new SplitPane(table, details);
        split.setDividerPositions(0.6);
        VBox box = new VBox(8, share, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node prospectsPane() {
        Button add = button("prospectAdd", "scorecard.page.prospect.add", Material2AL.ADD, viewModel::addProspect);
        Button edit = button("prospectEdit", "scorecard.page.prospect.edit", Material2AL.EDIT, viewModel::editProspect);
        Button delete = button("prospectDelete", "scorecard.page.prospect.delete", Material2AL.DELETE, viewModel::deleteProspect);
        edit.disableProperty().bind(viewModel.selectedProspectProperty().isNull());
        delete.disableProperty().bind(viewModel.selectedProspectProperty().isNull());
        Button importButton = button("prospectImport", "scorecard.page.import", Material2AL.FILE_UPLOAD, viewModel::importProspects);
        importButton.setTooltip(new Tooltip(messages.get("scorecard.page.import.tooltip")));
        Label summary = new Label();
        summary.setId("prospectSummary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(viewModel.prospectSummaryProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, add, edit, delete, new Separator(Orientation.VERTICAL), importButton, spring, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        TableView<ScorecardViewModel.AccountRow> table = accountTable("prospectTable", viewModel.prospects(),
                viewModel.selectedProspectProperty(), "scorecard.page.prospects.empty");
        table.setRowFactory(view -> {
            TableRow<ScorecardViewModel.AccountRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.editProspect();
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                viewModel.editProspect();
            } else if (event.getCode() == KeyCode.DELETE) {
                viewModel.deleteProspect();
            }
        });
        Node details = explanationPane("prospectExplanations", "prospectHeading", viewModel.prospectHeadingProperty(),
                viewModel.prospectExplanations());
        SplitPane split = new SplitPane(table, details);
        split.setDividerPositions(0.6);
        VBox box = new VBox(8, bar, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private TableView<ScorecardViewModel.AccountRow> accountTable(String id,
            javafx.collections.ObservableList<ScorecardViewModel.AccountRow> rows,
            javafx.beans.property.ObjectProperty<ScorecardViewModel.AccountRow> selected, String emptyKey) {
        TableView<ScorecardViewModel.AccountRow> table = new TableView<>(rows);
        table.setId(id);
        table.setPlaceholder(new Label(messages.get(emptyKey)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null || !rows.isEmpty()) {
                selected.set(now);
            }
        });
        selected.addListener((o, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
        TableColumn<ScorecardViewModel.AccountRow, String> name = Cells.column(messages.get("scorecard.page.column.name"),
                ScorecardViewModel.AccountRow::name, 200);
        name.setId(id + "-name");
        TableColumn<ScorecardViewModel.AccountRow, String> segment = Cells.column(messages.get("scorecard.page.column.segment"),
                ScorecardViewModel.AccountRow::segment, 150);
        segment.setId(id + "-segment");
        TableColumn<ScorecardViewModel.AccountRow, Integer> score = new TableColumn<>(messages.get("scorecard.page.column.score"));
        score.setId(id + "-score");
        score.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().score()));
        score.setStyle("-fx-alignment: CENTER-RIGHT;");
        score.setPrefWidth(70);
        TableColumn<ScorecardViewModel.AccountRow, ScorecardViewModel.AccountRow> tier = new TableColumn<>(
                messages.get("scorecard.page.column.tier"));
        tier.setId(id + "-tier");
        tier.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        tier.setComparator(java.util.Comparator.comparing(ScorecardViewModel.AccountRow::tier));
        tier.setCellFactory(column -> new TableCell<>() {
            private final Label badge = new Label();

            {
                badge.getStyleClass().add("tier-badge");
            }

            @Override
            protected void updateItem(ScorecardViewModel.AccountRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                badge.setText(item.tierText());
                badge.setStyle("-fx-text-fill: white; -fx-font-weight: bold; -fx-padding: 1 8 1 8; -fx-background-radius: 8;"
                        + " -fx-background-color: " + color(item.tier()) + ";");
                setGraphic(badge);
            }
        });
        tier.setPrefWidth(110);
        TableColumn<ScorecardViewModel.AccountRow, String> why = Cells.column(messages.get("scorecard.page.column.why"),
                ScorecardViewModel.AccountRow::firstExplanation, 320);
        why.setId(id + "-why");
        table.getColumns().addAll(List.of(name, segment, score, tier, why));
        return table;
    }

    private static String color(Tier tier) {
        return switch (tier) {
            case A -> "#2e7d32";
            case B -> "#b7791f";
            case C -> "#6b7280";
            case DISQUALIFIED -> "#c62828";
        };
    }

    private Node explanationPane(String listId, String headingId, javafx.beans.value.ObservableValue<String> heading,
            javafx.collections.ObservableList<String> lines) {
        Label title = new Label();
        title.setId(headingId);
        title.setWrapText(true);
        title.getStyleClass().add("title-4");
        title.textProperty().bind(heading);
        ListView<String> list = new ListView<>(lines);
        list.setId(listId);
        list.setPlaceholder(new Label(messages.get("scorecard.page.explanations.empty")));
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox box = new VBox(6, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private Spinner<Integer> tierSpinner(String id, javafx.beans.property.ObjectProperty<Integer> property) {
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId(id);
        SpinnerValueFactory.IntegerSpinnerValueFactory factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100,
                property.get() == null ? 0 : property.get());
        spinner.setValueFactory(factory);
        factory.valueProperty().bindBidirectional(property);
        spinner.setEditable(true);
        spinner.setPrefWidth(80);
        return spinner;
    }

    private Button button(String id, String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }
}
