package org.icpworkbench.testsupport;

import java.time.LocalDate;
import java.util.Optional;
import org.icpworkbench.logic.interview.AnswerKey;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.NewRespondent;

/** A new project with one sales interview of a new respondent: what the save-failure tests type into. */
public final class Interviews {

    private Interviews() {
    }

    /** The key of the first question of a new interview in a new project named {@code project}. */
    public static AnswerKey firstQuestionOfNewInterview(WorkspaceServices services, String project) {
        long projectId = services.projects().create(ProjectDetails.named(project)).join().id();
        long interviewId = services.interviews().start(new InterviewStart(projectId, Optional.empty(),
                Optional.of(new NewRespondent("Anna", "Head of sales", "Acme", "", true, Optional.of(LocalDate.now()))),
                Audience.SALES, false, LocalDate.now(), "Tester")).join();
        return new AnswerKey(interviewId, services.interviews().sheet(interviewId).join().questions().getFirst().id());
    }
}
