package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.ANSWER;
import static org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW;
import static org.icpworkbench.logic.persistence.generated.Tables.MEMO;
import static org.icpworkbench.logic.persistence.generated.Tables.PROJECT;

import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record5;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;

/**
 * The texts the search index is built from: answers and interviewer notes of projects that are not in the
 * trash. When another kind of text becomes searchable (memos), read it here too and count it in
 * {@link #countTexts()}, or a rebuild of the index will leave it out.
 */
public final class SearchSourceRepository {

    /** A memo's text and the project it belongs to. */
    public record MemoTexts(long memoId, long projectId, String text) {
    }

    public List<MemoTexts> allMemos() {
        return memos(DSL.trueCondition());
    }

    public List<MemoTexts> memosOfProject(long projectId) {
        return memos(MEMO.PROJECT_ID.eq(projectId));
    }

    private List<MemoTexts> memos(Condition condition) {
        return dsl.select(MEMO.ID, MEMO.PROJECT_ID, MEMO.MEMO_TEXT).from(MEMO)
                .join(PROJECT).on(PROJECT.ID.eq(MEMO.PROJECT_ID))
                .where(PROJECT.DELETED_AT.isNull()).and(condition).and(DSL.length(MEMO.MEMO_TEXT).gt(0))
                .orderBy(MEMO.ID)
                .fetch(row -> new MemoTexts(row.value1(), row.value2(), row.value3()));
    }

    /** One answer's searchable texts; either may be empty. */
    public record AnswerTexts(long projectId, long interviewId, long questionId, String text, String note) {
    }

    private final DSLContext dsl;

    public SearchSourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The answer, or empty when there is none or its project is in the trash. */
    public Optional<AnswerTexts> answer(long interviewId, long questionId) {
        return answers(ANSWER.INTERVIEW_ID.eq(interviewId).and(ANSWER.QUESTION_ID.eq(questionId)))
                .fetchOptional(SearchSourceRepository::toTexts);
    }

    /** A project's answers; none when it is in the trash or gone. */
    public List<AnswerTexts> answersOfProject(long projectId) {
        return answers(INTERVIEW.PROJECT_ID.eq(projectId)).orderBy(ANSWER.ID).fetch(SearchSourceRepository::toTexts);
    }

    public List<AnswerTexts> allAnswers() {
        return answers(DSL.trueCondition()).orderBy(ANSWER.ID).fetch(SearchSourceRepository::toTexts);
    }

    /** How many non-empty texts {@link #allAnswers()} holds: what a complete index has as documents. */
    public int countTexts() {
        Integer count = dsl.select(DSL.sum(DSL.when(DSL.length(ANSWER.ANSWER_TEXT).gt(0), 1).otherwise(0))
                        .plus(DSL.sum(DSL.when(DSL.length(ANSWER.NOTE).gt(0), 1).otherwise(0))))
                .from(ANSWER)
                .join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                .join(PROJECT).on(PROJECT.ID.eq(INTERVIEW.PROJECT_ID))
                .where(PROJECT.DELETED_AT.isNull())
                .fetchOne(0, Integer.class);
        int memos = dsl.fetchCount(dsl.select(MEMO.ID).from(MEMO).join(PROJECT).on(PROJECT.ID.eq(MEMO.PROJECT_ID))
                .where(PROJECT.DELETED_AT.isNull()).and(DSL.length(MEMO.MEMO_TEXT).gt(0)));
        return (count == null ? 0 : count) + memos;
    }

    private SelectConditionStep<Record5<Long, Long, Long, String, String>> answers(Condition condition) {
        return dsl.select(INTERVIEW.PROJECT_ID, ANSWER.INTERVIEW_ID, ANSWER.QUESTION_ID, ANSWER.ANSWER_TEXT, ANSWER.NOTE)
                .from(ANSWER)
                .join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                .join(PROJECT).on(PROJECT.ID.eq(INTERVIEW.PROJECT_ID))
                .where(PROJECT.DELETED_AT.isNull())
                .and(condition);
    }

    private static AnswerTexts toTexts(Record5<Long, Long, Long, String, String> row) {
        return new AnswerTexts(row.value1(), row.value2(), row.value3(), row.value4(), row.value5());
    }
}
