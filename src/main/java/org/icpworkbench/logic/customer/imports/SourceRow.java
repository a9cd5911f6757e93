package org.icpworkbench.logic.customer.imports;

import java.util.List;

/** One data row of an imported file: its 1-based row number as a spreadsheet shows it, and its cells as text. */
public record SourceRow(int number, List<String> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or "" when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
