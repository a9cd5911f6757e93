package org.icpworkbench.logic.customer.imports;

/** A field of {@link org.icpworkbench.model.customer.CustomerData} a file column can be mapped to. */
public enum CustomerField {
    NAME,
    SEGMENT,
    INDUSTRY,
    SIZE_BAND,
    REGION,
    FIRST_PURCHASE,
    STATUS,
    CHURN_DATE,
    ANNUAL_REVENUE,
    GROSS_MARGIN,
    COST_TO_SERVE,
    PURCHASES,
    NPS,
    NOTES;

    /** The message key of the field's label ({@code import.field.NAME} …). */
    public String messageKey() {
        return "import.field." + name();
    }
}
