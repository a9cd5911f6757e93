package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.ANSWER;
import static org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW;
import static org.icpworkbench.logic.persistence.generated.Tables.PASSAGE;
import static org.icpworkbench.logic.persistence.generated.Tables.PASSAGE_TAG;
import static org.icpworkbench.logic.persistence.generated.Tables.PROJECT;
import static org.icpworkbench.logic.persistence.generated.Tables.RESPONDENT;
import static org.icpworkbench.logic.persistence.generated.Tables.TAG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.interview.Answer;
import org.icpworkbench.model.interview.InterviewDetails;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.respondent.Respondent;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Everything the coded-answers spreadsheet of a project needs, read in a handful of queries whatever the number
 * of interviews: the interviews with their questions and answers, the tags, which tags each interview carries,
 * and the product catalogue.
 */
public final class CodedMatrixRepository {

    /**
     * A project's coded data. {@code interviews} are ordered by date, then id; each sheet holds the questions of the
     * interview's own template version for its audience. {@code tags} are ordered by name; {@code tagIdsByInterview}
     * maps an interview to the tags of any passage of any of its answers (interviews without tags are absent).
     * The respondents' contact details are left out: the spreadsheet is shared, and does not need them.
     */
    public record Snapshot(List<InterviewSheet> interviews, List<Tag> tags, Map<Long, Set<Long>> tagIdsByInterview,
                           List<Product> products) {

        public Snapshot {
            interviews = List.copyOf(interviews);
            tags = List.copyOf(tags);
            tagIdsByInterview = tagIdsByInterview.entrySet().stream()
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
            products = List.copyOf(products);
        }

        public Set<Long> tagIdsOf(long interviewId) {
            return tagIdsByInterview.getOrDefault(interviewId, Set.of());
        }
    }

    private final DSLContext dsl;

    public CodedMatrixRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The project's coded data, or empty when there is no such project (in the trash counts as existing). */
    public Optional<Snapshot> snapshot(long projectId) {
        if (!dsl.fetchExists(PROJECT, PROJECT.ID.eq(projectId))) {
            return Optional.empty();
        }
        List<InterviewDetails> details = dsl.select(INTERVIEW.asterisk(), RESPONDENT.asterisk(), PROJECT.NAME)
                .from(INTERVIEW)
                .join(RESPONDENT).on(RESPONDENT.ID.eq(INTERVIEW.RESPONDENT_ID))
                .join(PROJECT).on(PROJECT.ID.eq(INTERVIEW.PROJECT_ID))
                .where(INTERVIEW.PROJECT_ID.eq(projectId))
                .orderBy(INTERVIEW.INTERVIEW_DATE, INTERVIEW.ID)
                .fetch(record -> {
                    Respondent full = RespondentRepository.toRespondent(record.into(RESPONDENT));
                    Respondent withoutContact = new Respondent(full.id(), full.projectId(), full.name(), full.role(),
                            full.company(), "", full.consentGiven(), full.consentDate());
                    return new InterviewDetails(
                            record.get(INTERVIEW.ID),
                            record.get(INTERVIEW.PROJECT_ID),
                            record.get(PROJECT.NAME),
                            withoutContact,
                            record.get(INTERVIEW.TEMPLATE_VERSION_ID),
                            Audience.valueOf(record.get(INTERVIEW.AUDIENCE)),
                            record.get(INTERVIEW.INCLUDE_EXTENSION),
                            record.get(INTERVIEW.INTERVIEW_DATE),
                            record.get(INTERVIEW.INTERVIEWER),
                            InterviewStatus.valueOf(record.get(INTERVIEW.STATUS)),
                            record.get(INTERVIEW.DURATION_SECONDS));
                });

        Map<Long, Map<Long, Answer>> answers = new HashMap<>();
        dsl.select(ANSWER.asterisk()).from(ANSWER)
                .join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                .where(INTERVIEW.PROJECT_ID.eq(projectId))
                .fetchInto(ANSWER)
                .forEach(record -> answers.computeIfAbsent(record.getInterviewId(), id -> new HashMap<>()).put(
                        record.getQuestionId(), new Answer(record.getQuestionId(), record.getAnswerText(),
                                record.getStructuredValue(), record.getFlagged(), record.getNotAsked(), record.getNote(),
                                Timestamps.fromDb(record.getUpdatedAt()))));

        QuestionnaireRepository questionnaires = new QuestionnaireRepository(dsl);
        Map<Long, List<Question>> questionsByVersion = new LinkedHashMap<>();
        List<InterviewSheet> sheets = new ArrayList<>(details.size());
        for (InterviewDetails interview : details) {
            // The same choice of questions as InterviewRepository#sheet: the interview's audience, the extension if included.
            List<Question> questions = questionsByVersion
                    .computeIfAbsent(interview.templateVersionId(), questionnaires::questions).stream()
                    .filter(q -> q.audience() == interview.audience())
                    .filter(q -> !q.optional() || interview.includeExtension())
                    .toList();
            sheets.add(new InterviewSheet(interview, questions, answers.getOrDefault(interview.id(), Map.of())));
        }

        List<Tag> tags = dsl.selectFrom(TAG).where(TAG.PROJECT_ID.eq(projectId))
                .orderBy(DSL.lower(TAG.NAME), TAG.ID)
                .fetch(CodingRepository::toTag);

        Map<Long, Set<Long>> tagIdsByInterview = new HashMap<>();
        dsl.selectDistinct(ANSWER.INTERVIEW_ID, PASSAGE_TAG.TAG_ID)
                .from(PASSAGE_TAG)
                .join(PASSAGE).on(PASSAGE.ID.eq(PASSAGE_TAG.PASSAGE_ID))
                .join(ANSWER).on(ANSWER.ID.eq(PASSAGE.ANSWER_ID))
                .join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                .where(INTERVIEW.PROJECT_ID.eq(projectId))
                .forEach(row -> tagIdsByInterview.computeIfAbsent(row.value1(), id -> new TreeSet<>()).add(row.value2()));

        return Optional.of(new Snapshot(sheets, tags, tagIdsByInterview, new ProductRepository(dsl).forProject(projectId)));
    }
}
