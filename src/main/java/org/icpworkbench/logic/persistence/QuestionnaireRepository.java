package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.QUESTION;
import static org.icpworkbench.logic.persistence.generated.Tables.QUESTIONNAIRE_TEMPLATE;
import static org.icpworkbench.logic.persistence.generated.Tables.TEMPLATE_VERSION;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.persistence.generated.tables.records.QuestionRecord;
import org.icpworkbench.logic.questionnaire.QuestionnaireJson;
import org.icpworkbench.model.common.LocalizedText;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionnaireDefinition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Questionnaire templates and their versions; a version's questions never change once stored. */
public final class QuestionnaireRepository {

    private final DSLContext dsl;

    public QuestionnaireRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the built-in questionnaire unless this version of it is already there; returns the version id. */
    public long installBuiltIn(QuestionnaireDefinition definition, Instant now) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Long templateId = tx.select(QUESTIONNAIRE_TEMPLATE.ID).from(QUESTIONNAIRE_TEMPLATE)
                    .where(QUESTIONNAIRE_TEMPLATE.TEMPLATE_KEY.eq(definition.key()))
                    .and(QUESTIONNAIRE_TEMPLATE.BUILT_IN.isTrue())
                    .fetchOne(QUESTIONNAIRE_TEMPLATE.ID);
            if (templateId == null) {
                templateId = tx.insertInto(QUESTIONNAIRE_TEMPLATE)
                        .set(QUESTIONNAIRE_TEMPLATE.TEMPLATE_KEY, definition.key())
                        .set(QUESTIONNAIRE_TEMPLATE.NAME_EN, definition.name().en())
                        .set(QUESTIONNAIRE_TEMPLATE.NAME_RU, definition.name().ru())
                        .set(QUESTIONNAIRE_TEMPLATE.BUILT_IN, true)
                        .set(QUESTIONNAIRE_TEMPLATE.CREATED_AT, Timestamps.toDb(now))
                        .returning(QUESTIONNAIRE_TEMPLATE.ID).fetchOne().getId();
            }
            Long versionId = tx.select(TEMPLATE_VERSION.ID).from(TEMPLATE_VERSION)
                    .where(TEMPLATE_VERSION.TEMPLATE_ID.eq(templateId))
                    .and(TEMPLATE_VERSION.VERSION_NO.eq(definition.version()))
                    .fetchOne(TEMPLATE_VERSION.ID);
            if (versionId != null) {
                return versionId;
            }
            long newVersionId = tx.insertInto(TEMPLATE_VERSION)
                    .set(TEMPLATE_VERSION.TEMPLATE_ID, templateId)
                    .set(TEMPLATE_VERSION.VERSION_NO, definition.version())
                    .set(TEMPLATE_VERSION.CREATED_AT, Timestamps.toDb(now))
                    .returning(TEMPLATE_VERSION.ID).fetchOne().getId();
            storeQuestions(tx, newVersionId, definition.questions());
            return newVersionId;
        });
    }

    /** The newest version of the built-in template with the given key. */
    public Optional<Long> latestBuiltInVersion(String templateKey) {
        return dsl.select(TEMPLATE_VERSION.ID).from(TEMPLATE_VERSION)
                .join(QUESTIONNAIRE_TEMPLATE).on(QUESTIONNAIRE_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(QUESTIONNAIRE_TEMPLATE.TEMPLATE_KEY.eq(templateKey))
                .and(QUESTIONNAIRE_TEMPLATE.BUILT_IN.isTrue())
                .orderBy(TEMPLATE_VERSION.VERSION_NO.desc())
                .limit(1)
                .fetchOptional(TEMPLATE_VERSION.ID);
    }

    /** The newest version of the project's own questionnaire, if the project has one. */
    public Optional<Long> latestProjectVersion(long projectId) {
        return dsl.select(TEMPLATE_VERSION.ID).from(TEMPLATE_VERSION)
                .join(QUESTIONNAIRE_TEMPLATE).on(QUESTIONNAIRE_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(QUESTIONNAIRE_TEMPLATE.PROJECT_ID.eq(projectId))
                .orderBy(TEMPLATE_VERSION.VERSION_NO.desc())
                .limit(1)
                .fetchOptional(TEMPLATE_VERSION.ID);
    }

    public int versionNo(long templateVersionId) {
        return dsl.select(TEMPLATE_VERSION.VERSION_NO).from(TEMPLATE_VERSION)
                .where(TEMPLATE_VERSION.ID.eq(templateVersionId)).fetchOne(TEMPLATE_VERSION.VERSION_NO);
    }

    /**
     * Stores the questions as the next version of the project's own questionnaire (creating it at version 1
     * when the project has none yet) and returns the new version's id. Earlier versions stay as they were.
     */
    public long saveProjectVersion(long projectId, String nameEn, String nameRu, List<Question> questions, Instant now) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Long templateId = tx.select(QUESTIONNAIRE_TEMPLATE.ID).from(QUESTIONNAIRE_TEMPLATE)
                    .where(QUESTIONNAIRE_TEMPLATE.PROJECT_ID.eq(projectId)).fetchOne(QUESTIONNAIRE_TEMPLATE.ID);
            if (templateId == null) {
                templateId = tx.insertInto(QUESTIONNAIRE_TEMPLATE)
                        .set(QUESTIONNAIRE_TEMPLATE.PROJECT_ID, projectId)
                        .set(QUESTIONNAIRE_TEMPLATE.TEMPLATE_KEY, "project-" + projectId)
                        .set(QUESTIONNAIRE_TEMPLATE.NAME_EN, nameEn)
                        .set(QUESTIONNAIRE_TEMPLATE.NAME_RU, nameRu)
                        .set(QUESTIONNAIRE_TEMPLATE.BUILT_IN, false)
                        .set(QUESTIONNAIRE_TEMPLATE.CREATED_AT, Timestamps.toDb(now))
                        .returning(QUESTIONNAIRE_TEMPLATE.ID).fetchOne().getId();
            }
            Integer latest = tx.select(DSL.max(TEMPLATE_VERSION.VERSION_NO)).from(TEMPLATE_VERSION)
                    .where(TEMPLATE_VERSION.TEMPLATE_ID.eq(templateId)).fetchOne(0, Integer.class);
            long versionId = tx.insertInto(TEMPLATE_VERSION)
                    .set(TEMPLATE_VERSION.TEMPLATE_ID, templateId)
                    .set(TEMPLATE_VERSION.VERSION_NO, latest == null ? 1 : latest + 1)
                    .set(TEMPLATE_VERSION.CREATED_AT, Timestamps.toDb(now))
                    .returning(TEMPLATE_VERSION.ID).fetchOne().getId();
            storeQuestions(tx, versionId, questions);
            return versionId;
        });
    }

    private static void storeQuestions(DSLContext tx, long versionId, List<Question> questions) {
        int position = 1;
        for (Question question : questions) {
            QuestionRecord record = tx.newRecord(QUESTION);
            record.setTemplateVersionId(versionId);
            record.setCode(question.code());
            record.setPosition(position++);
            record.setAudience(question.audience().name());
            record.setPart(question.part().orElse(null));
            record.setOptional(question.optional());
            record.setTextEn(question.text().en());
            record.setTextRu(question.text().ru());
            record.setGuidanceEn(question.guidance().en());
            record.setGuidanceRu(question.guidance().ru());
            record.setCharacteristics(String.join(",", question.characteristics()));
            record.setFieldsJson(QuestionnaireJson.writeFields(question.fields()));
            record.store();
        }
    }

    public List<Question> questions(long templateVersionId) {
        return dsl.selectFrom(QUESTION).where(QUESTION.TEMPLATE_VERSION_ID.eq(templateVersionId))
                .orderBy(QUESTION.POSITION)
                .fetch(QuestionnaireRepository::toQuestion);
    }

    static Question toQuestion(QuestionRecord record) {
        List<String> characteristics = record.getCharacteristics().isBlank()
                ? List.of() : Arrays.asList(record.getCharacteristics().split(","));
        return new Question(record.getId(), record.getCode(), record.getPosition(), Audience.valueOf(record.getAudience()),
                Optional.ofNullable(record.getPart()), record.getOptional(),
                new LocalizedText(record.getTextEn(), record.getTextRu()),
                new LocalizedText(record.getGuidanceEn(), record.getGuidanceRu()),
                characteristics, QuestionnaireJson.readFields(record.getFieldsJson()));
    }
}
