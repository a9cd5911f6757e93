package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.ANSWER;
import static org.icpworkbench.logic.persistence.generated.Tables.ANTI_ICP;
import static org.icpworkbench.logic.persistence.generated.Tables.CHARACTERISTIC_DECISION;
import static org.icpworkbench.logic.persistence.generated.Tables.CUSTOMER;
import static org.icpworkbench.logic.persistence.generated.Tables.CUSTOMER_PRODUCT;
import static org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW;
import static org.icpworkbench.logic.persistence.generated.Tables.MEMO;
import static org.icpworkbench.logic.persistence.generated.Tables.PASSAGE;
import static org.icpworkbench.logic.persistence.generated.Tables.PASSAGE_TAG;
import static org.icpworkbench.logic.persistence.generated.Tables.PORTRAIT;
import static org.icpworkbench.logic.persistence.generated.Tables.PORTRAIT_VERSION;
import static org.icpworkbench.logic.persistence.generated.Tables.PRODUCT;
import static org.icpworkbench.logic.persistence.generated.Tables.PROJECT;
import static org.icpworkbench.logic.persistence.generated.Tables.PROSPECT;
import static org.icpworkbench.logic.persistence.generated.Tables.QUESTION;
import static org.icpworkbench.logic.persistence.generated.Tables.QUESTIONNAIRE_TEMPLATE;
import static org.icpworkbench.logic.persistence.generated.Tables.RESPONDENT;
import static org.icpworkbench.logic.persistence.generated.Tables.SCORECARD;
import static org.icpworkbench.logic.persistence.generated.Tables.SCORECARD_CRITERION;
import static org.icpworkbench.logic.persistence.generated.Tables.TAG;
import static org.icpworkbench.logic.persistence.generated.Tables.TEMPLATE_VERSION;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.LongFunction;
import org.icpworkbench.logic.persistence.generated.tables.records.AnswerRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.CustomerRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.InterviewRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.PassageRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.ProductRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.ProjectRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.QuestionRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.QuestionnaireTemplateRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.RespondentRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.TagRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.TemplateVersionRecord;
import org.icpworkbench.logic.questionnaire.CataloguePicks;
import org.icpworkbench.model.archive.ProjectArchive;
import org.icpworkbench.model.archive.ProjectArchive.TemplateKind;
import org.icpworkbench.model.coding.MemoSubject;
import org.jooq.DSLContext;

/**
 * Stores a {@link ProjectArchive} as a new project inside the caller's transaction, mapping archive ids to the new
 * database ids; counts rows as it stores them and reports the count now and then.
 */
final class ProjectArchiveInsert {

    /** How often (in rows) the insert reports progress. */
    private static final int REPORT_EVERY = 200;

    private final DSLContext tx;
    private final Instant now;
    private final IntConsumer progress;
    private int rows;

    ProjectArchiveInsert(DSLContext tx, Instant now, IntConsumer progress) {
        this.tx = tx;
        this.now = now;
        this.progress = progress;
    }

    private void row() {
        if (++rows % REPORT_EVERY == 0) {
            progress.accept(rows);
        }
    }

    long insert(ProjectArchive a, String name, Map<Long, Long> storedVersions, Map<Long, Long> storedQuestions) {
        ProjectRecord project = tx.newRecord(PROJECT);
        project.setName(name);
        project.setClientCompany(a.project().clientCompany());
        project.setIndustry(a.project().industry());
        project.setNotes(a.project().notes());
        project.setCreatedAt(Timestamps.toDb(a.project().createdAt()));
        project.setUpdatedAt(Timestamps.toDb(a.project().updatedAt()));
        project.setArchived(a.project().archived());
        project.store();
        long projectId = project.getId();
        row();

        Map<Long, Long> products = new HashMap<>();
        for (var product : a.products()) {
            ProductRecord record = tx.newRecord(PRODUCT);
            record.setProjectId(projectId);
            record.setName(product.name());
            record.setDescription(product.description());
            record.setPosition(product.position());
            record.store();
            products.put(product.id(), record.getId());
            row();
        }

        Map<Long, Long> respondents = new HashMap<>();
        for (var respondent : a.respondents()) {
            RespondentRecord record = tx.newRecord(RESPONDENT);
            record.setProjectId(projectId);
            record.setName(respondent.name());
            record.setRole(respondent.role());
            record.setCompany(respondent.company());
            record.setContact(respondent.contact());
            record.setConsentGiven(respondent.consentGiven());
            record.setConsentDate(respondent.consentDate());
            record.setCreatedAt(Timestamps.toDb(respondent.createdAt()));
            record.store();
            respondents.put(respondent.id(), record.getId());
            row();
        }

        Map<Long, Long> versions = new HashMap<>(storedVersions);
        Map<Long, Long> questions = new HashMap<>(storedQuestions);
        for (var template : a.questionnaires()) {
            insertTemplate(template, projectId, versions, questions);
        }

        Map<Long, Long> interviews = new HashMap<>();
        for (var interview : a.interviews()) {
            InterviewRecord record = tx.newRecord(INTERVIEW);
            record.setProjectId(projectId);
            record.setRespondentId(respondents.get(interview.respondentId()));
            record.setTemplateVersionId(versions.get(interview.templateVersionId()));
            record.setAudience(interview.audience().name());
            record.setIncludeExtension(interview.includeExtension());
            record.setInterviewDate(interview.date());
            record.setInterviewer(interview.interviewer());
            record.setStatus(interview.status().name());
            record.setDurationSeconds(interview.durationSeconds());
            record.setCreatedAt(Timestamps.toDb(interview.createdAt()));
            record.setUpdatedAt(Timestamps.toDb(interview.updatedAt()));
            record.store();
            interviews.put(interview.id(), record.getId());
            row();
        }

        Map<Long, Set<String>> catalogueKeys = catalogueKeysByQuestion(a);
        LongFunction<OptionalLong> toDatabaseId = id -> products.containsKey(id) ? OptionalLong.of(products.get(id))
                : OptionalLong.empty();
        Map<Long, Long> answers = new HashMap<>();
        for (var answer : a.answers()) {
            AnswerRecord record = tx.newRecord(ANSWER);
            record.setInterviewId(interviews.get(answer.interviewId()));
            record.setQuestionId(questions.get(answer.questionId()));
            record.setAnswerText(answer.text());
            record.setStructuredValue(CataloguePicks.remap(answer.structuredValue(),
                    catalogueKeys.getOrDefault(answer.questionId(), Set.of()), toDatabaseId));
            record.setFlagged(answer.flagged());
            record.setNotAsked(answer.notAsked());
            record.setNote(answer.note());
            record.setUpdatedAt(Timestamps.toDb(answer.updatedAt()));
            record.store();
            answers.put(answer.id(), record.getId());
            row();
        }

        Map<Long, Long> tags = new HashMap<>();
        for (var tag : a.tags()) {
            TagRecord record = tx.newRecord(TAG);
            record.setProjectId(projectId);
            record.setName(tag.name());
            record.setColor(tag.color());
            record.setDescription(tag.description());
            record.setCreatedAt(Timestamps.toDb(tag.createdAt()));
            record.store();
            tags.put(tag.id(), record.getId());
            row();
        }
        for (var tag : a.tags()) {
            if (tag.parentId() != null) {
                tx.update(TAG).set(TAG.PARENT_ID, tags.get(tag.parentId())).where(TAG.ID.eq(tags.get(tag.id()))).execute();
            }
        }

        for (var passage : a.passages()) {
            PassageRecord record = tx.newRecord(PASSAGE);
            record.setAnswerId(answers.get(passage.answerId()));
            record.setStartOffset(passage.start());
            record.setEndOffset(passage.end());
            record.setPassageText(passage.text());
            record.setStarred(passage.starred());
            record.setCreatedAt(Timestamps.toDb(passage.createdAt()));
            record.store();
            for (long tagId : passage.tagIds()) {
                tx.insertInto(PASSAGE_TAG, PASSAGE_TAG.PASSAGE_ID, PASSAGE_TAG.TAG_ID)
                        .values(record.getId(), tags.get(tagId)).execute();
            }
            row();
        }

        for (var memo : a.memos()) {
            String key = memo.subject() == MemoSubject.TAG
                    ? Long.toString(tags.get(Long.parseLong(memo.subjectKey()))) : memo.subjectKey();
            tx.insertInto(MEMO, MEMO.PROJECT_ID, MEMO.SUBJECT_TYPE, MEMO.SUBJECT_KEY, MEMO.MEMO_TEXT, MEMO.UPDATED_AT)
                    .values(projectId, memo.subject().name(), key, memo.text(), Timestamps.toDb(memo.updatedAt()))
                    .execute();
            row();
        }

        for (var customer : a.customers()) {
            CustomerRecord record = tx.newRecord(CUSTOMER);
            record.setProjectId(projectId);
            record.setName(customer.name());
            record.setSegment(customer.segment());
            record.setIndustry(customer.industry());
            record.setSizeBand(customer.sizeBand());
            record.setRegion(customer.region());
            record.setFirstPurchase(customer.firstPurchase());
            record.setStatus(customer.status().name());
            record.setChurnDate(customer.churnDate());
            record.setAnnualRevenue(customer.annualRevenue());
            record.setGrossMarginPercent(customer.grossMarginPercent());
            record.setCostToServe(customer.costToServe());
            record.setPurchases(customer.purchases());
            record.setNps(customer.nps());
            record.setNotes(customer.notes());
            record.setCreatedAt(Timestamps.toDb(customer.createdAt()));
            record.setUpdatedAt(Timestamps.toDb(customer.updatedAt()));
            record.store();
            for (long productId : customer.productIds()) {
                tx.insertInto(CUSTOMER_PRODUCT, CUSTOMER_PRODUCT.CUSTOMER_ID, CUSTOMER_PRODUCT.PRODUCT_ID)
                        .values(record.getId(), products.get(productId)).execute();
            }
            row();
        }

        var portrait = a.portrait();
        for (var decision : portrait.decisions()) {
            tx.insertInto(CHARACTERISTIC_DECISION, CHARACTERISTIC_DECISION.PROJECT_ID, CHARACTERISTIC_DECISION.CHARACTERISTIC,
                            CHARACTERISTIC_DECISION.STATUS, CHARACTERISTIC_DECISION.VALUE_TEXT,
                            CHARACTERISTIC_DECISION.MATCH_VALUES, CHARACTERISTIC_DECISION.DECIDED_AT)
                    .values(projectId, decision.characteristic().name(), decision.status().name(), decision.value(),
                            PortraitJson.writeList(decision.matchValues()), Timestamps.toDb(decision.decidedAt()))
                    .execute();
            row();
        }
        if (portrait.updatedAt() != null) {
            tx.insertInto(PORTRAIT, PORTRAIT.PROJECT_ID, PORTRAIT.SUMMARY, PORTRAIT.UPDATED_AT)
                    .values(projectId, portrait.summary(), Timestamps.toDb(portrait.updatedAt())).execute();
            row();
        }
        for (var entry : portrait.antiIcp()) {
            tx.insertInto(ANTI_ICP, ANTI_ICP.PROJECT_ID, ANTI_ICP.POSITION, ANTI_ICP.STATEMENT, ANTI_ICP.REASON,
                            ANTI_ICP.SEGMENT, ANTI_ICP.UPDATED_AT)
                    .values(projectId, entry.position(), entry.statement(), entry.reason(), entry.segment(),
                            Timestamps.toDb(entry.updatedAt()))
                    .execute();
            row();
        }

        for (var version : a.versions()) {
            tx.insertInto(PORTRAIT_VERSION, PORTRAIT_VERSION.PROJECT_ID, PORTRAIT_VERSION.NUMBER,
                            PORTRAIT_VERSION.PUBLISHED_AT, PORTRAIT_VERSION.AUTHOR, PORTRAIT_VERSION.REVIEW_DATE,
                            PORTRAIT_VERSION.NOTE, PORTRAIT_VERSION.SNAPSHOT)
                    .values(projectId, version.number(), Timestamps.toDb(version.publishedAt()), version.author(),
                            version.reviewDate(), version.note(), version.snapshot())
                    .execute();
            row();
        }

        if (a.scorecard() != null) {
            var card = a.scorecard();
            tx.insertInto(SCORECARD, SCORECARD.PROJECT_ID, SCORECARD.TIER_A, SCORECARD.TIER_B, SCORECARD.UPDATED_AT)
                    .values(projectId, card.tierA(), card.tierB(), Timestamps.toDb(card.updatedAt())).execute();
            for (var criterion : card.criteria()) {
                tx.insertInto(SCORECARD_CRITERION, SCORECARD_CRITERION.PROJECT_ID, SCORECARD_CRITERION.POSITION,
                                SCORECARD_CRITERION.KIND, SCORECARD_CRITERION.MATCH_VALUES, SCORECARD_CRITERION.THRESHOLD,
                                SCORECARD_CRITERION.WEIGHT, SCORECARD_CRITERION.DISQUALIFIER, SCORECARD_CRITERION.REASON)
                        .values(projectId, criterion.position(), criterion.kind().name(),
                                PortraitJson.writeList(criterion.matchValues()), criterion.threshold(),
                                criterion.weight(), criterion.disqualifier(), criterion.reason())
                        .execute();
                row();
            }
        }

        for (var prospect : a.prospects()) {
            tx.insertInto(PROSPECT, PROSPECT.PROJECT_ID, PROSPECT.NAME, PROSPECT.SEGMENT, PROSPECT.INDUSTRY,
                            PROSPECT.SIZE_BAND, PROSPECT.REGION, PROSPECT.ANNUAL_REVENUE, PROSPECT.DECISION_MAKER,
                            PROSPECT.CHANNEL, PROSPECT.NOTES, PROSPECT.CREATED_AT)
                    .values(projectId, prospect.name(), prospect.segment(), prospect.industry(), prospect.sizeBand(),
                            prospect.region(), prospect.annualRevenue(), prospect.decisionMaker(), prospect.channel(),
                            prospect.notes(), Timestamps.toDb(prospect.createdAt()))
                    .execute();
            row();
        }
        progress.accept(rows);
        return projectId;
    }

    private void insertTemplate(ProjectArchive.Template template, long projectId, Map<Long, Long> versions,
            Map<Long, Long> questions) {
        List<ProjectArchive.TemplateVersion> missing = template.versions().stream()
                .filter(version -> !versions.containsKey(version.id())).toList();
        if (missing.isEmpty()) {
            return;
        }
        if (template.kind() == TemplateKind.BUILT_IN) {
            // Built-in questionnaires belong to the application: an archive may use them, never add to them.
            throw new IllegalStateException("Built-in questionnaire " + template.key() + " is not in the workspace");
        }
        long templateId = storeTemplate(projectId, "project-" + projectId, template,
                template.createdAt() == null ? now : template.createdAt());
        for (var version : missing) {
            TemplateVersionRecord record = tx.newRecord(TEMPLATE_VERSION);
            record.setTemplateId(templateId);
            record.setVersionNo(version.versionNo());
            record.setCreatedAt(Timestamps.toDb(version.createdAt() == null ? now : version.createdAt()));
            record.store();
            versions.put(version.id(), record.getId());
            for (var question : version.questions()) {
                QuestionRecord q = tx.newRecord(QUESTION);
                q.setTemplateVersionId(record.getId());
                q.setCode(question.code());
                q.setPosition(question.position());
                q.setAudience(question.audience().name());
                q.setPart(question.part());
                q.setOptional(question.optional());
                q.setTextEn(question.textEn());
                q.setTextRu(question.textRu());
                q.setGuidanceEn(question.guidanceEn());
                q.setGuidanceRu(question.guidanceRu());
                q.setCharacteristics(question.characteristics());
                q.setFieldsJson(question.fieldsJson());
                q.store();
                questions.put(question.id(), q.getId());
                row();
            }
        }
    }

    private long storeTemplate(long projectId, String key, ProjectArchive.Template template, Instant createdAt) {
        QuestionnaireTemplateRecord record = tx.newRecord(QUESTIONNAIRE_TEMPLATE);
        record.setProjectId(projectId);
        record.setTemplateKey(key);
        record.setNameEn(template.nameEn());
        record.setNameRu(template.nameRu());
        record.setBuiltIn(false);
        record.setCreatedAt(Timestamps.toDb(createdAt));
        record.store();
        return record.getId();
    }

    /** Archive question id → the keys of its catalogue fields, for the questions that have any. */
    private static Map<Long, Set<String>> catalogueKeysByQuestion(ProjectArchive archive) {
        Map<Long, Set<String>> keys = new HashMap<>();
        archive.questionnaires().forEach(template -> template.versions().forEach(version -> version.questions()
                .forEach(question -> {
                    Set<String> catalogue = CataloguePicks.catalogueKeys(question.fieldsJson());
                    if (!catalogue.isEmpty()) {
                        keys.put(question.id(), catalogue);
                    }
                })));
        return keys;
    }
}
