package org.icpworkbench.gui.portrait;

/** The portrait page's own dialogs; {@code FxPortraitDialogs} shows them, tests script them. */
public interface PortraitDialogs {

    /** Runs the portrait PDF export dialog; true when a file was written. */
    boolean showPortraitExport(PortraitExportViewModel export);
}
