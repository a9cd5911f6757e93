package org.icpworkbench.gui.customer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.gui.common.Failures;
import org.icpworkbench.logic.export.PngImageWriter;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.SegmentMetrics;

/**
 * The step-1 charts of the Customers tab: revenue by segment, CLV by segment and the NPS score distribution, as plain
 * bars computed from a metrics report, and their export as PNG pictures.
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

    /** How a bar is drawn apart from its height. */
    public enum Mark {
        PLAIN,
        CAPPED,
        DETRACTOR,
        PASSIVE,
        PROMOTER
    }

    /** One bar: its category on the axis, its height, the text shown with it, and how it is marked. */
    public record Bar(String category, double value, String label, Mark mark) {
    }

    /** A picture of a chart: {@code width × height} pixels, each {@code 0xAARRGGBB}, row by row from the top left. */
    public record Pixels(int width, int height, int[] argb) {
    }

    private final Messages messages;
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
        this.dialogs = dialogs;
        this.ui = ui;
        this.background = background;
        npsTitle.set(messages.get("customers.charts.nps.title"));
    }

    /** Shows the report's figures; call on the JavaFX thread. */
    public void show(CustomerMetricsReport report) {
        List<SegmentMetrics> withRevenue = report.segments().stream()
                .filter(segment -> segment.totalAnnualRevenue().signum() > 0)
                .sorted(Comparator.comparing(SegmentMetrics::totalAnnualRevenue).reversed())
                .toList();
        revenueBars.setAll(withRevenue.stream().map(segment -> new Bar(nameOf(segment),
                segment.totalAnnualRevenue().doubleValue(),
                messages.get("customers.charts.revenue.label", money(segment.totalAnnualRevenue()),
                        segment.revenueSharePercent().map(this::percent).orElse("—")),
                Mark.PLAIN)).toList());

        Map<String, SegmentMetrics> byName = report.segments().stream()
                .collect(Collectors.toMap(SegmentMetrics::segment, Function.identity()));
        List<Bar> clv = new ArrayList<>();
        for (String name : report.segmentsByClv()) {
            SegmentMetrics segment = byName.get(name);
            if (segment == null || segment.clv().isEmpty()) {
                continue;
            }
            BigDecimal value = segment.clv().get();
            clv.add(segment.lifetimeCapped()
                    ? new Bar(nameOf(segment), value.doubleValue(), messages.get("customers.charts.clv.capped", money(value)),
                            Mark.CAPPED)
                    : new Bar(nameOf(segment), value.doubleValue(), money(value), Mark.PLAIN));
        }
        clvBars.setAll(clv);

        List<Bar> nps = new ArrayList<>();
        for (int score = 0; score < CustomerMetricsReport.NPS_SCORES; score++) {
            int count = report.npsScoreCounts().get(score);
            Mark mark = score <= 6 ? Mark.DETRACTOR : score <= 8 ? Mark.PASSIVE : Mark.PROMOTER;
            nps.add(new Bar(Integer.toString(score), count, messages.plural("customers.count", count), mark));
        }
        npsBars.setAll(nps);
        npsTitle.set(report.project().nps()
                .map(value -> messages.get("customers.charts.nps.titleWithScore", number(value)))
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
            dialogs.showError(Failures.describe(e, messages));
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.supplyAsync(
                        () -> PngImageWriter.write(target.get(), pixels.width(), pixels.height(), pixels.argb()), background)
                .thenAcceptAsync(written -> dialogs.notify(messages.get("customers.charts.export.done", written),
                        Optional.empty()), ui)
                .exceptionallyAsync(failure -> {
                    dialogs.showError(Failures.describe(failure, messages));
                    return null;
                }, ui);
    }

    /** The axis text of a money amount: short, in the user's language (e.g. "15M", "15 млн"). */
    public String compactMoney(double value) {
        return NumberFormat.getCompactNumberInstance(messages.language().locale(), NumberFormat.Style.SHORT).format(value);
    }

    private String nameOf(SegmentMetrics segment) {
        return segment.segment().isBlank() ? messages.get("customers.metrics.noSegment") : segment.segment();
    }

    private String money(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.language().locale());
        format.setMaximumFractionDigits(0);
        return format.format(value);
    }

    private String percent(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.language().locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.language().locale());
        format.setMaximumFractionDigits(0);
        return format.format(value);
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
