package org.icpworkbench.gui.customer;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.icpworkbench.gui.common.Cells;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Customers tab: the accounts, their import, and the value metrics per segment with their definitions. */
public final class CustomersView {

    private final CustomersViewModel viewModel;
    private final Messages messages;

    public CustomersView(CustomersViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        Button importButton = new Button(messages.get("customers.import"), new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("customersImport");
        importButton.setTooltip(new Tooltip(messages.get("customers.import.tooltip")));
        importButton.setOnAction(event -> viewModel.importFile());
        DatePicker asOf = new DatePicker();
        asOf.setId("customersAsOf");
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        HBox bar = new HBox(8, importButton, new Label(messages.get("customers.asOf")), asOf);
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<Customer> accounts = new TableView<>(viewModel.accounts());
        accounts.setId("customerTable");
        accounts.setPlaceholder(new Label(messages.get("customers.empty")));
        accounts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        accounts.getColumns().addAll(List.of(
                Cells.column(messages.get("customers.column.name"), c -> c.data().name(), 200),
                Cells.column(messages.get("customers.column.segment"), c -> c.data().segment(), 140),
                Cells.column(messages.get("customers.column.industry"), c -> c.data().industry(), 140),
                Cells.column(messages.get("customers.column.status"), viewModel::statusOf, 90),
                Cells.column(messages.get("customers.column.revenue"), c -> viewModel.number(c.data().annualRevenue()), 120),
                Cells.column(messages.get("customers.column.margin"), c -> viewModel.number(c.data().grossMarginPercent()), 80),
                Cells.column(messages.get("customers.column.nps"), c -> c.data().nps().map(String::valueOf).orElse("—"), 60)));

        TableView<SegmentMetrics> metrics = new TableView<>(viewModel.metrics());
        metrics.setId("metricsTable");
        metrics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
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

        SplitPane split = new SplitPane(accounts, metrics);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, bar, split);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** A metric column whose header explains the definition in a tooltip. */
    private TableColumn<SegmentMetrics, String> metric(String key, java.util.function.Function<SegmentMetrics, String> value,
                                                       double width) {
        TableColumn<SegmentMetrics, String> column = Cells.column(null, value, width);
        Label header = new Label(messages.get("customers.metrics." + key));
        header.setTooltip(new Tooltip(messages.get("customers.metrics." + key + ".definition")));
        column.setGraphic(header);
        return column;
    }
}
