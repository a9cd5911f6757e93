package org.icpworkbench.gui.questionnaire;

/** The questionnaire page's own dialogs; {@code FxQuestionnaireDialogs} shows them, tests script them. */
public interface QuestionnaireDialogs {

    /** Shows the question editor; true when the user saved. */
    boolean showQuestionEditor(QuestionEditViewModel question);
}
