package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.ANSWER;
import static org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW;
import static org.icpworkbench.logic.persistence.generated.Tables.QUESTION;
import static org.icpworkbench.logic.persistence.generated.Tables.RESPONDENT;
import static org.icpworkbench.logic.persistence.generated.Tables.TAG;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpworkbench.logic.portrait.PortraitInputs;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.interview.Answer;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads what the characteristic proposals of a project are computed from, in a handful of queries: its interviews
 * with their respondents, the questions of the versions they were asked with, their answers, coded passages and
 * tags, the catalogue and the customer accounts. Interviews have no trash of their own; a project in the trash is
 * read like any other (the caller does not offer it).
 */
public final class PortraitSourceRepository {

    private final DSLContext dsl;

    public PortraitSourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public PortraitInputs load(long projectId) {
        List<PortraitInputs.Interview> interviews = dsl.select(INTERVIEW.ID, INTERVIEW.RESPONDENT_ID, INTERVIEW.AUDIENCE,
                        INTERVIEW.STATUS, INTERVIEW.INTERVIEW_DATE, RESPONDENT.NAME, RESPONDENT.ROLE, RESPONDENT.COMPANY,
                        RESPONDENT.CONSENT_GIVEN)
                .from(INTERVIEW)
                .join(RESPONDENT).on(RESPONDENT.ID.eq(INTERVIEW.RESPONDENT_ID))
                .where(INTERVIEW.PROJECT_ID.eq(projectId))
                .orderBy(INTERVIEW.INTERVIEW_DATE, INTERVIEW.ID)
                .fetch(row -> new PortraitInputs.Interview(row.value1(), row.value2(), Audience.valueOf(row.value3()),
                        InterviewStatus.valueOf(row.value4()), row.value5(), row.value6(), row.value7(), row.value8(),
                        Boolean.TRUE.equals(row.value9())));

        Map<Long, Question> questions = new HashMap<>();
        dsl.selectFrom(QUESTION)
                .where(QUESTION.TEMPLATE_VERSION_ID.in(DSL.selectDistinct(INTERVIEW.TEMPLATE_VERSION_ID).from(INTERVIEW)
                        .where(INTERVIEW.PROJECT_ID.eq(projectId))))
                .forEach(record -> questions.put(record.getId(), QuestionnaireRepository.toQuestion(record)));

        List<PortraitInputs.InterviewAnswer> answers = dsl.select(ANSWER.ID, ANSWER.INTERVIEW_ID, ANSWER.QUESTION_ID,
                        ANSWER.ANSWER_TEXT, ANSWER.STRUCTURED_VALUE, ANSWER.FLAGGED, ANSWER.NOT_ASKED, ANSWER.NOTE,
                        ANSWER.UPDATED_AT)
                .from(ANSWER)
                .join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                .where(INTERVIEW.PROJECT_ID.eq(projectId))
                .orderBy(ANSWER.ID)
                .fetch(row -> new PortraitInputs.InterviewAnswer(row.value1(), row.value2(), new Answer(row.value3(),
                        row.value4(), row.value5(), row.value6(), row.value7(), row.value8(), Timestamps.fromDb(row.value9()))));

        List<CodedPassage> passages = new CodingRepository(dsl).passages(projectId, DSL.trueCondition());
        List<Tag> tags = dsl.selectFrom(TAG).where(TAG.PROJECT_ID.eq(projectId)).orderBy(TAG.ID)
                .fetch(CodingRepository::toTag);
        Map<Long, String> productNames = new HashMap<>();
        for (Product product : new ProductRepository(dsl).forProject(projectId)) {
            productNames.put(product.id(), product.name());
        }
        List<Customer> customers = new CustomerRepository(dsl).forProject(projectId);
        return new PortraitInputs(projectId, interviews, questions, answers, passages, tags, productNames,
                customers.stream().map(Customer::data).toList());
    }
}
