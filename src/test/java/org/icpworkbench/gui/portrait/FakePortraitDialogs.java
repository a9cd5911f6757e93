package org.icpworkbench.gui.portrait;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

/** Answers the portrait page's dialogs from scripted replies. */
public final class FakePortraitDialogs implements PortraitDialogs {

    /** Scripted portrait exports: each reply drives the export dialog and says whether a file was written. */
    public final Deque<Predicate<PortraitExportViewModel>> exportReplies = new ArrayDeque<>();

    @Override
    public boolean showPortraitExport(PortraitExportViewModel export) {
        return !exportReplies.isEmpty() && exportReplies.removeFirst().test(export);
    }
}
