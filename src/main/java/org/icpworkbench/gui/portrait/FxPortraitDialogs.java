package org.icpworkbench.gui.portrait;

import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.i18n.Messages;

/** {@link PortraitDialogs} as this feature's dialog views, shown owned by the window through {@link DialogService#showModal}. */
public final class FxPortraitDialogs implements PortraitDialogs {

    private final DialogService dialogs;
    private final Messages messages;

    public FxPortraitDialogs(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public boolean showPortraitExport(PortraitExportViewModel export) {
        return dialogs.showModal(new PortraitExportView(export, messages)::showAndWait);
    }
}
