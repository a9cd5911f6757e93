package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.ANSWER;
import static org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW;
import static org.icpworkbench.logic.persistence.generated.Tables.MEMO;
import static org.icpworkbench.logic.persistence.generated.Tables.PASSAGE;
import static org.icpworkbench.logic.persistence.generated.Tables.PASSAGE_TAG;
import static org.icpworkbench.logic.persistence.generated.Tables.QUESTION;
import static org.icpworkbench.logic.persistence.generated.Tables.RESPONDENT;
import static org.icpworkbench.logic.persistence.generated.Tables.TAG;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.logic.persistence.generated.tables.records.TagRecord;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.MemoSubject;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.coding.TagSummary;
import org.icpworkbench.model.questionnaire.Audience;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Tags, tagged passages, quotes and memos of a project. */
public final class CodingRepository {

    private final DSLContext dsl;

    public CodingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Tag createTag(long projectId, String name, String color, String description, Optional<Long> parentId, Instant now) {
        return dsl.transactionResult(configuration -> {
            TagRecord record = DSL.using(configuration).newRecord(TAG);
            record.setProjectId(projectId);
            record.setName(name);
            record.setColor(color);
            record.setDescription(description);
            record.setParentId(parentId.orElse(null));
            record.setCreatedAt(Timestamps.toDb(now));
            record.store();
            return toTag(record);
        });
    }

    public Optional<Tag> tag(long tagId) {
        return dsl.selectFrom(TAG).where(TAG.ID.eq(tagId)).fetchOptional().map(CodingRepository::toTag);
    }

    public Optional<Tag> tagNamed(long projectId, String name) {
        return dsl.selectFrom(TAG).where(TAG.PROJECT_ID.eq(projectId)).and(DSL.lower(TAG.NAME).eq(name.toLowerCase()))
                .fetchOptional().map(CodingRepository::toTag);
    }

    public void updateTag(long tagId, String name, String color, String description) {
        dsl.transaction(configuration -> DSL.using(configuration).update(TAG)
                .set(TAG.NAME, name).set(TAG.COLOR, color).set(TAG.DESCRIPTION, description)
                .where(TAG.ID.eq(tagId)).execute());
    }

    public void setParent(long tagId, Optional<Long> parentId) {
        dsl.transaction(configuration -> DSL.using(configuration).update(TAG).set(TAG.PARENT_ID, parentId.orElse(null))
                .where(TAG.ID.eq(tagId)).execute());
    }

    public boolean hasChildren(long tagId) {
        return dsl.fetchExists(TAG, TAG.PARENT_ID.eq(tagId));
    }

    /** Moves every passage, child and memo of {@code source} to {@code target}, then deletes {@code source}. */
    public void mergeTags(long sourceId, long targetId, Instant now) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.insertInto(PASSAGE_TAG, PASSAGE_TAG.PASSAGE_ID, PASSAGE_TAG.TAG_ID)
                    .select(DSL.select(PASSAGE_TAG.PASSAGE_ID, DSL.val(targetId)).from(PASSAGE_TAG)
                            .where(PASSAGE_TAG.TAG_ID.eq(sourceId))
                            .and(PASSAGE_TAG.PASSAGE_ID.notIn(DSL.select(PASSAGE_TAG.PASSAGE_ID).from(PASSAGE_TAG)
                                    .where(PASSAGE_TAG.TAG_ID.eq(targetId)))))
                    .execute();
            tx.update(TAG).set(TAG.PARENT_ID, targetId).where(TAG.PARENT_ID.eq(sourceId)).and(TAG.ID.ne(targetId)).execute();
            Tag source = tx.selectFrom(TAG).where(TAG.ID.eq(sourceId)).fetchOptional().map(CodingRepository::toTag).orElseThrow();
            String sourceMemo = memoText(tx, source.projectId(), MemoSubject.TAG, Long.toString(sourceId));
            if (!sourceMemo.isBlank()) {
                String targetMemo = memoText(tx, source.projectId(), MemoSubject.TAG, Long.toString(targetId));
                saveMemo(tx, source.projectId(), MemoSubject.TAG, Long.toString(targetId),
                        targetMemo.isBlank() ? sourceMemo : targetMemo + "\n\n" + sourceMemo, now);
            }
            tx.deleteFrom(MEMO).where(MEMO.PROJECT_ID.eq(source.projectId()))
                    .and(MEMO.SUBJECT_TYPE.eq(MemoSubject.TAG.name())).and(MEMO.SUBJECT_KEY.eq(Long.toString(sourceId))).execute();
            tx.deleteFrom(TAG).where(TAG.ID.eq(sourceId)).execute();
        });
    }

    public void deleteTag(long tagId) {
        dsl.transaction(configuration -> DSL.using(configuration).deleteFrom(TAG).where(TAG.ID.eq(tagId)).execute());
    }

    /** The project's tags, parents before children, each with its passage counts in all and per audience. */
    public List<TagSummary> tagSummaries(long projectId) {
        Map<Long, Map<Audience, Integer>> counts = new HashMap<>();
        dsl.select(PASSAGE_TAG.TAG_ID, INTERVIEW.AUDIENCE, DSL.count())
                .from(PASSAGE_TAG)
                .join(PASSAGE).on(PASSAGE.ID.eq(PASSAGE_TAG.PASSAGE_ID))
                .join(ANSWER).on(ANSWER.ID.eq(PASSAGE.ANSWER_ID))
                .join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                .where(INTERVIEW.PROJECT_ID.eq(projectId))
                .groupBy(PASSAGE_TAG.TAG_ID, INTERVIEW.AUDIENCE)
                .forEach(row -> counts.computeIfAbsent(row.value1(), id -> new EnumMap<>(Audience.class))
                        .put(Audience.valueOf(row.value2()), row.value3()));
        return dsl.selectFrom(TAG).where(TAG.PROJECT_ID.eq(projectId)).orderBy(DSL.lower(TAG.NAME)).fetch().stream()
                .map(record -> {
                    Map<Audience, Integer> perAudience = counts.getOrDefault(record.getId(), Map.of());
                    int total = perAudience.values().stream().mapToInt(Integer::intValue).sum();
                    return new TagSummary(toTag(record), total, perAudience);
                }).toList();
    }

    /** Creates a passage of an answer with the given tags (and star), or adds them to the same stretch if coded already. */
    public long codePassage(long answerId, int start, int end, String text, List<Long> tagIds, boolean starred, Instant now) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Long passageId = tx.select(PASSAGE.ID).from(PASSAGE).where(PASSAGE.ANSWER_ID.eq(answerId))
                    .and(PASSAGE.START_OFFSET.eq(start)).and(PASSAGE.END_OFFSET.eq(end)).fetchOne(PASSAGE.ID);
            if (passageId == null) {
                passageId = tx.insertInto(PASSAGE)
                        .set(PASSAGE.ANSWER_ID, answerId).set(PASSAGE.START_OFFSET, start).set(PASSAGE.END_OFFSET, end)
                        .set(PASSAGE.PASSAGE_TEXT, text).set(PASSAGE.STARRED, starred).set(PASSAGE.CREATED_AT, Timestamps.toDb(now))
                        .returning(PASSAGE.ID).fetchOne().getId();
            } else if (starred) {
                tx.update(PASSAGE).set(PASSAGE.STARRED, true).where(PASSAGE.ID.eq(passageId)).execute();
            }
            for (long tagId : tagIds) {
                tx.insertInto(PASSAGE_TAG).set(PASSAGE_TAG.PASSAGE_ID, passageId).set(PASSAGE_TAG.TAG_ID, tagId)
                        .onDuplicateKeyIgnore().execute();
            }
            return passageId;
        });
    }

    public void setStarred(long passageId, boolean starred) {
        dsl.transaction(configuration -> DSL.using(configuration).update(PASSAGE).set(PASSAGE.STARRED, starred)
                .where(PASSAGE.ID.eq(passageId)).execute());
    }

    public void untag(long passageId, long tagId) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.deleteFrom(PASSAGE_TAG).where(PASSAGE_TAG.PASSAGE_ID.eq(passageId)).and(PASSAGE_TAG.TAG_ID.eq(tagId)).execute();
            tx.deleteFrom(PASSAGE).where(PASSAGE.ID.eq(passageId)).and(PASSAGE.STARRED.isFalse())
                    .andNotExists(DSL.selectOne().from(PASSAGE_TAG).where(PASSAGE_TAG.PASSAGE_ID.eq(passageId))).execute();
        });
    }

    public void deletePassage(long passageId) {
        dsl.transaction(configuration -> DSL.using(configuration).deleteFrom(PASSAGE).where(PASSAGE.ID.eq(passageId)).execute());
    }

    /** Passages of a project, filtered by the condition, newest interview first. */
    public List<CodedPassage> passages(long projectId, Condition filter) {
        Map<Long, List<Long>> tags = new HashMap<>();
        dsl.select(PASSAGE_TAG.PASSAGE_ID, PASSAGE_TAG.TAG_ID).from(PASSAGE_TAG)
                .join(TAG).on(TAG.ID.eq(PASSAGE_TAG.TAG_ID)).where(TAG.PROJECT_ID.eq(projectId))
                .forEach(row -> tags.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(row.value2()));
        return dsl.select(PASSAGE.asterisk(), ANSWER.INTERVIEW_ID, QUESTION.CODE, RESPONDENT.NAME, RESPONDENT.ROLE,
                        RESPONDENT.COMPANY, INTERVIEW.AUDIENCE, INTERVIEW.INTERVIEW_DATE)
                .from(PASSAGE)
                .join(ANSWER).on(ANSWER.ID.eq(PASSAGE.ANSWER_ID))
                .join(QUESTION).on(QUESTION.ID.eq(ANSWER.QUESTION_ID))
                .join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                .join(RESPONDENT).on(RESPONDENT.ID.eq(INTERVIEW.RESPONDENT_ID))
                .where(INTERVIEW.PROJECT_ID.eq(projectId)).and(filter)
                .orderBy(INTERVIEW.INTERVIEW_DATE.desc(), PASSAGE.ID)
                .fetch(row -> new CodedPassage(row.get(PASSAGE.ID), row.get(PASSAGE.ANSWER_ID), row.get(ANSWER.INTERVIEW_ID),
                        row.get(QUESTION.CODE), row.get(PASSAGE.START_OFFSET), row.get(PASSAGE.END_OFFSET),
                        row.get(PASSAGE.PASSAGE_TEXT), row.get(PASSAGE.STARRED), tags.getOrDefault(row.get(PASSAGE.ID), List.of()),
                        row.get(RESPONDENT.NAME), row.get(RESPONDENT.ROLE), row.get(RESPONDENT.COMPANY),
                        Audience.valueOf(row.get(INTERVIEW.AUDIENCE)), row.get(INTERVIEW.INTERVIEW_DATE)));
    }

    public static Condition taggedWith(long tagId) {
        return PASSAGE.ID.in(DSL.select(PASSAGE_TAG.PASSAGE_ID).from(PASSAGE_TAG).where(PASSAGE_TAG.TAG_ID.eq(tagId)));
    }

    public static Condition starredOnly() {
        return PASSAGE.STARRED.isTrue();
    }

    public static Condition ofAnswer(long answerId) {
        return PASSAGE.ANSWER_ID.eq(answerId);
    }

    public Optional<Long> answerId(long interviewId, long questionId) {
        return dsl.select(ANSWER.ID).from(ANSWER).where(ANSWER.INTERVIEW_ID.eq(interviewId)).and(ANSWER.QUESTION_ID.eq(questionId))
                .fetchOptional(ANSWER.ID);
    }

    public String memo(long projectId, MemoSubject subject, String key) {
        return memoText(dsl, projectId, subject, key);
    }

    /** Stores the memo and returns its id. */
    public long saveMemo(long projectId, MemoSubject subject, String key, String text, Instant now) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            saveMemo(tx, projectId, subject, key, text, now);
            return tx.select(MEMO.ID).from(MEMO).where(MEMO.PROJECT_ID.eq(projectId))
                    .and(MEMO.SUBJECT_TYPE.eq(subject.name())).and(MEMO.SUBJECT_KEY.eq(key)).fetchOne(MEMO.ID);
        });
    }

    private static String memoText(DSLContext dsl, long projectId, MemoSubject subject, String key) {
        return dsl.select(MEMO.MEMO_TEXT).from(MEMO).where(MEMO.PROJECT_ID.eq(projectId))
                .and(MEMO.SUBJECT_TYPE.eq(subject.name())).and(MEMO.SUBJECT_KEY.eq(key))
                .fetchOptional(MEMO.MEMO_TEXT).orElse("");
    }

    private static void saveMemo(DSLContext tx, long projectId, MemoSubject subject, String key, String text, Instant now) {
        tx.mergeInto(MEMO).using(DSL.selectOne())
                .on(MEMO.PROJECT_ID.eq(projectId).and(MEMO.SUBJECT_TYPE.eq(subject.name())).and(MEMO.SUBJECT_KEY.eq(key)))
                .whenMatchedThenUpdate().set(MEMO.MEMO_TEXT, text).set(MEMO.UPDATED_AT, Timestamps.toDb(now))
                .whenNotMatchedThenInsert(MEMO.PROJECT_ID, MEMO.SUBJECT_TYPE, MEMO.SUBJECT_KEY, MEMO.MEMO_TEXT, MEMO.UPDATED_AT)
                .values(projectId, subject.name(), key, text, Timestamps.toDb(now))
                .execute();
    }

    static Tag toTag(TagRecord record) {
        return new Tag(record.getId(), record.getProjectId(), record.getName(), record.getColor(), record.getDescription(),
                Optional.ofNullable(record.getParentId()));
    }
}
