package org.icpworkbench.gui.common;

/** A feature's dialog view, built for its view model and shown owned by the window; see {@link DialogService#showModal}. */
@FunctionalInterface
public interface ModalView {

    /** Shows the dialog and waits; true when the user confirmed (saved, began, wrote a file). */
    boolean showAndWait(javafx.stage.Window owner);
}
