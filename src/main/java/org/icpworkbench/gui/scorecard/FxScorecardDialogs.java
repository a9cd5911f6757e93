package org.icpworkbench.gui.scorecard;

import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.i18n.Messages;

/** {@link ScorecardDialogs} as this feature's dialog views, shown owned by the window through {@link DialogService#showModal}. */
public final class FxScorecardDialogs implements ScorecardDialogs {

    private final DialogService dialogs;
    private final Messages messages;

    public FxScorecardDialogs(DialogService dialogs, Messages messages) {
        this.dialogs = dialogs;
        this.messages = messages;
    }

    @Override
    public boolean editCriterion(CriterionEditViewModel editor) {
        return dialogs.showModal(new CriterionEditView(editor, messages)::showAndWait);
    }

    @Override
    public boolean editProspect(ProspectEditViewModel editor) {
        return dialogs.showModal(new ProspectEditView(editor, messages)::showAndWait);
    }
}
