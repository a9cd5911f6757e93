package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.ANSWER;
import static org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW;
import static org.icpworkbench.logic.persistence.generated.Tables.PROJECT;
import static org.icpworkbench.logic.persistence.generated.Tables.QUESTION;
import static org.icpworkbench.logic.persistence.generated.Tables.RESPONDENT;

import java.time.Instant;
import java.util.List;
import org.icpworkbench.model.interview.Answer;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewDetails;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.interview.NewInterview;
import org.icpworkbench.model.questionnaire.Audience;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Interviews and their answers. */
public final class InterviewRepository {

    private final DSLContext dsl;

    public InterviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long create(NewInterview interview, Instant now) {
        return dsl.transactionResult(configuration -> DSL.using(configuration).insertInto(INTERVIEW)
                .set(INTERVIEW.PROJECT_ID, interview.projectId())
                .set(INTERVIEW.RESPONDENT_ID, interview.respondentId())
                .set(INTERVIEW.TEMPLATE_VERSION_ID, interview.templateVersionId())
                .set(INTERVIEW.AUDIENCE, interview.audience().name())
                .set(INTERVIEW.INCLUDE_EXTENSION, interview.includeExtension())
                .set(INTERVIEW.INTERVIEW_DATE, interview.date())
                .set(INTERVIEW.INTERVIEWER, interview.interviewer())
                .set(INTERVIEW.STATUS, InterviewStatus.DRAFT.name())
                .set(INTERVIEW.CREATED_AT, Timestamps.toDb(now))
                .set(INTERVIEW.UPDATED_AT, Timestamps.toDb(now))
                .returning(INTERVIEW.ID).fetchOne().getId());
    }

    /** Inserts or replaces the answer to one question. */
    public void saveAnswer(long interviewId, long questionId, AnswerDraft answer, Instant now) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.mergeInto(ANSWER)
                    .using(DSL.selectOne())
                    .on(ANSWER.INTERVIEW_ID.eq(interviewId).and(ANSWER.QUESTION_ID.eq(questionId)))
                    .whenMatchedThenUpdate()
                    .set(ANSWER.ANSWER_TEXT, answer.text())
                    .set(ANSWER.STRUCTURED_VALUE, answer.structuredValue())
                    .set(ANSWER.FLAGGED, answer.flagged())
                    .set(ANSWER.NOT_ASKED, answer.notAsked())
                    .set(ANSWER.NOTE, answer.note())
                    .set(ANSWER.UPDATED_AT, Timestamps.toDb(now))
                    .whenNotMatchedThenInsert(ANSWER.INTERVIEW_ID, ANSWER.QUESTION_ID, ANSWER.ANSWER_TEXT,
                            ANSWER.STRUCTURED_VALUE, ANSWER.FLAGGED, ANSWER.NOT_ASKED, ANSWER.NOTE, ANSWER.UPDATED_AT)
                    .values(interviewId, questionId, answer.text(), answer.structuredValue(), answer.flagged(),
                            answer.notAsked(), answer.note(), Timestamps.toDb(now))
                    .execute();
            tx.update(INTERVIEW).set(INTERVIEW.UPDATED_AT, Timestamps.toDb(now)).where(INTERVIEW.ID.eq(interviewId)).execute();
        });
    }

    public void finish(long interviewId, InterviewStatus status, int durationSeconds, Instant now) {
        dsl.transaction(configuration -> DSL.using(configuration).update(INTERVIEW)
                .set(INTERVIEW.STATUS, status.name())
                .set(INTERVIEW.DURATION_SECONDS, durationSeconds)
                .set(INTERVIEW.UPDATED_AT, Timestamps.toDb(now))
                .where(INTERVIEW.ID.eq(interviewId))
                .execute());
    }

    public java.util.Optional<InterviewDetails> details(long interviewId) {
        return dsl.select(INTERVIEW.asterisk(), RESPONDENT.asterisk(), PROJECT.NAME)
                .from(INTERVIEW)
                .join(RESPONDENT).on(RESPONDENT.ID.eq(INTERVIEW.RESPONDENT_ID))
                .join(PROJECT).on(PROJECT.ID.eq(INTERVIEW.PROJECT_ID))
                .where(INTERVIEW.ID.eq(interviewId))
                .fetchOptional(record -> new InterviewDetails(
                        record.get(INTERVIEW.ID),
                        record.get(INTERVIEW.PROJECT_ID),
                        record.get(PROJECT.NAME),
                        RespondentRepository.toRespondent(record.into(RESPONDENT)),
                        record.get(INTERVIEW.TEMPLATE_VERSION_ID),
                        Audience.valueOf(record.get(INTERVIEW.AUDIENCE)),
                        record.get(INTERVIEW.INCLUDE_EXTENSION),
                        record.get(INTERVIEW.INTERVIEW_DATE),
                        record.get(INTERVIEW.INTERVIEWER),
                        InterviewStatus.valueOf(record.get(INTERVIEW.STATUS)),
                        record.get(INTERVIEW.DURATION_SECONDS)));
    }

    /** The interview with the questions of its template version for its audience, and its answers. */
    public java.util.Optional<InterviewSheet> sheet(long interviewId) {
        return details(interviewId).map(details -> {
            List<Question> questions = new QuestionnaireRepository(dsl).questions(details.templateVersionId()).stream()
                    .filter(q -> q.audience() == details.audience())
                    .filter(q -> !q.optional() || details.includeExtension())
                    .toList();
            java.util.Map<Long, Answer> answers = new java.util.HashMap<>();
            dsl.selectFrom(ANSWER).where(ANSWER.INTERVIEW_ID.eq(interviewId)).forEach(record -> answers.put(
                    record.getQuestionId(), new Answer(record.getQuestionId(), record.getAnswerText(),
                            record.getStructuredValue(), record.getFlagged(), record.getNotAsked(), record.getNote(),
                            Timestamps.fromDb(record.getUpdatedAt()))));
            return new InterviewSheet(details, questions, answers);
        });
    }

    /** A project's interviews, newest first, with how many of their questions have an answer. */
    public List<InterviewSummary> summaries(long projectId) {
        Condition answered = ANSWER.INTERVIEW_ID.eq(INTERVIEW.ID)
                .and(ANSWER.NOT_ASKED.isTrue().or(DSL.length(DSL.trim(ANSWER.ANSWER_TEXT)).gt(0))
                        .or(ANSWER.STRUCTURED_VALUE.ne("{}")));
        Field<Integer> answeredCount = DSL.field(DSL.selectCount().from(ANSWER).where(answered));
        Condition asked = QUESTION.TEMPLATE_VERSION_ID.eq(INTERVIEW.TEMPLATE_VERSION_ID)
                .and(QUESTION.AUDIENCE.eq(INTERVIEW.AUDIENCE))
                .and(QUESTION.OPTIONAL.isFalse().or(INTERVIEW.INCLUDE_EXTENSION.isTrue()));
        Field<Integer> questionCount = DSL.field(DSL.selectCount().from(QUESTION).where(asked));
        return dsl.select(INTERVIEW.ID, INTERVIEW.RESPONDENT_ID, RESPONDENT.NAME, RESPONDENT.ROLE, RESPONDENT.COMPANY,
                        INTERVIEW.AUDIENCE, INTERVIEW.INTERVIEW_DATE, INTERVIEW.INTERVIEWER, INTERVIEW.STATUS,
                        answeredCount.as("ANSWERED"), questionCount.as("QUESTIONS"), INTERVIEW.DURATION_SECONDS)
                .from(INTERVIEW)
                .join(RESPONDENT).on(RESPONDENT.ID.eq(INTERVIEW.RESPONDENT_ID))
                .where(INTERVIEW.PROJECT_ID.eq(projectId))
                .orderBy(INTERVIEW.INTERVIEW_DATE.desc(), INTERVIEW.ID.desc())
                .fetch(record -> new InterviewSummary(
                        record.get(INTERVIEW.ID),
                        record.get(INTERVIEW.RESPONDENT_ID),
                        record.get(RESPONDENT.NAME),
                        record.get(RESPONDENT.ROLE),
                        record.get(RESPONDENT.COMPANY),
                        Audience.valueOf(record.get(INTERVIEW.AUDIENCE)),
                        record.get(INTERVIEW.INTERVIEW_DATE),
                        record.get(INTERVIEW.INTERVIEWER),
                        InterviewStatus.valueOf(record.get(INTERVIEW.STATUS)),
                        record.get("ANSWERED", Integer.class),
                        record.get("QUESTIONS", Integer.class),
                        record.get(INTERVIEW.DURATION_SECONDS)));
    }
}
