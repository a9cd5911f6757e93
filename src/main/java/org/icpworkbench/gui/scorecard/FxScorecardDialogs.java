package org.icpworkbench.gui.scorecard;

import org.icpworkbench.gui.common.DialogService;

/** {@link ScorecardDialogs} as this feature's dialog views, shown owned by the window. */
public record FxScorecardDialogs(DialogService dialogs) implements ScorecardDialogs {

    @Override
    public boolean editCriterion(CriterionEditViewModel editor) {
        return dialogs.showModal(editor, CriterionEditView::new);
    }

    @Override
    public boolean editProspect(ProspectEditViewModel editor) {
        return dialogs.showModal(editor, ProspectEditView::new);
    }
}
