package org.icpworkbench.model.portrait;

import java.util.List;
import java.util.Optional;
import org.icpworkbench.model.customer.CustomerMetricsReport;

/**
 * A project's portrait as it stands: every characteristic with its proposal and decision, the summary, the anti-ICP,
 * the published versions (newest first), and the customer metrics it was computed with.
 */
public record PortraitState(long projectId, List<CharacteristicRow> rows, String summary, List<AntiIcpEntry> antiIcp,
        List<PortraitVersionInfo> versions, CustomerMetricsReport metrics) {

    public PortraitState {
        rows = List.copyOf(rows);
        antiIcp = List.copyOf(antiIcp);
        versions = List.copyOf(versions);
    }

    public Optional<PortraitVersionInfo> latestVersion() {
        return versions.stream().findFirst();
    }

    public Optional<CharacteristicRow> row(Characteristic characteristic) {
        return rows.stream().filter(row -> row.characteristic() == characteristic).findFirst();
    }
}
