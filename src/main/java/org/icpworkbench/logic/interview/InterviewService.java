package org.icpworkbench.logic.interview;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.persistence.InterviewRepository;
import org.icpworkbench.logic.persistence.RespondentRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.respondent.Respondent;

/** Reads a project's interviews and respondents on the workspace's database thread. */
public final class InterviewService {

    private final DatabaseExecutor database;

    public InterviewService(DatabaseExecutor database) {
        this.database = database;
    }

    public CompletableFuture<List<InterviewSummary>> interviews(long projectId) {
        return database.submit(dsl -> new InterviewRepository(dsl).summaries(projectId));
    }

    /** The interview with its questions and answers; fails with a user-facing message when there is none. */
    public CompletableFuture<InterviewSheet> sheet(long interviewId) {
        return database.submit(dsl -> new InterviewRepository(dsl).sheet(interviewId)
                .orElseThrow(() -> new UserFacingException("interview.error.notFound", interviewId)));
    }

    public CompletableFuture<List<Respondent>> respondents(long projectId) {
        return database.submit(dsl -> new RespondentRepository(dsl).forProject(projectId));
    }
}
