package org.icpworkbench.gui.customer;

import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.i18n.Messages;

/** {@link CustomerDialogs} as this feature's dialog views, shown owned by the window through {@link DialogService#showModal}. */
public final class FxCustomerDialogs implements CustomerDialogs {

    private final DialogService dialogs;
    private final Messages messages;

    public FxCustomerDialogs(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public boolean editCustomer(CustomerEditViewModel editor) {
        return dialogs.showModal(new CustomerEditView(editor, messages)::showAndWait);
    }

    @Override
    public boolean showCustomerImport(CustomerImportViewModel importer) {
        return dialogs.showModal(new CustomerImportView(importer, messages)::showAndWait);
    }
}
