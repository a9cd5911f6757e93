package org.icpworkbench.model.portrait;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a published version freezes: the summary, each characteristic's value with its evidence counts, the
 * anti-ICP, and the customer figures of the day.
 */
public record PortraitSnapshot(String summary, List<Item> characteristics, List<AntiIcpEntry> antiIcp, Figures figures) {

    public PortraitSnapshot {
        summary = summary == null ? "" : summary;
        characteristics = List.copyOf(characteristics);
        antiIcp = List.copyOf(antiIcp);
    }

    /** A characteristic as published; {@code status} is empty when the proposal was published undecided. */
    public record Item(Characteristic characteristic, String value, Optional<DecisionStatus> status, int supporting,
            int considered, int respondents, int evidence) {
    }

    /** The customer figures when the version was published. */
    public record Figures(LocalDate asOf, int activeCustomers, Optional<BigDecimal> annualChurnPercent,
            Optional<BigDecimal> clv, Optional<BigDecimal> nps, List<SegmentShare> mix) {

        public Figures {
            mix = List.copyOf(mix);
        }
    }

    /** A segment's place in the customer mix. */
    public record SegmentShare(String segment, int activeCustomers, Optional<BigDecimal> revenueSharePercent,
            Optional<BigDecimal> clv) {
    }

    public Optional<Item> item(Characteristic characteristic) {
        return characteristics.stream().filter(item -> item.characteristic() == characteristic).findFirst();
    }
}
