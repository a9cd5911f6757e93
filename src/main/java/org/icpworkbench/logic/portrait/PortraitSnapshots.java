package org.icpworkbench.logic.portrait;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.CharacteristicDecision;
import org.icpworkbench.model.portrait.CharacteristicRow;
import org.icpworkbench.model.portrait.PortraitDiff;
import org.icpworkbench.model.portrait.PortraitSnapshot;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.portrait.PortraitVersion;

/** Freezes a portrait into a snapshot, and compares two published snapshots. */
public final class PortraitSnapshots {

    private PortraitSnapshots() {
    }

    public static PortraitSnapshot of(PortraitState state) {
        List<PortraitSnapshot.Item> items = state.rows().stream().map(PortraitSnapshots::item).toList();
        return new PortraitSnapshot(state.summary(), items, state.antiIcp(), figures(state.metrics()));
    }

    private static PortraitSnapshot.Item item(CharacteristicRow row) {
        return new PortraitSnapshot.Item(row.characteristic(), row.value(), row.decision().map(CharacteristicDecision::status),
                row.proposal().supporting(), row.proposal().considered(), row.proposal().coverage().respondents(),
                row.proposal().evidence().size());
    }

    static PortraitSnapshot.Figures figures(CustomerMetricsReport report) {
        SegmentMetrics all = report.project();
        List<PortraitSnapshot.SegmentShare> mix = report.segments().stream()
                .map(segment -> new PortraitSnapshot.SegmentShare(segment.segment(), segment.activeCustomers(),
                        segment.revenueSharePercent(), segment.clv()))
                .toList();
        return new PortraitSnapshot.Figures(report.analysisDate(), all.activeCustomers(), all.annualChurnRatePercent(),
                all.clv(), all.nps(), mix);
    }

    /** The changes from {@code from} to {@code to}; figures are formatted for {@code locale}. */
    public static PortraitDiff diff(PortraitVersion from, PortraitVersion to, Locale locale) {
        PortraitSnapshot before = from.snapshot();
        PortraitSnapshot after = to.snapshot();
        List<PortraitDiff.Change> changes = new ArrayList<>();
        for (PortraitSnapshot.Item item : after.characteristics()) {
            String old = before.item(item.characteristic()).map(PortraitSnapshot.Item::value).orElse("");
            if (!old.equals(item.value())) {
                changes.add(new PortraitDiff.Change(item.characteristic(), old, item.value()));
            }
        }
        Set<String> statementsBefore = statements(before.antiIcp());
        Set<String> statementsAfter = statements(after.antiIcp());
        List<String> added = statementsAfter.stream().filter(statement -> !statementsBefore.contains(statement)).toList();
        List<String> removed = statementsBefore.stream().filter(statement -> !statementsAfter.contains(statement)).toList();
        return new PortraitDiff(from.info(), to.info(), !before.summary().equals(after.summary()), before.summary(),
                after.summary(), changes, added, removed, figureChanges(before.figures(), after.figures(), locale));
    }

    private static Set<String> statements(List<AntiIcpEntry> entries) {
        return entries.stream().map(AntiIcpEntry::statement).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static List<PortraitDiff.FigureChange> figureChanges(PortraitSnapshot.Figures before, PortraitSnapshot.Figures after,
            Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        List<PortraitDiff.FigureChange> changes = new ArrayList<>();
        compare(changes, "active", Optional.of(BigDecimal.valueOf(before.activeCustomers())),
                Optional.of(BigDecimal.valueOf(after.activeCustomers())), format);
        compare(changes, "churn", before.annualChurnPercent(), after.annualChurnPercent(), format);
        compare(changes, "clv", before.clv(), after.clv(), format);
        compare(changes, "nps", before.nps(), after.nps(), format);
        Map<String, PortraitSnapshot.SegmentShare> old = bySegment(before.mix());
        Map<String, PortraitSnapshot.SegmentShare> now = bySegment(after.mix());
        Map<String, Boolean> segments = new LinkedHashMap<>();
        old.keySet().forEach(segment -> segments.put(segment, true));
        now.keySet().forEach(segment -> segments.put(segment, true));
        for (String segment : segments.keySet()) {
            String was = mix(old.get(segment), format);
            String is = mix(now.get(segment), format);
            if (!was.equals(is)) {
                changes.add(new PortraitDiff.FigureChange("segment:" + segment, was, is));
            }
        }
        return changes;
    }

    private static Map<String, PortraitSnapshot.SegmentShare> bySegment(List<PortraitSnapshot.SegmentShare> mix) {
        Map<String, PortraitSnapshot.SegmentShare> map = new LinkedHashMap<>();
        mix.forEach(share -> map.put(share.segment(), share));
        return map;
    }

    /** "12 · 41 %" — active customers and revenue share, "—" when the segment did not exist. */
    private static String mix(PortraitSnapshot.SegmentShare share, NumberFormat format) {
        if (share == null) {
            return "—";
        }
        return share.activeCustomers() + " · " + share.revenueSharePercent().map(format::format).orElse("—") + " %";
    }

    private static void compare(List<PortraitDiff.FigureChange> changes, String key, Optional<BigDecimal> before,
            Optional<BigDecimal> after, NumberFormat format) {
        boolean same = before.isPresent() && after.isPresent() ? before.get().compareTo(after.get()) == 0
                : Objects.equals(before, after);
        if (!same) {
            changes.add(new PortraitDiff.FigureChange(key, before.map(format::format).orElse("—"),
                    after.map(format::format).orElse("—")));
        }
    }
}
