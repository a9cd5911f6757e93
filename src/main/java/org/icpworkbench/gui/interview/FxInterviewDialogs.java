package org.icpworkbench.gui.interview;

import org.icpworkbench.gui.common.DialogService;

/** {@link InterviewDialogs} as this feature's dialog views, shown owned by the window. */
public record FxInterviewDialogs(DialogService dialogs) implements InterviewDialogs {

    @Override
    public boolean showStartInterview(StartInterviewViewModel start) {
        return dialogs.showModal(start, StartInterviewView::new);
    }
}
