package org.icpworkbench.logic.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.customer.CustomerMetrics;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.junit.jupiter.api.Test;

class PortraitDraftsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private static CustomerData customer(String name, String segment, String margin, Optional<LocalDate> churned, Integer nps) {
        return new CustomerData(name, segment, "", "", "", Optional.of(LocalDate.of(2022, 1, 10)),
                churned.isPresent() ? CustomerStatus.CHURNED : CustomerStatus.ACTIVE, churned,
                Optional.of(new BigDecimal("1000000")), Optional.of(new BigDecimal(margin)), Optional.empty(), Optional.of(2),
                List.of(), Optional.ofNullable(nps), "");
    }

    @Test
    void segmentsThatLoseMoneyChurnFastOrDislikeUsAreProposedWithTheirReasons() {
        List<CustomerData> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(customer("Good " + i, "Distributors", "35", Optional.empty(), 9));
        }
        // Wholesalers: 2 of 4 active at the window start churn within it (50 %), margins −5 % on average for the active.
        customers.add(customer("Small 1", "Wholesalers", "-5", Optional.empty(), 7));
        customers.add(customer("Small 2", "Wholesalers", "-5", Optional.empty(), 8));
        customers.add(customer("Small 3", "Wholesalers", "10", Optional.of(LocalDate.of(2026, 3, 1)), null));
        customers.add(customer("Small 4", "Wholesalers", "10", Optional.of(LocalDate.of(2026, 6, 1)), null));
        // E-commerce: positive margin, no churn, but detractors only: NPS −100.
        customers.add(customer("Shop", "E-commerce", "20", Optional.empty(), 3));
        CustomerMetricsReport report = CustomerMetrics.compute(customers, AS_OF);

        List<AntiIcpEntry> entries = PortraitDrafts.antiIcp(report, Messages.of(Language.EN));

        // Whole base: 2 churned of 15 active at the window start = 13.33 %; 50 % ≥ 25 % and ≥ 2 × 13.33 %.
        assertThat(entries).extracting(AntiIcpEntry::segment).containsExactlyInAnyOrder("Wholesalers", "E-commerce");
        AntiIcpEntry wholesalers = entries.stream().filter(entry -> entry.segment().equals("Wholesalers")).findFirst().orElseThrow();
        assertThat(wholesalers.statement()).isEqualTo("Companies like our “Wholesalers” segment");
        assertThat(wholesalers.reason()).isEqualTo("average gross margin -5 %; churn 50 % a year (whole base: 13.33 %)");
        AntiIcpEntry shop = entries.stream().filter(entry -> entry.segment().equals("E-commerce")).findFirst().orElseThrow();
        assertThat(shop.reason()).isEqualTo("NPS -100");
    }

    @Test
    void aHealthyBaseProposesNoDisqualifier() {
        List<CustomerData> customers = List.of(customer("A", "Distributors", "30", Optional.empty(), 9),
                customer("B", "Manufacturers", "20", Optional.empty(), 8));
        assertThat(PortraitDrafts.antiIcp(CustomerMetrics.compute(customers, AS_OF), Messages.of(Language.RU))).isEmpty();
    }
}
