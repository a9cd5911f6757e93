package org.icpworkbench.gui.questionnaire;

import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.i18n.Messages;

/** {@link QuestionnaireDialogs} as this feature's dialog views, shown owned by the window through {@link DialogService#showModal}. */
public final class FxQuestionnaireDialogs implements QuestionnaireDialogs {

    private final DialogService dialogs;
    private final Messages messages;

    public FxQuestionnaireDialogs(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public boolean showQuestionEditor(QuestionEditViewModel question) {
        return dialogs.showModal(new QuestionEditView(question, messages)::showAndWait);
    }
}
