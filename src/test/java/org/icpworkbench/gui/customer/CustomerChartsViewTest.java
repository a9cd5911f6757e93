package org.icpworkbench.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javax.imageio.ImageIO;
import org.icpworkbench.gui.common.Theme;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.logic.customer.CustomerChartSeries.Mark;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The three charts in a window of their own, fed the sample project's figures; one is exported as a PNG. */
class CustomerChartsViewTest {

    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theSampleFiguresBecomeBarsAndAChartIsSavedAtTwiceItsSize() throws Exception {
        CustomerMetricsReport report;
        try (TestWorkspace workspace = TestWorkspace.openIn(temp.resolve("ws"))) {
            Project sample = workspace.services().samples().createSample(Language.EN).join();
            report = workspace.services().customers().metrics(sample.id(), LocalDate.now()).join();
        }
        FakeDialogService dialogs = new FakeDialogService();
        Messages messages = Messages.of(Language.EN);
        CustomerChartsViewModel viewModel = new CustomerChartsViewModel(messages, dialogs, Platform::runLater);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Theme.apply(false);
            stage.setScene(new Scene((Parent) new CustomerChartsView(viewModel, messages).build(), 1400, 520));
            stage.show();
        });
        robot.interact(() -> viewModel.show(report));
        WaitForAsyncUtils.waitForFxEvents();

        BarChart<?, ?> revenue = robot.lookup("#revenueChart").queryAs(BarChart.class);
        assertThat(revenue.getData().getFirst().getData()).hasSize(5);
        assertThat(bars("#revenueChart .chart-bar")).hasSize(5);
        assertThat(bars("#clvChart .chart-bar")).hasSize(5);
        assertThat(bars("#clvChart .chart-bar")).filteredOn(bar -> marked(bar, Mark.CAPPED)).hasSize(1);
        assertThat(bars("#npsChart .chart-bar")).hasSize(11);
        assertThat(bars("#npsChart .chart-bar")).filteredOn(bar -> marked(bar, Mark.PROMOTER)).hasSize(2);
        BarChart<?, ?> clv = robot.lookup("#clvChart").queryAs(BarChart.class);
        // Horizontal bars: the segment is on the vertical axis, the highest CLV first in the series and at the top.
        assertThat(clv.getData().getFirst().getData().getFirst().getYValue()).isEqualTo("Mid-size distributors");

        Path target = temp.resolve("clv.png");
        dialogs.saveReplies.add(target);
        robot.clickOn("#chartExportClv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dialogs.notifications.isEmpty() || !dialogs.errors.isEmpty());

        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.notifications).containsExactly("Chart saved to " + target.toAbsolutePath());
        BufferedImage picture = ImageIO.read(Files.newInputStream(target));
        assertThat(picture).isNotNull();
        assertThat(picture.getWidth()).isGreaterThanOrEqualTo((int) (2 * clv.getWidth()));
        assertThat(picture.getHeight()).isGreaterThanOrEqualTo((int) (2 * clv.getHeight()));
    }

    private static boolean marked(javafx.scene.Node bar, Mark mark) {
        return bar.getUserData() instanceof CustomerChartsViewModel.Bar data && data.mark() == mark;
    }

    /** The rendered bars; the (hidden) legend's symbol has the bar style class too. */
    private java.util.List<javafx.scene.Node> bars(String selector) {
        return robot.lookup(selector).queryAll().stream()
                .filter(node -> !node.getStyleClass().contains("bar-legend-symbol") && node.isVisible()).toList();
    }
}
