package org.icpworkbench.gui.common;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** What every dialog of the application sets up the same way. */
public final class Dialogs {

    private Dialogs() {
    }

    /** Owned by the main window, titled, with an optional header, and resizable. */
    public static <D extends Dialog<?>> D prepare(D dialog, Window owner, String title, String header) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        return dialog;
    }
}
