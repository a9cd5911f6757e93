package org.icpworkbench.gui.customer;

/** The customer page's own dialogs; {@code FxCustomerDialogs} shows them, tests script them. */
public interface CustomerDialogs {

    /** Shows the customer editor (add or edit); true when the user saved valid values. */
    boolean editCustomer(CustomerEditViewModel editor);

    /** Runs the customer import dialog on a file already chosen; true when customers were imported. */
    boolean showCustomerImport(CustomerImportViewModel importer);
}
