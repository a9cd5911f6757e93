package org.icpworkbench.gui.customer;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.customer.CustomerChartSeries;
import org.icpworkbench.logic.customer.CustomerChartSeries.Mark;
import org.icpworkbench.logic.export.PngImageWriter;
import org.icpworkbench.logic.i18n.LocaleFormats;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.customer.CustomerMetricsReport;

/**
 * The step-1 charts of the Customers tab: revenue by segment, CLV by segment and the NPS score distribution — the bars
 * of {@link CustomerChartSeries} with their names and texts in the user's language — and their export as PNG pictures.
 */
public final class CustomerChartsViewModel {

    /** The three charts. */
    public enum Chart {
        REVENUE,
        CLV,
        NPS;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One bar: its category on the axis, its length, the text shown with it, and how it is marked. */
    public record Bar(String category, double value, String label, Mark mark) {
    }

    /** A picture of a chart: {@code width × height} pixels, each {@code 0xAARRGGBB}, row by row from the top left. */
    public record Pixels(int width, int height, int[] argb) {
    }

    private final Messages messages;
    private final LocaleFormats formats;
    private final DialogService dialogs;
    private final Executor ui;
    private final Executor background;
    private final ObservableList<Bar> revenueBars = FXCollections.observableArrayList();
    private final ObservableList<Bar> clvBars = FXCollections.observableArrayList();
    private final ObservableList<Bar> npsBars = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper npsTitle = new ReadOnlyStringWrapper();

    /** Writes the pictures on the common pool. */
    public CustomerChartsViewModel(Messages messages, DialogService dialogs, Executor ui) {
        this(messages, dialogs, ui, java.util.concurrent.ForkJoinPool.commonPool());
    }

    public CustomerChartsViewModel(Messages messages, DialogService dialogs, Executor ui, Executor background) {
        this.messages = messages;
        this.formats = messages.formats();
        this.dialogs = dialogs;
        this.ui = ui;
        this.background = background;
        npsTitle.set(messages.get("customers.charts.nps.title"));
    }

    /** Shows the report's figures, the series the PDF portrait draws too; call on the JavaFX thread. */
    public void show(CustomerMetricsReport report) {
        revenueBars.setAll(CustomerChartSeries.revenue(report).stream().map(bar -> new Bar(nameOf(bar.category()),
                bar.value().doubleValue(), messages.get("customers.charts.revenue.label", formats.number(bar.value(), 0),
                        bar.share().map(value -> formats.number(value, 1)).orElse("—")), bar.mark())).toList());
        clvBars.setAll(CustomerChartSeries.clv(report).stream().map(bar -> new Bar(nameOf(bar.category()),
                bar.value().doubleValue(), bar.mark() == Mark.CAPPED
                        ? messages.get("customers.charts.clv.capped", formats.number(bar.value(), 0))
                        : formats.number(bar.value(), 0), bar.mark())).toList());
        npsBars.setAll(CustomerChartSeries.nps(report).stream().map(bar -> new Bar(bar.category(), bar.value().doubleValue(),
                messages.plural("customers.count", bar.value().intValue()), bar.mark())).toList());
        npsTitle.set(report.project().nps()
                .map(value -> messages.get("customers.charts.nps.titleWithScore", formats.number(value, 0)))
                .orElse(messages.get("customers.charts.nps.title")));
    }

    /**
     * Asks where to save the chart's picture and writes it there as a PNG, off the JavaFX thread; {@code picture} is
     * taken only once a file is chosen. Completes after the notice or the error has been shown.
     */
    public CompletableFuture<Void> exportPng(Chart chart, java.util.function.Supplier<Pixels> picture) {
        Optional<Path> target = dialogs.chooseSaveFile(messages.get("customers.charts.export.title"),
                messages.get("customers.charts." + chart.key() + ".file") + ".png",
                messages.get("customers.charts.export.filter"), "png");
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Pixels pixels;
        try {
            pixels = picture.get();
        } catch (RuntimeException e) {
            dialogs.showFailure(e, messages);
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(
                        () -> PngImageWriter.write(target.get(), pixels.width(), pixels.height(), pixels.argb()), background)
                .thenAcceptAsync(written -> dialogs.notify(messages.get("customers.charts.export.done", written),
                        Optional.empty()), ui)
                .exceptionallyAsync(failure -> {
                    dialogs.showFailure(failure, messages);
                    return null;
                }, ui);
    }

    /** The axis text of a money amount: short, in the user's language (e.g. "15M", "15 млн"). */
    public String compactMoney(double value) {
        return formats.compact(value);
    }

    private String nameOf(String segment) {
        return segment.isBlank() ? messages.get("customers.metrics.noSegment") : segment;
    }

    public ObservableList<Bar> revenueBars() {
        return revenueBars;
    }

    public ObservableList<Bar> clvBars() {
        return clvBars;
    }

    public ObservableList<Bar> npsBars() {
        return npsBars;
    }

    public ReadOnlyStringProperty npsTitleProperty() {
        return npsTitle.getReadOnlyProperty();
    }
}
