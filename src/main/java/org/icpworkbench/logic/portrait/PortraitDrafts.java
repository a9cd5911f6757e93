package org.icpworkbench.logic.portrait;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.i18n.LocaleFormats;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.CharacteristicRow;

/**
 * First drafts the user starts from: an anti-ICP from the customer figures, and a one-sentence summary from the
 * characteristics.
 *
 * <p>A segment is proposed as a disqualifier when its active customers lose money on average (negative gross margin),
 * when its annual churn is at least {@link #HIGH_CHURN_PERCENT} % and at least twice the whole base's, or when its NPS
 * is negative. The reason names every figure that triggered it.
 */
public final class PortraitDrafts {

    static final BigDecimal HIGH_CHURN_PERCENT = BigDecimal.valueOf(25);

    private PortraitDrafts() {
    }

    public static List<AntiIcpEntry> antiIcp(CustomerMetricsReport report, Messages messages) {
        LocaleFormats format = messages.formats();
        Optional<BigDecimal> baseChurn = report.project().annualChurnRatePercent();
        List<AntiIcpEntry> entries = new ArrayList<>();
        for (SegmentMetrics segment : report.segments()) {
            if (segment.segment() == null || segment.segment().isBlank()) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            segment.averageGrossMarginPercent().filter(margin -> margin.signum() < 0)
                    .ifPresent(margin -> reasons.add(messages.get("portrait.antiIcp.reason.margin", format.number(margin))));
            segment.annualChurnRatePercent()
                    .filter(churn -> churn.compareTo(HIGH_CHURN_PERCENT) >= 0
                            && baseChurn.map(base -> churn.compareTo(base.multiply(BigDecimal.TWO)) >= 0).orElse(true))
                    .ifPresent(churn -> reasons.add(messages.get("portrait.antiIcp.reason.churn", format.number(churn),
                            baseChurn.map(format::number).orElse("—"))));
            segment.nps().filter(nps -> nps.signum() < 0)
                    .ifPresent(nps -> reasons.add(messages.get("portrait.antiIcp.reason.nps", format.number(nps))));
            if (!reasons.isEmpty()) {
                entries.add(new AntiIcpEntry(0, messages.get("portrait.antiIcp.segment", segment.segment()),
                        String.join("; ", reasons), segment.segment()));
            }
        }
        return entries;
    }

    /**
     * "Our ideal customer: industry — …; company size — …; region — …; comes to us through …" from the characteristics
     * that have a value (their scorecard items when they have some, which read shorter).
     */
    public static String summary(List<CharacteristicRow> rows, Messages messages) {
        List<String> parts = new ArrayList<>();
        for (Characteristic characteristic : List.of(Characteristic.INDUSTRY, Characteristic.COMPANY_SIZE,
                Characteristic.GEOGRAPHY, Characteristic.ACQUISITION_CHANNEL, Characteristic.GOALS, Characteristic.WHY_THEY_STAY)) {
            rows.stream().filter(row -> row.characteristic() == characteristic).findFirst().ifPresent(row -> {
                String value = row.matchValues().isEmpty() ? row.value() : String.join(", ", row.matchValues().stream().limit(3).toList());
                if (!value.isBlank()) {
                    parts.add(messages.get("portrait.summary.part", messages.name(characteristic).toLowerCase(messages.language().locale()),
                            value));
                }
            });
        }
        return parts.isEmpty() ? "" : messages.get("portrait.summary.draft", String.join("; ", parts));
    }
}
