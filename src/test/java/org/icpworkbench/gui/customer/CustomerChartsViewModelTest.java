package org.icpworkbench.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.icpworkbench.gui.customer.CustomerChartsViewModel.Bar;
import org.icpworkbench.gui.customer.CustomerChartsViewModel.Chart;
import org.icpworkbench.gui.customer.CustomerChartsViewModel.Pixels;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.logic.customer.CustomerChartSeries.Mark;
import org.icpworkbench.logic.customer.CustomerMetrics;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerChartsViewModelTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 30);

    @TempDir
    Path temp;

    private static CustomerData customer(String segment, String first, String churn, int revenue, int margin, Integer nps) {
        return new CustomerData("Customer", segment, "", "", "", Optional.of(LocalDate.parse(first)),
                churn == null ? CustomerStatus.ACTIVE : CustomerStatus.CHURNED, Optional.ofNullable(churn).map(LocalDate::parse),
                Optional.of(BigDecimal.valueOf(revenue)), Optional.of(BigDecimal.valueOf(margin)), Optional.empty(),
                Optional.of(1), List.of(), Optional.ofNullable(nps), "");
    }

    // Distributors: 2 active, revenue 3,000,000 (75%), churn 1 of 3 in the window → lifetime 3 years; mean annual gross
    // margin (1,000,000 × 50% + 2,000,000 × 50%) ÷ 2 = 750,000 → CLV 2,250,000.
    // Shops: 1 active, revenue 1,000,000 (25%), no churn → lifetime capped at 10 years; 1,000,000 × 10% × 10 = 1,000,000.
    private static final List<CustomerData> CUSTOMERS = List.of(
            customer("Distributors", "2024-01-01", null, 1_000_000, 50, 9),
            customer("Distributors", "2024-01-01", null, 2_000_000, 50, 10),
            customer("Distributors", "2024-01-01", "2026-01-31", 500_000, 50, 2),
            customer("Shops", "2025-01-01", null, 1_000_000, 10, 6));

    @Test
    void theBarsShowRevenueWithItsShareClvWithTheCapAndEveryNpsScore() {
        CustomerChartsViewModel charts = new CustomerChartsViewModel(Messages.of(Language.EN), new FakeDialogService(),
                Runnable::run, Runnable::run);

        charts.show(CustomerMetrics.compute(CUSTOMERS, D));

        assertThat(charts.revenueBars()).containsExactly(
                new Bar("Distributors", 3_000_000, "3,000,000 · 75% of revenue", Mark.PLAIN),
                new Bar("Shops", 1_000_000, "1,000,000 · 25% of revenue", Mark.PLAIN));
        assertThat(charts.clvBars()).containsExactly(
                new Bar("Distributors", 2_250_000, "2,250,000", Mark.PLAIN),
                new Bar("Shops", 1_000_000, "1,000,000 (lifetime capped at 10 years)", Mark.CAPPED));
        assertThat(charts.npsBars()).hasSize(11);
        assertThat(charts.npsBars()).extracting(Bar::value).containsExactly(0d, 0d, 0d, 0d, 0d, 0d, 1d, 0d, 0d, 1d, 1d);
        assertThat(charts.npsBars().get(6)).isEqualTo(new Bar("6", 1, "1 customer", Mark.DETRACTOR));
        assertThat(charts.npsBars().get(7).mark()).isEqualTo(Mark.PASSIVE);
        assertThat(charts.npsBars().get(10).mark()).isEqualTo(Mark.PROMOTER);
        // 2 promoters − 1 detractor of 3 scores = 33.33
        assertThat(charts.npsTitleProperty().get()).isEqualTo("NPS scores of active customers (NPS 33)");
    }

    @Test
    void numbersFollowTheLanguage() {
        CustomerChartsViewModel charts = new CustomerChartsViewModel(Messages.of(Language.RU), new FakeDialogService(),
                Runnable::run, Runnable::run);

        charts.show(CustomerMetrics.compute(CUSTOMERS, D));

        assertThat(charts.revenueBars().getFirst().label()).isEqualTo("3\u00a0000\u00a0000 · 75% выручки");
        assertThat(charts.npsBars().get(9).label()).isEqualTo("1 клиент");
        assertThat(charts.compactMoney(15_000_000)).isEqualTo("15\u00a0млн");
    }

    @Test
    void exportWritesThePictureWhereTheUserChoseAndSaysSo() throws Exception {
        FakeDialogService dialogs = new FakeDialogService();
        CustomerChartsViewModel charts = new CustomerChartsViewModel(Messages.of(Language.EN), dialogs, Runnable::run, Runnable::run);
        int[] pixels = new int[4 * 3];
        Arrays.fill(pixels, 0xFF336699);
        Path target = temp.resolve("clv.png");

        charts.exportPng(Chart.CLV, () -> {
            throw new AssertionError("No picture is taken when the user cancels");
        }).join();
        dialogs.saveReplies.add(target);
        charts.exportPng(Chart.CLV, () -> new Pixels(4, 3, pixels)).join();

        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo(4);
        assertThat(image.getRGB(3, 2)).isEqualTo(0xFF336699);
        assertThat(dialogs.notifications).containsExactly("Chart saved to " + target.toAbsolutePath());
        assertThat(dialogs.errors).isEmpty();

        dialogs.saveReplies.add(temp.resolve("missing").resolve("clv.png"));
        charts.exportPng(Chart.CLV, () -> new Pixels(4, 3, pixels)).join();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not save the picture as ");
    }
}
