package org.icpworkbench.model.portrait;

import java.util.List;

/**
 * What changed from one version to another: characteristics, summary, anti-ICP entries, and customer figures
 * (customer mix, churn, CLV). Values are shown as they were published.
 */
public record PortraitDiff(PortraitVersionInfo from, PortraitVersionInfo to, boolean summaryChanged, String summaryBefore,
        String summaryAfter, List<Change> characteristics, List<String> antiIcpAdded, List<String> antiIcpRemoved,
        List<FigureChange> figures) {

    public PortraitDiff {
        characteristics = List.copyOf(characteristics);
        antiIcpAdded = List.copyOf(antiIcpAdded);
        antiIcpRemoved = List.copyOf(antiIcpRemoved);
        figures = List.copyOf(figures);
    }

    public record Change(Characteristic characteristic, String before, String after) { }

    /** A figure that changed; {@code key} names it ("churn", "clv", "nps", "active", or "segment:" + a segment name). */
    public record FigureChange(String key, String before, String after) { }

    public boolean isEmpty() {
        return !summaryChanged && characteristics.isEmpty() && antiIcpAdded.isEmpty() && antiIcpRemoved.isEmpty()
                && figures.isEmpty();
    }
}
