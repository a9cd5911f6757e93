package org.icpworkbench.logic.interview;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.persistence.InterviewRepository;
import org.icpworkbench.logic.persistence.ProductRepository;
import org.icpworkbench.logic.questionnaire.QuestionnaireService;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.interview.NewInterview;
import org.icpworkbench.model.project.Product;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.icpworkbench.logic.persistence.RespondentRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.respondent.Respondent;

/** Reads a project's interviews and respondents on the workspace's database thread. */
public final class InterviewService {

    private final DatabaseExecutor database;
    private final Clock clock;
    private java.util.function.LongConsumer erased = projectId -> { };

    public InterviewService(DatabaseExecutor database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CompletableFuture<List<InterviewSummary>> interviews(long projectId) {
        return database.submit(dsl -> new InterviewRepository(dsl).summaries(projectId));
    }

    /** The interview with its questions and answers; fails with a user-facing message when there is none. */
    public CompletableFuture<InterviewSheet> sheet(long interviewId) {
        return database.submit(dsl -> new InterviewRepository(dsl).sheet(interviewId)
                .orElseThrow(() -> new UserFacingException("interview.error.notFound", interviewId)));
    }

    /** Creates the respondent if new and the interview, with the newest built-in questionnaire; returns its id. */
    public CompletableFuture<Long> start(InterviewStart start) {
        if (start.newRespondent().map(r -> r.name().isBlank()).orElse(start.respondentId().isEmpty())) {
            return CompletableFuture.failedFuture(new UserFacingException("interview.error.respondentRequired"));
        }
        return database.submit(dsl -> dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Instant now = clock.instant();
            long versionId = QuestionnaireService.currentVersionId(tx, start.projectId());
            long respondentId = start.respondentId().orElseGet(() ->
                    new RespondentRepository(tx).create(start.projectId(), start.newRespondent().orElseThrow(), now).id());
            return new InterviewRepository(tx).create(new NewInterview(start.projectId(), respondentId, versionId,
                    start.audience(), start.includeExtension(), start.date(), start.interviewer().strip()), now);
        }));
    }

    /** Marks the interview complete (or back to in progress) and records how long it took. */
    public CompletableFuture<Void> setStatus(long interviewId, InterviewStatus status, int durationSeconds) {
        return database.run(dsl -> new InterviewRepository(dsl).finish(interviewId, status, durationSeconds, clock.instant()));
    }

    public CompletableFuture<List<Product>> products(long projectId) {
        return database.submit(dsl -> new ProductRepository(dsl).forProject(projectId));
    }

    /** Who took this project's latest interview, to suggest as the interviewer of the next one. */
    public CompletableFuture<String> lastInterviewer(long projectId) {
        return interviews(projectId).thenApply(list -> list.stream().map(InterviewSummary::interviewer)
                .filter(name -> !name.isBlank()).findFirst().orElse(""));
    }

    /** Called after a respondent was erased, with the project; the workspace then compacts its file on closing. */
    public void onErased(java.util.function.LongConsumer listener) {
        this.erased = listener;
    }

    /**
     * Erases a respondent: their interviews, answers, notes, quotes and tagged passages are deleted for good; the
     * project's id follows.
     */
    public CompletableFuture<Long> eraseRespondent(long respondentId) {
        return database.submit(dsl -> new RespondentRepository(dsl).erase(respondentId)
                .orElseThrow(() -> new org.icpworkbench.logic.common.UserFacingException("privacy.error.noRespondent", respondentId)))
                .thenApply(projectId -> {
                    erased.accept(projectId);
                    return projectId;
                });
    }

    public CompletableFuture<List<Respondent>> respondents(long projectId) {
        return database.submit(dsl -> new RespondentRepository(dsl).forProject(projectId));
    }
}
