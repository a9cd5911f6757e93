package org.icpworkbench.logic.customer.imports;

/** What an import does with rows whose customer is already in the project (same name, ADR 0012). */
public enum ExistingCustomers {
    /** Overwrite the existing customer's fields the file has columns for; keep the others (and the products). */
    UPDATE,
    /** Add the row as another customer of the same name. */
    ADD,
    /** Leave the row out. */
    SKIP
}
