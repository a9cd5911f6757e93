package org.icpworkbench.gui.questionnaire;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Answers the questionnaire page's dialogs from scripted replies. */
public final class FakeQuestionnaireDialogs implements QuestionnaireDialogs {

    public final Deque<Consumer<QuestionEditViewModel>> questionReplies = new ArrayDeque<>();

    /** Fills the question editor with the next scripted reply; cancels when none is scripted. */
    @Override
    public boolean showQuestionEditor(QuestionEditViewModel question) {
        if (questionReplies.isEmpty()) {
            return false;
        }
        questionReplies.removeFirst().accept(question);
        return true;
    }
}
