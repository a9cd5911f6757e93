package org.icpworkbench.gui.common;

import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the customer editor ({@code CustomerEditViewModel}) and the prospect editor ({@code ProspectEditViewModel})
 * share: the record being edited, if any, and a company's fields as the text the user typed — name, segment,
 * industry, size band, region, annual revenue and notes. Each editor reads and checks them by its own rules.
 *
 * @param <T> what is edited: a stored customer or prospect
 */
public abstract class CompanyFields<T> {

    protected final Optional<T> original;
    protected final StringProperty name = new SimpleStringProperty("");
    protected final StringProperty segment = new SimpleStringProperty("");
    protected final StringProperty industry = new SimpleStringProperty("");
    protected final StringProperty sizeBand = new SimpleStringProperty("");
    protected final StringProperty region = new SimpleStringProperty("");
    protected final StringProperty annualRevenue = new SimpleStringProperty("");
    protected final StringProperty notes = new SimpleStringProperty("");

    public final StringProperty nameProperty() {
        return name;
    }

    public final StringProperty segmentProperty() {
        return segment;
    }

    public final boolean isNew() {
        return original.isEmpty();
    }

    public final StringProperty industryProperty() {
        return industry;
    }

    /** The size band as shown: a band's label (or, for a customer, a head count or free text). */
    public final StringProperty sizeBandProperty() {
        return sizeBand;
    }

    protected CompanyFields(Optional<T> original) {
        this.original = original;
    }

    public final StringProperty regionProperty() {
        return region;
    }

    public final StringProperty annualRevenueProperty() {
        return annualRevenue;
    }

    /** Runs {@code check} whenever one of the shared fields or of the editor's own {@code fields} changes. */
    protected final void checkOnChange(Runnable check, Observable... fields) {
        for (Observable[] inputs : new Observable[][] {{name, segment, industry, sizeBand, region, annualRevenue, notes}, fields}) {
            for (Observable input : inputs) {
                input.addListener(observable -> check.run());
            }
        }
    }

    public final StringProperty notesProperty() {
        return notes;
    }

    /** The stored record being edited; empty for a new one. */
    public final Optional<T> original() {
        return original;
    }
}
