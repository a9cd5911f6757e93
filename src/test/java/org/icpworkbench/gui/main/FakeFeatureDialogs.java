package org.icpworkbench.gui.main;

import org.icpworkbench.gui.customer.FakeCustomerDialogs;
import org.icpworkbench.gui.interview.FakeInterviewDialogs;
import org.icpworkbench.gui.portrait.FakePortraitDialogs;
import org.icpworkbench.gui.project.PageDialogs;
import org.icpworkbench.gui.questionnaire.FakeQuestionnaireDialogs;
import org.icpworkbench.gui.scorecard.FakeScorecardDialogs;
import org.icpworkbench.gui.workspace.FakeWorkspaceDialogs;

/** Every feature's fake dialogs, for a test of the whole window. */
public final class FakeFeatureDialogs {

    public final FakeWindowDialogs window = new FakeWindowDialogs();
    public final FakeInterviewDialogs interview = new FakeInterviewDialogs();
    public final FakeWorkspaceDialogs workspace = new FakeWorkspaceDialogs();
    public final FakeQuestionnaireDialogs questionnaire = new FakeQuestionnaireDialogs();
    public final FakeCustomerDialogs customers = new FakeCustomerDialogs();
    public final FakePortraitDialogs portrait = new FakePortraitDialogs();
    public final FakeScorecardDialogs scorecard = new FakeScorecardDialogs();

    public FeatureDialogs all() {
        return new FeatureDialogs(window, interview, workspace, new PageDialogs(questionnaire, customers, portrait, scorecard));
    }
}
