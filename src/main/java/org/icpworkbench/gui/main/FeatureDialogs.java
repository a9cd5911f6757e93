package org.icpworkbench.gui.main;

import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.gui.customer.FxCustomerDialogs;
import org.icpworkbench.gui.interview.FxInterviewDialogs;
import org.icpworkbench.gui.interview.InterviewDialogs;
import org.icpworkbench.gui.portrait.FxPortraitDialogs;
import org.icpworkbench.gui.project.PageDialogs;
import org.icpworkbench.gui.questionnaire.FxQuestionnaireDialogs;
import org.icpworkbench.gui.scorecard.FxScorecardDialogs;
import org.icpworkbench.gui.workspace.FxWorkspaceDialogs;
import org.icpworkbench.gui.workspace.WorkspaceDialogs;

/** Every feature's own dialogs, as the main window hands them to its view models (ADR 0023). */
public record FeatureDialogs(WindowDialogs window, InterviewDialogs interview, WorkspaceDialogs workspace,
        PageDialogs page) {

    /** The features' dialog views, shown owned by the window that {@code dialogs} belongs to. */
    public static FeatureDialogs shownBy(DialogService dialogs) {
        return new FeatureDialogs(new FxWindowDialogs(dialogs), new FxInterviewDialogs(dialogs),
                new FxWorkspaceDialogs(dialogs),
                new PageDialogs(new FxQuestionnaireDialogs(dialogs), new FxCustomerDialogs(dialogs),
                        new FxPortraitDialogs(dialogs), new FxScorecardDialogs(dialogs)));
    }
}
