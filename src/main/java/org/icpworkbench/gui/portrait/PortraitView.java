package org.icpworkbench.gui.portrait;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.icpworkbench.gui.common.Cells;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.PortraitVersionInfo;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Portrait tab: characteristics with evidence, the written portrait with its anti-ICP, and its versions. */
public final class PortraitView {

    private final PortraitViewModel viewModel;
    private final Messages messages;

    public PortraitView(PortraitViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        Label reminder = new Label();
        reminder.setId("portraitReviewReminder");
        reminder.setWrapText(true);
        reminder.setGraphic(new FontIcon(Material2AL.EVENT));
        reminder.getStyleClass().addAll("warning", "portrait-reminder");
        reminder.textProperty().bind(viewModel.reviewReminderProperty());
        reminder.visibleProperty().bind(viewModel.reviewReminderProperty().isNotEmpty());
        reminder.managedProperty().bind(reminder.visibleProperty());
        reminder.setStyle("-fx-padding: 8; -fx-background-color: -color-warning-subtle; -fx-background-radius: 4;");
        reminder.setMaxWidth(Double.MAX_VALUE);

        Tab characteristics = new Tab(messages.get("portrait.tab.characteristics"), characteristicsPane());
        characteristics.setId("portraitCharacteristicsTab");
        Tab document = new Tab(messages.get("portrait.tab.document"), documentPane());
        document.setId("portraitDocumentTab");
        Tab versions = new Tab(messages.get("portrait.tab.versions"), versionsPane());
        versions.setId("portraitVersionsTab");
        TabPane tabs = new TabPane(characteristics, document, versions);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("floating");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Button export = new Button(messages.get("portrait.export"), new FontIcon(Material2MZ.PICTURE_AS_PDF));
        export.setId("portraitExportPdf");
        export.setTooltip(new Tooltip(messages.get("portrait.export.tooltip")));
        export.setOnAction(event -> viewModel.exportPdf());
        StackPane top = new StackPane(tabs, export);
        StackPane.setAlignment(export, Pos.TOP_RIGHT);
        StackPane.setMargin(export, new Insets(2, 4, 0, 0));
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox box = new VBox(8, reminder, top);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node characteristicsPane() {
        TableView<PortraitViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("characteristicTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PortraitViewModel.Row, String> coverage = Cells.column(messages.get("portrait.column.coverage"),
                PortraitViewModel.Row::coverage, 150);
        coverage.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("danger", "success");
                TableRow<PortraitViewModel.Row> row = getTableRow();
                if (empty || item == null || row == null || row.getItem() == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                boolean covered = row.getItem().covered();
                setText(item);
                setGraphic(new FontIcon(covered ? Material2AL.CHECK_CIRCLE : Material2AL.ERROR_OUTLINE));
                getStyleClass().add(covered ? "success" : "danger");
            }
        });
        TableColumn<PortraitViewModel.Row, PortraitViewModel.Row> name = new TableColumn<>(messages.get("portrait.column.characteristic"));
        name.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        name.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(PortraitViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(item.name());
                Label section = new Label(item.section() + " · " + item.status());
                section.getStyleClass().addAll("text-small", "text-muted");
                setGraphic(new VBox(1, title, section));
            }
        });
        name.setPrefWidth(210);
        name.setSortable(false);
        table.getColumns().addAll(List.of(name,
                Cells.column(messages.get("portrait.column.value"), PortraitViewModel.Row::value, 420),
                Cells.column(messages.get("portrait.column.evidence"), PortraitViewModel.Row::evidence, 90),
                coverage));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((o, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });

        Label coverageSummary = new Label();
        coverageSummary.setId("portraitCoverageSummary");
        coverageSummary.textProperty().bind(viewModel.coverageSummaryProperty());
        Button acceptAll = button("portraitAcceptAll", "portrait.acceptAll", Material2AL.DONE_ALL);
        acceptAll.setOnAction(event -> viewModel.acceptAllProposals());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, coverageSummary, spacer, acceptAll);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox left = new VBox(8, bar, table);

        SplitPane split = new SplitPane(left, detailsPane());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        return padded(split);
    }

    private Node detailsPane() {
        Label title = new Label();
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> viewModel.selectedProperty().get() == null ? "" : viewModel.selectedProperty().get().name(),
                viewModel.selectedProperty()));
        Label proposal = wrapped("portraitProposal");
        proposal.textProperty().bind(viewModel.proposalTextProperty());
        Label decision = wrapped("portraitDecision");
        decision.getStyleClass().add("text-muted");
        decision.textProperty().bind(viewModel.decisionTextProperty());
        Label coverage = wrapped("portraitCoverage");
        coverage.textProperty().bind(viewModel.coverageTextProperty());

        TextArea value = new TextArea();
        value.setId("portraitValue");
        value.setWrapText(true);
        value.setPrefRowCount(2);
        value.setMinHeight(Region.USE_PREF_SIZE);
        value.textProperty().bindBidirectional(viewModel.overrideTextProperty());
        Button accept = button("portraitAccept", "portrait.accept", Material2AL.CHECK);
        accept.getStyleClass().add("accent");
        accept.disableProperty().bind(viewModel.canAccept().not());
        accept.setOnAction(event -> viewModel.acceptSelected());
        Button override = button("portraitOverride", "portrait.override", Material2AL.EDIT);
        override.disableProperty().bind(viewModel.selectedProperty().isNull());
        override.setOnAction(event -> viewModel.overrideSelected());
        Button reset = button("portraitReset", "portrait.reset", Material2MZ.UNDO);
        reset.disableProperty().bind(viewModel.canReset().not());
        reset.setOnAction(event -> viewModel.resetSelected());
        HBox buttons = new HBox(8, accept, override, reset);

        ListView<String> evidence = new ListView<>(viewModel.evidence());
        evidence.setId("portraitEvidence");
        evidence.setPlaceholder(new Label(messages.get("portrait.evidence.none")));
        evidence.setCellFactory(list -> wrappingCell(list));
        VBox.setVgrow(evidence, Priority.ALWAYS);

        VBox decide = new VBox(6, title, heading("portrait.decision.value"), value, buttons, decision,
                heading("portrait.proposal"), proposal, coverage);
        decide.setPrefWidth(460);
        decide.setMinWidth(320);
        VBox sources = new VBox(6, heading("portrait.evidence"), evidence);
        HBox.setHgrow(sources, Priority.ALWAYS);
        HBox box = new HBox(16, decide, sources);
        box.setPadding(new Insets(10, 0, 0, 0));
        box.disableProperty().bind(viewModel.selectedProperty().isNull());
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    private Node documentPane() {
        TextArea summary = new TextArea();
        summary.setId("portraitSummary");
        summary.setWrapText(true);
        summary.setPrefRowCount(3);
        summary.setPromptText(messages.get("portrait.summary.prompt"));
        summary.textProperty().bindBidirectional(viewModel.summaryProperty());
        summary.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                viewModel.saveSummary();
            }
        });
        Button draft = new Button(messages.get("portrait.summary.draftButton"), new FontIcon(Material2AL.CREATE));
        draft.setId("portraitDraftSummary");
        draft.setOnAction(event -> viewModel.draftSummary());
        Button save = new Button(messages.get("portrait.summary.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("portraitSaveSummary");
        save.setOnAction(event -> viewModel.saveSummary());

        TableView<AntiIcpEntry> antiIcp = new TableView<>(viewModel.antiIcp());
        antiIcp.setId("antiIcpTable");
        antiIcp.setPlaceholder(new Label(messages.get("portrait.antiIcp.empty")));
        antiIcp.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        antiIcp.getColumns().addAll(List.of(
                Cells.column(messages.get("portrait.antiIcp.statement"), AntiIcpEntry::statement, 360),
                Cells.column(messages.get("portrait.antiIcp.reason"), AntiIcpEntry::reason, 420)));
        VBox.setVgrow(antiIcp, Priority.ALWAYS);
        Button add = new Button(messages.get("portrait.antiIcp.add"), new FontIcon(Material2AL.ADD));
        add.setId("antiIcpAdd");
        add.setOnAction(event -> viewModel.addAntiIcp());
        Button remove = new Button(messages.get("portrait.antiIcp.remove"), new FontIcon(Material2AL.DELETE));
        remove.setId("antiIcpRemove");
        remove.disableProperty().bind(antiIcp.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> viewModel.removeAntiIcp(antiIcp.getSelectionModel().getSelectedItem()));
        Button propose = button("antiIcpPropose", "portrait.antiIcp.propose", Material2AL.INSIGHTS);
        propose.setOnAction(event -> viewModel.proposeAntiIcp());

        VBox box = new VBox(8, heading("portrait.summary"), summary, new HBox(8, draft, save),
                heading("portrait.antiIcp"), antiIcp, new HBox(8, add, remove, propose));
        return padded(box);
    }

    private Node versionsPane() {
        Label status = new Label();
        status.setId("portraitVersionStatus");
        status.textProperty().bind(viewModel.statusProperty());
        Button publish = new Button(messages.get("portrait.publish"), new FontIcon(Material2MZ.PUBLISH));
        publish.setId("portraitPublish");
        publish.getStyleClass().add("accent");
        publish.setTooltip(new Tooltip(messages.get("portrait.publish.tooltip")));
        publish.setOnAction(event -> viewModel.publish());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, status, spacer, publish);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<PortraitVersionInfo> versions = new TableView<>(viewModel.versions());
        versions.setId("versionTable");
        versions.setPlaceholder(new Label(messages.get("portrait.versions.empty")));
        versions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        versions.getColumns().addAll(List.of(
                Cells.column(messages.get("portrait.version.number"), version -> Integer.toString(version.number()), 80),
                Cells.column(messages.get("portrait.version.published"), viewModel::describe, 420),
                Cells.column(messages.get("portrait.version.author"), PortraitVersionInfo::author, 200)));
        versions.setPrefHeight(200);

        ComboBox<PortraitVersionInfo> from = versionChoice("compareFrom", viewModel.compareFromProperty());
        ComboBox<PortraitVersionInfo> to = versionChoice("compareTo", viewModel.compareToProperty());
        Button compare = new Button(messages.get("portrait.compare"), new FontIcon(Material2AL.COMPARE_ARROWS));
        compare.setId("portraitCompare");
        compare.disableProperty().bind(viewModel.compareFromProperty().isNull().or(viewModel.compareToProperty().isNull()));
        compare.setOnAction(event -> viewModel.compare());
        HBox compareBar = new HBox(8, new Label(messages.get("portrait.compare.from")), from,
                new Label(messages.get("portrait.compare.to")), to, compare);
        compareBar.setAlignment(Pos.CENTER_LEFT);
        ListView<String> differences = new ListView<>(viewModel.differences());
        differences.setId("portraitDifferences");
        differences.setCellFactory(list -> wrappingCell(list));
        VBox.setVgrow(differences, Priority.ALWAYS);
        return padded(new VBox(8, bar, versions, compareBar, differences));
    }

    private ComboBox<PortraitVersionInfo> versionChoice(String id, javafx.beans.property.ObjectProperty<PortraitVersionInfo> value) {
        ComboBox<PortraitVersionInfo> box = new ComboBox<>(viewModel.versions());
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setCellFactory(list -> Cells.text(version -> messages.get("portrait.version.short", version.number())));
        box.setButtonCell(Cells.text(version -> messages.get("portrait.version.short", version.number())));
        return box;
    }

    /** A list cell whose text wraps to the list's width, however many lines it takes. */
    private static ListCell<String> wrappingCell(ListView<String> list) {
        return new ListCell<>() {
            private final Label label = new Label();

            {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                label.maxWidthProperty().bind(list.widthProperty().subtract(36));
                label.prefWidthProperty().bind(list.widthProperty().subtract(36));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                label.setText(empty ? null : item);
                setGraphic(empty ? null : label);
            }
        };
    }

    private Button button(String id, String key, org.kordamp.ikonli.Ikon icon) {
        Button button = new Button(messages.get(key), new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(messages.get(key + ".tooltip")));
        return button;
    }

    private Label heading(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().addAll("text-bold", "text-muted");
        return label;
    }

    private static Label wrapped(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static Node padded(Node node) {
        VBox box = new VBox(node);
        VBox.setVgrow(node, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }
}
