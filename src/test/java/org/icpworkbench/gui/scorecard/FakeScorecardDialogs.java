package org.icpworkbench.gui.scorecard;

import org.icpworkbench.testsupport.ScriptedReplies;

/** Answers the scorecard page's dialogs from scripted replies; confirmed when the filled editor's values are valid. */
public final class FakeScorecardDialogs implements ScorecardDialogs {

    public final ScriptedReplies<CriterionEditViewModel> criterionReplies = new ScriptedReplies<>();
    public final ScriptedReplies<ProspectEditViewModel> prospectReplies = new ScriptedReplies<>();

    @Override
    public boolean editCriterion(CriterionEditViewModel editor) {
        return criterionReplies.fill(editor) && editor.valid().get();
    }

    @Override
    public boolean editProspect(ProspectEditViewModel editor) {
        return prospectReplies.fill(editor) && editor.valid().get();
    }
}
