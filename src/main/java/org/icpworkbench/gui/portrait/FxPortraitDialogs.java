package org.icpworkbench.gui.portrait;

import org.icpworkbench.gui.common.DialogService;

/** {@link PortraitDialogs} as this feature's dialog views, shown owned by the window. */
public record FxPortraitDialogs(DialogService dialogs) implements PortraitDialogs {

    @Override
    public boolean showPortraitExport(PortraitExportViewModel export) {
        return dialogs.showModal(export, PortraitExportView::new);
    }
}
