package org.icpworkbench.gui.customer;

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
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Transform;
import javafx.util.StringConverter;
import org.icpworkbench.gui.customer.CustomerChartsViewModel.Bar;
import org.icpworkbench.gui.customer.CustomerChartsViewModel.Chart;
import org.icpworkbench.gui.customer.CustomerChartsViewModel.Mark;
import org.icpworkbench.gui.customer.CustomerChartsViewModel.Pixels;
import org.icpworkbench.logic.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** Three bar charts of the step-1 figures side by side, each with a button that saves it as a PNG at twice its size. */
public final class CustomerChartsView {

    /** Pictures are taken at twice the on-screen size so that they stay sharp in slides and documents. */
    static final double EXPORT_SCALE = 2;

    private final CustomerChartsViewModel viewModel;
    private final Messages messages;

    public CustomerChartsView(CustomerChartsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        BarChart<String, Number> revenue = chart("revenueChart", messages.get("customers.charts.segment"),
                messages.get("customers.charts.revenue.axis"), true, viewModel.revenueBars());
        revenue.setTitle(messages.get("customers.charts.revenue.title"));
        BarChart<String, Number> clv = chart("clvChart", messages.get("customers.charts.segment"),
                messages.get("customers.charts.clv.axis"), true, viewModel.clvBars());
        clv.setTitle(messages.get("customers.charts.clv.title"));
        BarChart<String, Number> nps = chart("npsChart", messages.get("customers.charts.nps.score"),
                messages.get("customers.charts.nps.axis"), false, viewModel.npsBars());
        nps.titleProperty().bind(viewModel.npsTitleProperty());

        Label cappedNote = new Label(messages.get("customers.charts.clv.cappedNote"));
        cappedNote.setWrapText(true);
        cappedNote.getStyleClass().add("text-muted");
        cappedNote.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.clvBars().stream().anyMatch(bar -> bar.mark() == Mark.CAPPED), viewModel.clvBars()));
        cappedNote.managedProperty().bind(cappedNote.visibleProperty());
        Label npsNote = new Label(messages.get("customers.charts.nps.note"));
        npsNote.setWrapText(true);
        npsNote.getStyleClass().add("text-muted");

        HBox charts = new HBox(12,
                panel(revenue, Chart.REVENUE, "chartExportRevenue"),
                panel(clv, Chart.CLV, "chartExportClv", cappedNote),
                panel(nps, Chart.NPS, "chartExportNps", npsNote));
        charts.setId("customerCharts");
        charts.setPadding(new Insets(8, 0, 0, 0));
        return charts;
    }

    private VBox panel(BarChart<String, Number> chart, Chart which, String buttonId, Node... notes) {
        Button export = new Button(messages.get("customers.charts.export"), new FontIcon(Material2AL.IMAGE));
        export.setId(buttonId);
        export.setTooltip(new Tooltip(messages.get("customers.charts.export.tooltip")));
        export.setOnAction(event -> viewModel.exportPng(which, () -> picture(chart)));
        HBox bar = new HBox(export);
        bar.setAlignment(Pos.CENTER_RIGHT);
        VBox panel = new VBox(4, chart);
        panel.getChildren().addAll(notes);
        panel.getChildren().add(bar);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(panel, Priority.ALWAYS);
        panel.setMinWidth(0);
        panel.setPrefWidth(0);
        return panel;
    }

    private BarChart<String, Number> chart(String id, String categoryLabel, String valueLabel, boolean money,
                                           ObservableList<Bar> bars) {
        CategoryAxis categories = new CategoryAxis();
        categories.setLabel(categoryLabel);
        NumberAxis values = new NumberAxis();
        values.setLabel(valueLabel);
        values.setForceZeroInRange(true);
        if (money) {
            values.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number value) {
                    return viewModel.compactMoney(value.doubleValue());
                }

                @Override
                public Number fromString(String text) {
                    throw new UnsupportedOperationException();
                }
            });
        } else {
            values.setMinorTickVisible(false);
            values.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number value) {
                    return value.doubleValue() == Math.rint(value.doubleValue()) ? Long.toString(value.longValue()) : "";
                }

                @Override
                public Number fromString(String text) {
                    throw new UnsupportedOperationException();
                }
            });
        }
        BarChart<String, Number> chart = new BarChart<>(categories, values);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setBarGap(2);
        chart.setCategoryGap(money ? 16 : 4);
        chart.setMinSize(260, 280);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        Runnable refill = () -> {
            categories.getCategories().setAll(bars.stream().map(Bar::category).toList());
            series.getData().setAll(bars.stream().map(this::datum).toList());
        };
        bars.addListener((ListChangeListener<Bar>) change -> refill.run());
        refill.run();
        return chart;
    }

    /** A data point with its own bar, so that the bar carries its colour, tooltip and {@link Bar} as user data. */
    private XYChart.Data<String, Number> datum(Bar bar) {
        XYChart.Data<String, Number> datum = new XYChart.Data<>(bar.category(), bar.value());
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
        datum.setNode(node);
        return datum;
    }

    /** The chart at {@link #EXPORT_SCALE} times its size, on the background it is shown on. */
    private static Pixels picture(BarChart<String, Number> chart) {
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
