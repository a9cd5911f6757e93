package org.icpworkbench.gui.customer;

import org.icpworkbench.gui.common.DialogService;

/** {@link CustomerDialogs} as this feature's dialog views, shown owned by the window. */
public record FxCustomerDialogs(DialogService dialogs) implements CustomerDialogs {

    @Override
    public boolean editCustomer(CustomerEditViewModel editor) {
        return dialogs.showModal(editor, CustomerEditView::new);
    }

    @Override
    public boolean showCustomerImport(CustomerImportViewModel importer) {
        return dialogs.showModal(importer, CustomerImportView::new);
    }
}
