package org.icpworkbench.gui.interview;

import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.i18n.Messages;

/** {@link InterviewDialogs} as this feature's dialog views, shown owned by the window through {@link DialogService#showModal}. */
public final class FxInterviewDialogs implements InterviewDialogs {

    private final DialogService dialogs;
    private final Messages messages;

    public FxInterviewDialogs(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public boolean showStartInterview(StartInterviewViewModel start) {
        return dialogs.showModal(new StartInterviewView(start, messages)::showAndWait);
    }
}
