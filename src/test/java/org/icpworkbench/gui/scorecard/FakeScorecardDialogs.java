package org.icpworkbench.gui.scorecard;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Answers the scorecard page's dialogs from scripted replies. */
public final class FakeScorecardDialogs implements ScorecardDialogs {

    /** Scripted criterion editors: each reply fills the editor; confirmed when its values are valid. */
    public final Deque<Consumer<CriterionEditViewModel>> criterionReplies = new ArrayDeque<>();
    /** Scripted prospect editors: each reply fills the editor; saved when its values are valid. */
    public final Deque<Consumer<ProspectEditViewModel>> prospectReplies = new ArrayDeque<>();

    @Override
    public boolean editCriterion(CriterionEditViewModel editor) {
        if (criterionReplies.isEmpty()) {
            return false;
        }
        criterionReplies.removeFirst().accept(editor);
        return editor.valid().get();
    }

    @Override
    public boolean editProspect(ProspectEditViewModel editor) {
        if (prospectReplies.isEmpty()) {
            return false;
        }
        prospectReplies.removeFirst().accept(editor);
        return editor.valid().get();
    }
}
