package org.icpworkbench.gui.customer;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.nio.IntBuffer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;
import javafx.util.StringConverter;
import org.icpworkbench.gui.customer.CustomerChartsViewModel.Bar;
import org.icpworkbench.gui.customer.CustomerChartsViewModel.Chart;
import org.icpworkbench.gui.customer.CustomerChartsViewModel.Pixels;
import org.icpworkbench.logic.customer.CustomerChartSeries.Mark;
import org.icpworkbench.logic.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The three step-1 charts side by side — revenue and CLV by segment as horizontal bars so that segment names are read
 * in full, the NPS scores as columns — each with a button that saves it as a PNG at twice its size.
 */
public final class CustomerChartsView {

    /** Pictures are taken at twice the on-screen size so that they stay sharp in slides and documents. */
    static final double EXPORT_SCALE = 2;
    /** The height the charts need to stay readable: a title, five bars, the value axis and a two-line note. */
    static final double MIN_HEIGHT = 230;

    private final CustomerChartsViewModel viewModel;
    private final Messages messages;

    public CustomerChartsView(CustomerChartsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        BarChart<Number, String> revenue = segmentChart("revenueChart", viewModel.revenueBars());
        revenue.setTitle(messages.get("customers.charts.revenue.title"));
        BarChart<Number, String> clv = segmentChart("clvChart", viewModel.clvBars());
        clv.setTitle(messages.get("customers.charts.clv.title"));
        BarChart<String, Number> nps = npsChart();
        nps.titleProperty().bind(viewModel.npsTitleProperty());

        Label cappedNote = note("customers.charts.clv.cappedNote");
        cappedNote.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.clvBars().stream().anyMatch(bar -> bar.mark() == Mark.CAPPED), viewModel.clvBars()));
        cappedNote.managedProperty().bind(cappedNote.visibleProperty());

        // Segment names are long, so the two segment charts get more of the width than the eleven NPS columns.
        GridPane charts = new GridPane(12, 0);
        charts.addRow(0,
                panel(withValueTitle(revenue, "customers.charts.revenue.axis"), Chart.REVENUE, "chartExportRevenue"),
                panel(withValueTitle(clv, "customers.charts.clv.axis"), Chart.CLV, "chartExportClv", cappedNote),
                panel(nps, Chart.NPS, "chartExportNps", note("customers.charts.nps.note")));
        for (double percent : new double[] {35, 35, 30}) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(percent);
            column.setHgrow(Priority.ALWAYS);
            charts.getColumnConstraints().add(column);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        charts.getRowConstraints().add(row);
        charts.setId("customerCharts");
        charts.setPadding(new Insets(4, 0, 0, 0));
        // Below this height the bars would be slivers: the charts scroll instead.
        charts.setMinHeight(MIN_HEIGHT);
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        return scroll;
    }

    private Label note(String key) {
        Label note = new Label(messages.get(key));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll("text-muted", Styles.TEXT_SMALL);
        return note;
    }

    /**
     * The chart with its export button in its top right corner, as charts on the web have it: the button takes no
     * height from the chart and is not in the picture.
     */
    /**
     * The chart with the title of its value axis centred under the whole chart rather than under the plot alone,
     * where the long segment names leave too little room for it; the title is in the exported picture too.
     */
    private VBox withValueTitle(BarChart<Number, String> chart, String key) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("axis-label");
        title.setWrapText(true);
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setAlignment(Pos.CENTER);
        VBox figure = new VBox(0, chart, title);
        figure.setPadding(new Insets(0, 0, 4, 0));
        VBox.setVgrow(chart, Priority.ALWAYS);
        return figure;
    }

    private VBox panel(Region chart, Chart which, String buttonId, Node... notes) {
        Button export = new Button(null, new FontIcon(Material2AL.GET_APP));
        export.setId(buttonId);
        export.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        export.setAccessibleText(messages.get("customers.charts.export"));
        export.setTooltip(new Tooltip(messages.get("customers.charts.export") + "\n"
                + messages.get("customers.charts.export.tooltip")));
        export.setOnAction(event -> viewModel.exportPng(which, () -> picture(chart)));
        MenuItem exportItem = new MenuItem(messages.get("customers.charts.export"));
        exportItem.setOnAction(event -> viewModel.exportPng(which, () -> picture(chart)));
        chart.setOnContextMenuRequested(event -> {
            new ContextMenu(exportItem).show(chart, event.getScreenX(), event.getScreenY());
            event.consume();
        });
        StackPane framed = new StackPane(chart, export);
        StackPane.setAlignment(export, Pos.TOP_RIGHT);
        VBox panel = new VBox(2, framed);
        panel.getChildren().addAll(notes);
        VBox.setVgrow(framed, Priority.ALWAYS);
        panel.setMinWidth(0);
        return panel;
    }

    /** Segments down the left with their full names (the first at the top), values along the bottom. */
    private BarChart<Number, String> segmentChart(String id, ObservableList<Bar> bars) {
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(true);
        values.setTickLabelFormatter(formatter(viewModel::compactMoney));
        CategoryAxis segments = new CategoryAxis();
        segments.setAutoRanging(false);
        BarChart<Number, String> chart = new BarChart<>(values, segments);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        Runnable refill = () -> {
            // A vertical category axis draws its first category at the bottom.
            segments.getCategories().setAll(bars.reversed().stream().map(Bar::category).toList());
            series.getData().setAll(bars.stream().map(bar -> {
                XYChart.Data<Number, String> datum = new XYChart.Data<>(bar.value(), bar.category());
                datum.setNode(barNode(bar));
                return datum;
            }).toList());
        };
        return styled(chart, id, 6, series, bars, refill);
    }

    /** Eleven columns, scores 0 to 10, coloured as detractors, passives and promoters. */
    private BarChart<String, Number> npsChart() {
        CategoryAxis scores = new CategoryAxis();
        scores.setLabel(messages.get("customers.charts.nps.score"));
        NumberAxis customers = new NumberAxis();
        customers.setLabel(messages.get("customers.charts.nps.axis"));
        customers.setForceZeroInRange(true);
        customers.setMinorTickVisible(false);
        customers.setTickLabelFormatter(formatter(value -> value == Math.rint(value) ? Long.toString((long) value) : ""));
        BarChart<String, Number> chart = new BarChart<>(scores, customers);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        ObservableList<Bar> bars = viewModel.npsBars();
        Runnable refill = () -> {
            scores.getCategories().setAll(bars.stream().map(Bar::category).toList());
            series.getData().setAll(bars.stream().map(bar -> {
                XYChart.Data<String, Number> datum = new XYChart.Data<>(bar.category(), bar.value());
                datum.setNode(barNode(bar));
                return datum;
            }).toList());
        };
        return styled(chart, "npsChart", 3, series, bars, refill);
    }

    private <X, Y> BarChart<X, Y> styled(BarChart<X, Y> chart, String id, double categoryGap, XYChart.Series<X, Y> series,
                                         ObservableList<Bar> bars, Runnable refill) {
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(2);
        chart.setCategoryGap(categoryGap);
        chart.setMinSize(0, 0);
        chart.setPadding(new Insets(4, 8, 4, 4));
        // Room for the export button on the right, and on the left too so that the title stays centred; a long
        // title wraps rather than being cut.
        if (chart.lookup(".chart-title") instanceof Label title) {
            title.setWrapText(true);
            title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            title.setPadding(new Insets(0, 30, 0, 30));
            title.setStyle("-fx-font-size: 1.15em;");
        }
        chart.getData().add(series);
        bars.addListener((ListChangeListener<Bar>) change -> refill.run());
        refill.run();
        return chart;
    }

    private static StringConverter<Number> formatter(java.util.function.DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** The bar's own node, so that it carries its colour, tooltip and {@link Bar} as user data. */
    private static StackPane barNode(Bar bar) {
        StackPane node = new StackPane();
        node.setUserData(bar);
        Tooltip.install(node, new Tooltip(bar.category() + ": " + bar.label()));
        node.setStyle(switch (bar.mark()) {
            case CAPPED -> "-fx-bar-fill: -color-accent-muted;";
            case DETRACTOR -> "-fx-bar-fill: #d64545;";
            case PASSIVE -> "-fx-bar-fill: #e0a526;";
            case PROMOTER -> "-fx-bar-fill: #3a9e5c;";
            case PLAIN -> "-fx-bar-fill: -color-accent-emphasis;";
        });
        return node;
    }

    /** The chart at {@link #EXPORT_SCALE} times its size, on the background it is shown on. */
    private static Pixels picture(Node chart) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(EXPORT_SCALE, EXPORT_SCALE));
        parameters.setFill(backgroundOf(chart));
        WritableImage image = chart.snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), width);
        return new Pixels(width, height, argb);
    }

    private static Paint backgroundOf(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Region region && region.getBackground() != null && !region.getBackground().getFills().isEmpty()) {
                Paint fill = region.getBackground().getFills().getLast().getFill();
                if (fill instanceof Color color && color.getOpacity() > 0) {
                    return color;
                }
            }
        }
        if (node.getScene() != null && node.getScene().getFill() instanceof Color color && color.getOpacity() > 0) {
            return color;
        }
        return Color.WHITE;
    }
}
