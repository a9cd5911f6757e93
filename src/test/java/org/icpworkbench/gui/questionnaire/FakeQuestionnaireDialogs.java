package org.icpworkbench.gui.questionnaire;

import org.icpworkbench.testsupport.ScriptedReplies;

/** Answers the questionnaire page's dialogs: fills the question editor with the next reply; cancels when none is left. */
public final class FakeQuestionnaireDialogs implements QuestionnaireDialogs {

    public final ScriptedReplies<QuestionEditViewModel> questionReplies = new ScriptedReplies<>();

    @Override
    public boolean showQuestionEditor(QuestionEditViewModel question) {
        return questionReplies.fill(question);
    }
}
