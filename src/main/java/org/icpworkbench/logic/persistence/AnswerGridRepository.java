package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.ANSWER;
import static org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW;
import static org.icpworkbench.logic.persistence.generated.Tables.PASSAGE;
import static org.icpworkbench.logic.persistence.generated.Tables.PASSAGE_TAG;
import static org.icpworkbench.logic.persistence.generated.Tables.QUESTION;
import static org.icpworkbench.logic.persistence.generated.Tables.RESPONDENT;
import static org.icpworkbench.logic.persistence.generated.Tables.TAG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.icpworkbench.model.coding.AnswerRow;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.jooq.DSLContext;

/** Every interview's answer to one question (matched by its number across questionnaire versions). */
public final class AnswerGridRepository {

    private final DSLContext dsl;

    public AnswerGridRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<AnswerRow> rows(long projectId, String questionCode) {
        Map<Long, TreeSet<String>> tagsByAnswer = new HashMap<>();
        dsl.select(PASSAGE.ANSWER_ID, TAG.NAME).from(PASSAGE)
                .join(PASSAGE_TAG).on(PASSAGE_TAG.PASSAGE_ID.eq(PASSAGE.ID))
                .join(TAG).on(TAG.ID.eq(PASSAGE_TAG.TAG_ID))
                .where(TAG.PROJECT_ID.eq(projectId))
                .forEach(row -> tagsByAnswer.computeIfAbsent(row.value1(), id -> new TreeSet<>()).add(row.value2()));
        List<AnswerRow> rows = new ArrayList<>();
        dsl.select(INTERVIEW.ID, INTERVIEW.AUDIENCE, INTERVIEW.INTERVIEW_DATE, RESPONDENT.NAME, RESPONDENT.ROLE,
                        RESPONDENT.COMPANY, QUESTION.asterisk(), ANSWER.ID, ANSWER.ANSWER_TEXT, ANSWER.STRUCTURED_VALUE,
                        ANSWER.FLAGGED, ANSWER.NOT_ASKED)
                .from(INTERVIEW)
                .join(RESPONDENT).on(RESPONDENT.ID.eq(INTERVIEW.RESPONDENT_ID))
                .join(QUESTION).on(QUESTION.TEMPLATE_VERSION_ID.eq(INTERVIEW.TEMPLATE_VERSION_ID)
                        .and(QUESTION.AUDIENCE.eq(INTERVIEW.AUDIENCE)).and(QUESTION.CODE.eq(questionCode)))
                .leftJoin(ANSWER).on(ANSWER.INTERVIEW_ID.eq(INTERVIEW.ID).and(ANSWER.QUESTION_ID.eq(QUESTION.ID)))
                .where(INTERVIEW.PROJECT_ID.eq(projectId))
                .orderBy(INTERVIEW.INTERVIEW_DATE.desc(), INTERVIEW.ID.desc())
                .forEach(row -> {
                    Question question = QuestionnaireRepository.toQuestion(row.into(QUESTION));
                    Long answerId = row.get(ANSWER.ID);
                    rows.add(new AnswerRow(row.get(INTERVIEW.ID), question, row.get(RESPONDENT.NAME), row.get(RESPONDENT.ROLE),
                            row.get(RESPONDENT.COMPANY), Audience.valueOf(row.get(INTERVIEW.AUDIENCE)),
                            row.get(INTERVIEW.INTERVIEW_DATE),
                            answerId == null ? "" : row.get(ANSWER.ANSWER_TEXT),
                            answerId == null ? "{}" : row.get(ANSWER.STRUCTURED_VALUE),
                            answerId != null && row.get(ANSWER.FLAGGED),
                            answerId != null && row.get(ANSWER.NOT_ASKED),
                            answerId == null ? List.of() : List.copyOf(tagsByAnswer.getOrDefault(answerId, new TreeSet<>()))));
                });
        return rows;
    }
}
