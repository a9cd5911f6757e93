package org.icpworkbench.gui.questionnaire;

import org.icpworkbench.gui.common.DialogService;

/** {@link QuestionnaireDialogs} as this feature's dialog views, shown owned by the window. */
public record FxQuestionnaireDialogs(DialogService dialogs) implements QuestionnaireDialogs {

    @Override
    public boolean showQuestionEditor(QuestionEditViewModel question) {
        return dialogs.showModal(question, QuestionEditView::new);
    }
}
