package org.icpworkbench.gui.scorecard;

/** The scorecard page's own dialogs; {@code FxScorecardDialogs} shows them, tests script them. */
public interface ScorecardDialogs {

    /** Shows the scorecard criterion editor (add or edit); true when the user confirmed valid values. */
    boolean editCriterion(CriterionEditViewModel editor);

    /** Shows the prospect editor (add or edit); true when the user saved valid values. */
    boolean editProspect(ProspectEditViewModel editor);
}
