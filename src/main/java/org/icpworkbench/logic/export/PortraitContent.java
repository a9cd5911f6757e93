package org.icpworkbench.logic.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.scorecard.Scorecard;

/**
 * Everything the portrait document shows, read from the workspace before rendering.
 *
 * @param scorecardSaved whether the scorecard is the project's saved one (else proposed from the portrait)
 * @param interviews every interview of the project in order (date, then id); their sheets only when the appendix is
 *        wanted, else empty sheets lists
 */
record PortraitContent(Project project, PortraitState state, Scorecard scorecard, boolean scorecardSaved,
        List<Interview> interviews, Map<Long, String> productNames, LocalDate date, String consultant) {

    PortraitContent {
        interviews = List.copyOf(interviews);
        productNames = Map.copyOf(productNames);
    }

    /** An interview's respondent and, for the appendix, its sheet (null without an appendix). */
    record Interview(long id, String respondentName, String role, String company,
            org.icpworkbench.model.questionnaire.Audience audience, LocalDate date, String interviewer,
            InterviewSheet sheet) {
    }
}
