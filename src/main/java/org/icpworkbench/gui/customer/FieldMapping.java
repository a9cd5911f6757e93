package org.icpworkbench.gui.customer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.icpworkbench.logic.customer.imports.CustomerField;

/** A customer field of the import dialog and the column chosen for it. */
public final class FieldMapping {
    private final CustomerField field;
    private final String label;
    private final ObjectProperty<ColumnChoice> column = new SimpleObjectProperty<>();

    FieldMapping(CustomerField field, String label) {
        this.field = field;
        this.label = label;
    }

    public CustomerField field() {
        return field;
    }

    public String label() {
        return label;
    }

    public ObjectProperty<ColumnChoice> columnProperty() {
        return column;
    }
}
