package org.icpworkbench.gui.customer;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.icpworkbench.gui.common.Cells;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Customers tab: the accounts — added, edited, deleted and put into segments here, or imported — filtered and
 * sorted by any column, and the value metrics per segment with their definitions.
 */
public final class CustomersView {

    private final CustomersViewModel viewModel;
    private final Messages messages;

    public CustomersView(CustomersViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        TableView<Customer> accounts = accountsTable();

        Button add = button("customersAdd", "customers.add", new FontIcon(Material2AL.ADD), viewModel::add);
        Button edit = button("customersEdit", "customers.edit", new FontIcon(Material2AL.EDIT), viewModel::edit);
        Button delete = button("customersDelete", "customers.delete", new FontIcon(Material2AL.DELETE), viewModel::delete);
        Button segment = button("customersSetSegment", "customers.setSegment", new FontIcon(Material2AL.LABEL),
                viewModel::assignSegment);
        edit.disableProperty().bind(javafx.beans.binding.Bindings.size(viewModel.selection()).isNotEqualTo(1));
        delete.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.selection()));
        segment.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.selection()));

        Button importButton = new Button(messages.get("customers.import"), new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("customersImport");
        importButton.setTooltip(new Tooltip(messages.get("customers.import.tooltip")));
        importButton.setOnAction(event -> viewModel.importFile());
        DatePicker asOf = new DatePicker();
        asOf.setId("customersAsOf");
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        // Wide enough for a date in either language; the default width would push the picker off a laptop's toolbar.
        asOf.setPrefWidth(150);
        Label asOfLabel = new Label(messages.get("customers.asOf"));
        asOfLabel.setLabelFor(asOf);
        // The picker names itself when its label has made room for it on the default 1180 px window.
        asOf.setTooltip(new Tooltip(messages.get("customers.asOf")));
        asOf.setAccessibleText(messages.get("customers.asOf"));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        // Add, Edit and Delete have icons everyone knows, so they give up their texts first, then Set segment, and only
        // then the date's label; Import always keeps its text.
        FittingToolBar bar = new FittingToolBar(8, List.of(List.of(add, edit, delete), List.of(segment), List.of(asOfLabel)),
                add, edit, delete, segment, new Separator(Orientation.VERTICAL), importButton, spring, asOfLabel, asOf);
        bar.setId("customersToolBar");
        bar.setAlignment(Pos.CENTER_LEFT);

        TextField filter = new TextField();
        filter.setId("customersFilter");
        filter.setPromptText(messages.get("customers.filter.prompt"));
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(viewModel.filterTextProperty());
        ComboBox<CustomersViewModel.StatusFilter> status = new ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(CustomersViewModel.StatusFilter.values()));
        status.setId("customersStatusFilter");
        status.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        status.setCellFactory(list -> Cells.text(viewModel::statusFilterName));
        status.setButtonCell(Cells.text(viewModel::statusFilterName));
        Label count = new Label();
        count.setId("customersCount");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(viewModel.count());
        HBox filters = new HBox(8, new FontIcon(Material2MZ.SEARCH), filter, status, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<SegmentMetrics> metrics = new TableView<>(viewModel.metrics());
        metrics.setId("metricsTable");
        metrics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        metrics.getColumns().addAll(List.of(
                metric("segment", viewModel::segmentOf, 150),
                metric("active", r -> Integer.toString(r.activeCustomers()), 70),
                metric("revenueShare", r -> viewModel.number(r.revenueSharePercent()), 90),
                metric("averageRevenue", r -> viewModel.number(r.averageAnnualRevenue()), 110),
                metric("margin", r -> viewModel.number(r.averageGrossMarginPercent()), 80),
                metric("tenure", r -> viewModel.number(r.averageTenureYears()), 80),
                metric("repeat", r -> viewModel.number(r.repeatPurchaseRatePercent()), 80),
                metric("churn", r -> viewModel.number(r.annualChurnRatePercent()), 80),
                metric("nps", r -> viewModel.number(r.nps()), 60),
                metric("clv", viewModel::clvOf, 130)));
        metrics.setPrefHeight(180);

        VBox top = new VBox(8, filters, accounts);
        VBox.setVgrow(accounts, Priority.ALWAYS);
        javafx.scene.control.Tab metricsTab = new javafx.scene.control.Tab(messages.get("customers.tab.metrics"), metrics);
        metricsTab.setId("customerMetricsTab");
        javafx.scene.control.Tab chartsTab = new javafx.scene.control.Tab(messages.get("customers.tab.charts"),
                new CustomerChartsView(viewModel.charts(), messages).build());
        chartsTab.setId("customerChartsTab");
        javafx.scene.control.TabPane figures = new javafx.scene.control.TabPane(metricsTab, chartsTab);
        figures.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        // Room for the charts to be read on a 1280 × 800 screen too; the accounts table keeps the rest.
        figures.setMinHeight(CustomerChartsView.MIN_HEIGHT + 40);
        SplitPane split = new SplitPane(top, figures);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, bar, split);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private TableView<Customer> accountsTable() {
        TableView<Customer> accounts = new TableView<>(viewModel.shown());
        accounts.setId("customerTable");
        viewModel.shown().comparatorProperty().bind(accounts.comparatorProperty());
        accounts.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        accounts.getSelectionModel().getSelectedItems().addListener((ListChangeListener<Customer>) change ->
                viewModel.selection().setAll(List.copyOf(accounts.getSelectionModel().getSelectedItems())));
        viewModel.onReselect(ids -> {
            accounts.getSelectionModel().clearSelection();
            for (int row = 0; row < accounts.getItems().size(); row++) {
                if (ids.contains(accounts.getItems().get(row).id())) {
                    accounts.getSelectionModel().select(row);
                }
            }
            int focused = accounts.getSelectionModel().getSelectedIndex();
            if (focused >= 0) {
                accounts.scrollTo(focused);
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.nothingMatches().map(none -> messages.get(
                none ? "customers.noMatch" : "customers.empty.editable")));
        placeholder.setWrapText(true);
        accounts.setPlaceholder(placeholder);
        accounts.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        Collator collator = Collator.getInstance(messages.language().locale());
        collator.setStrength(Collator.SECONDARY);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.language().locale());
        CustomerEditViewModel bands = CustomerEditViewModel.forNew(messages, List.of(), List.of(), LocalDate.now());
        accounts.getColumns().addAll(List.of(
                text("name", c -> c.data().name(), 200, collator),
                text("segment", c -> c.data().segment(), 130, collator),
                text("industry", c -> c.data().industry(), 130, collator),
                sized("sizeBand", c -> c.data().sizeBand(), bands, 120),
                text("region", c -> c.data().region(), 110, collator),
                text("status", viewModel::statusOf, 90, collator),
                value("firstPurchase", c -> c.data().firstPurchase().orElse(null), dates::format, 110),
                value("churnDate", c -> c.data().churnDate().orElse(null), dates::format, 110),
                value("revenue", c -> c.data().annualRevenue().orElse(null), viewModel::number, 120),
                value("margin", c -> c.data().grossMarginPercent().orElse(null), viewModel::number, 80),
                value("purchases", c -> c.data().purchases().orElse(null), viewModel::number, 80),
                value("nps", c -> c.data().nps().orElse(null), viewModel::number, 60),
                text("products", viewModel::productsOf, 200, collator)));

        ContextMenu menu = new ContextMenu(
                menuItem("customers.edit", viewModel::edit),
                menuItem("customers.setSegment", viewModel::assignSegment),
                new SeparatorMenuItem(),
                menuItem("customers.delete", viewModel::delete));
        menu.getItems().getFirst().disableProperty().bind(javafx.beans.binding.Bindings.size(viewModel.selection()).isNotEqualTo(1));
        accounts.setRowFactory(table -> {
            TableRow<Customer> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.edit();
                }
            });
            row.contextMenuProperty().bind(row.emptyProperty().map(empty -> empty ? null : menu));
            return row;
        });
        accounts.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && viewModel.selection().size() == 1) {
                viewModel.edit();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE && !viewModel.selection().isEmpty()) {
                viewModel.delete();
                event.consume();
            }
        });
        return accounts;
    }

    private Button button(String id, String key, Node icon, Runnable action) {
        Button button = new Button(messages.get(key), icon);
        button.setId(id);
        button.setTooltip(new Tooltip(messages.get(key + ".tooltip")));
        button.setOnAction(event -> action.run());
        return button;
    }

    private MenuItem menuItem(String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setOnAction(event -> action.run());
        return item;
    }

    /** A text column sorted as the language sorts words, ignoring case. */
    private TableColumn<Customer, String> text(String key, Function<Customer, String> value, double width, Collator collator) {
        TableColumn<Customer, String> column = Cells.column(messages.get("customers.column." + key), value, width);
        column.setId("customerColumn-" + key);
        column.setComparator(Comparator.nullsLast((a, b) -> collator.compare(a, b)));
        return column;
    }

    /** The size band: shown by its label, sorted by the band's place in the questionnaire's list, free text after. */
    private TableColumn<Customer, String> sized(String key, Function<Customer, String> value, CustomerEditViewModel bands,
                                               double width) {
        TableColumn<Customer, String> column = new TableColumn<>(messages.get("customers.column." + key));
        column.setId("customerColumn-" + key);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : bands.sizeBandLabel(item));
            }
        });
        List<String> order = bands.sizeBandKeys();
        column.setComparator(Comparator.comparingInt((String band) -> order.indexOf(band) < 0 ? order.size() : order.indexOf(band))
                .thenComparing(Comparator.naturalOrder()));
        return column;
    }

    /**
     * A column of comparable values (numbers, dates) that sorts by the values themselves, not their text, shows them
     * formatted for the language and right-aligned, and puts missing values last.
     */
    private <T extends Comparable<? super T>> TableColumn<Customer, T> value(String key, Function<Customer, T> value,
                                                                             Function<T, String> format, double width) {
        TableColumn<Customer, T> column = new TableColumn<>(messages.get("customers.column." + key));
        column.setId("customerColumn-" + key);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "—" : format.apply(item));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        return column;
    }

    /** A metric column whose header explains the definition in a tooltip. */
    private TableColumn<SegmentMetrics, String> metric(String key, Function<SegmentMetrics, String> value, double width) {
        TableColumn<SegmentMetrics, String> column = Cells.column(null, value, width);
        Label header = new Label(messages.get("customers.metrics." + key));
        header.setWrapText(true);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.setTooltip(new Tooltip(messages.get("customers.metrics." + key + ".definition")));
        column.setGraphic(header);
        // A header may wrap at its spaces, never inside a word ("Revenu / e, %"): the column keeps its longest word.
        column.minWidthProperty().bind(header.fontProperty().map(font -> longestWord(header.getText(), font) + 20));
        return column;
    }

    private static double longestWord(String text, javafx.scene.text.Font font) {
        double widest = 0;
        for (String word : text.split("\\s+")) {
            javafx.scene.text.Text measured = new javafx.scene.text.Text(word);
            measured.setFont(font);
            widest = Math.max(widest, Math.ceil(measured.getLayoutBounds().getWidth()));
        }
        return widest;
    }
}
