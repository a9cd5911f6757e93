package org.icpworkbench.gui.project;

import org.icpworkbench.gui.customer.CustomerDialogs;
import org.icpworkbench.gui.portrait.PortraitDialogs;
import org.icpworkbench.gui.questionnaire.QuestionnaireDialogs;
import org.icpworkbench.gui.scorecard.ScorecardDialogs;

/** The dialogs of the features on a project's page, each its feature's own interface (ADR 0023). */
public record PageDialogs(QuestionnaireDialogs questionnaire, CustomerDialogs customers, PortraitDialogs portrait,
        ScorecardDialogs scorecard) {
}
