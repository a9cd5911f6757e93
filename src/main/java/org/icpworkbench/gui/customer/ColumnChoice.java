package org.icpworkbench.gui.customer;

/** One choice in a field's column list of the import dialog: a column of the file, or none ({@code index} −1). */
public record ColumnChoice(int index, String label) {
    @Override
    public String toString() {
        return label;
    }
}
