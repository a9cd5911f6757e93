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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.DecisionStatus;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads a whole project as a {@link ProjectArchive} (database ids replaced by archive-local ones, in a stable order) and
 * stores an archive as a new project in one transaction. Callers validate the archive first (see
 * {@code logic/archive/ArchiveValidator}); a database error here rolls the whole import back.
 */
public final class ArchiveRepository {

    /** A built-in questionnaire version already in the workspace: its id and its questions by code. */
    public record StoredVersion(long versionId, Map<String, StoredQuestion> questionsByCode) {
    }

    public record StoredQuestion(long id, Audience audience) {
    }

    /** How often (in rows) the insert reports progress. */
    private static final int REPORT_EVERY = 200;

    private final DSLContext dsl;

    public ArchiveRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The version Flyway last applied to this workspace, e.g. "4". */
    public String schemaVersion() {
        return dsl.select(DSL.field(DSL.name("version"), String.class))
                .from(DSL.table(DSL.name("flyway_schema_history")))
                .where(DSL.field(DSL.name("success"), Boolean.class).isTrue())
                .and(DSL.field(DSL.name("version"), String.class).isNotNull())
                .orderBy(DSL.field(DSL.name("installed_rank")).desc())
                .limit(1)
                .fetchOne(0, String.class);
    }

    /** The names of every project, the trash included. */
    public Set<String> projectNames() {
        return new HashSet<>(dsl.select(PROJECT.NAME).from(PROJECT).fetch(PROJECT.NAME));
    }

    /** The stored built-in questionnaire version with this key and number, if the workspace has it. */
    public Optional<StoredVersion> builtInVersion(String key, int versionNo) {
        return dsl.select(TEMPLATE_VERSION.ID).from(TEMPLATE_VERSION)
                .join(QUESTIONNAIRE_TEMPLATE).on(QUESTIONNAIRE_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(QUESTIONNAIRE_TEMPLATE.BUILT_IN.isTrue())
                .and(QUESTIONNAIRE_TEMPLATE.TEMPLATE_KEY.eq(key))
                .and(TEMPLATE_VERSION.VERSION_NO.eq(versionNo))
                .orderBy(TEMPLATE_VERSION.ID)
                .limit(1)
                .fetchOptional(TEMPLATE_VERSION.ID)
                .map(versionId -> {
                    Map<String, StoredQuestion> questions = new HashMap<>();
                    dsl.selectFrom(QUESTION).where(QUESTION.TEMPLATE_VERSION_ID.eq(versionId)).forEach(question ->
                            questions.put(question.getCode(),
                                    new StoredQuestion(question.getId(), Audience.valueOf(question.getAudience()))));
                    return new StoredVersion(versionId, questions);
                });
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The whole project, read in one transaction; empty when there is no such project. */
    public Optional<ProjectArchive> read(long projectId) {
        return dsl.transactionResult(configuration -> read(DSL.using(configuration), projectId));
    }

    private static Optional<ProjectArchive> read(DSLContext tx, long projectId) {
        Optional<ProjectRecord> found = tx.selectFrom(PROJECT).where(PROJECT.ID.eq(projectId)).fetchOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProjectRecord p = found.get();
        var project = new ProjectArchive.Project(p.getName(), p.getClientCompany(), p.getIndustry(), p.getNotes(),
                Timestamps.fromDb(p.getCreatedAt()), Timestamps.fromDb(p.getUpdatedAt()), p.getArchived());

        LocalIds productIds = new LocalIds();
        List<ProjectArchive.Product> products = tx.selectFrom(PRODUCT).where(PRODUCT.PROJECT_ID.eq(projectId))
                .orderBy(PRODUCT.POSITION, PRODUCT.ID).fetch().map(r -> new ProjectArchive.Product(
                        productIds.assign(r.getId()), r.getName(), r.getDescription(), r.getPosition()));

        LocalIds respondentIds = new LocalIds();
        List<ProjectArchive.Respondent> respondents = tx.selectFrom(RESPONDENT).where(RESPONDENT.PROJECT_ID.eq(projectId))
                .orderBy(RESPONDENT.ID).fetch().map(r -> new ProjectArchive.Respondent(respondentIds.assign(r.getId()),
                        r.getName(), r.getRole(), r.getCompany(), r.getContact(), r.getConsentGiven(), r.getConsentDate(),
                        Timestamps.fromDb(r.getCreatedAt())));

        List<InterviewRecord> interviewRecords = tx.selectFrom(INTERVIEW).where(INTERVIEW.PROJECT_ID.eq(projectId))
                .orderBy(INTERVIEW.ID).fetch();
        LocalIds versionIds = new LocalIds();
        LocalIds questionIds = new LocalIds();
        List<ProjectArchive.Template> templates = readTemplates(tx, projectId, interviewRecords, versionIds, questionIds);

        LocalIds interviewIds = new LocalIds();
        List<ProjectArchive.Interview> interviews = interviewRecords.stream().map(r -> new ProjectArchive.Interview(
                interviewIds.assign(r.getId()), respondentIds.get(r.getRespondentId()),
                versionIds.get(r.getTemplateVersionId()), Audience.valueOf(r.getAudience()), r.getIncludeExtension(),
                r.getInterviewDate(), r.getInterviewer(), InterviewStatus.valueOf(r.getStatus()), r.getDurationSeconds(),
                Timestamps.fromDb(r.getCreatedAt()), Timestamps.fromDb(r.getUpdatedAt()))).toList();

        LocalIds answerIds = new LocalIds();
        Map<String, Set<String>> catalogueKeys = new HashMap<>();
        // Picks name products by database id; the archive names them by archive id. A pick of a product deleted
        // since names nothing in any workspace and is left out.
        LongFunction<OptionalLong> toArchiveId = id -> productIds.has(id) ? OptionalLong.of(productIds.get(id))
                : OptionalLong.empty();
        List<ProjectArchive.Answer> answers = tx.select(ANSWER.asterisk(), QUESTION.FIELDS_JSON).from(ANSWER)
                .join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                .join(QUESTION).on(QUESTION.ID.eq(ANSWER.QUESTION_ID))
                .where(INTERVIEW.PROJECT_ID.eq(projectId))
                .orderBy(ANSWER.ID).fetch().map(row -> {
                    AnswerRecord r = row.into(ANSWER);
                    Set<String> keys = catalogueKeys.computeIfAbsent(row.get(QUESTION.FIELDS_JSON), CataloguePicks::catalogueKeys);
                    return new ProjectArchive.Answer(answerIds.assign(r.getId()), interviewIds.get(r.getInterviewId()),
                            questionIds.get(r.getQuestionId()), r.getAnswerText(),
                            CataloguePicks.remap(r.getStructuredValue(), keys, toArchiveId), r.getFlagged(),
                            r.getNotAsked(), r.getNote(), Timestamps.fromDb(r.getUpdatedAt()));
                });

        LocalIds tagIds = new LocalIds();
        List<TagRecord> tagRecords = tx.selectFrom(TAG).where(TAG.PROJECT_ID.eq(projectId)).orderBy(TAG.ID).fetch();
        tagRecords.forEach(r -> tagIds.assign(r.getId()));
        List<ProjectArchive.Tag> tags = tagRecords.stream().map(r -> new ProjectArchive.Tag(tagIds.get(r.getId()),
                r.getName(), r.getColor(), r.getDescription(),
                r.getParentId() == null || !tagIds.has(r.getParentId()) ? null : tagIds.get(r.getParentId()),
                Timestamps.fromDb(r.getCreatedAt()))).toList();

        Map<Long, List<Long>> passageTags = new HashMap<>();
        tx.select(PASSAGE_TAG.PASSAGE_ID, PASSAGE_TAG.TAG_ID).from(PASSAGE_TAG)
                .join(TAG).on(TAG.ID.eq(PASSAGE_TAG.TAG_ID))
                .where(TAG.PROJECT_ID.eq(projectId))
                .forEach(row -> passageTags.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(tagIds.get(row.value2())));
        LocalIds passageIds = new LocalIds();
        List<ProjectArchive.Passage> passages = tx.select(PASSAGE.asterisk()).from(PASSAGE)
                .join(ANSWER).on(ANSWER.ID.eq(PASSAGE.ANSWER_ID))
                .join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                .where(INTERVIEW.PROJECT_ID.eq(projectId))
                .orderBy(PASSAGE.ID).fetchInto(PASSAGE).map(r -> new ProjectArchive.Passage(passageIds.assign(r.getId()),
                        answerIds.get(r.getAnswerId()), r.getStartOffset(), r.getEndOffset(), r.getPassageText(),
                        r.getStarred(), Timestamps.fromDb(r.getCreatedAt()),
                        sorted(passageTags.getOrDefault(r.getId(), List.of()))));

        List<ProjectArchive.Memo> memos = new ArrayList<>();
        tx.selectFrom(MEMO).where(MEMO.PROJECT_ID.eq(projectId)).orderBy(MEMO.ID).forEach(r -> {
            Optional<MemoSubject> subject = enumNamed(MemoSubject.class, r.getSubjectType());
            if (subject.isEmpty()) {
                return;
            }
            String key = r.getSubjectKey();
            if (subject.get() == MemoSubject.TAG) {
                // A memo of a tag deleted since belongs to nothing: it is left out.
                Optional<Long> tagId = parseLong(key).filter(tagIds::has).map(tagIds::get);
                if (tagId.isEmpty()) {
                    return;
                }
                key = Long.toString(tagId.get());
            }
            memos.add(new ProjectArchive.Memo(subject.get(), key, r.getMemoText(), Timestamps.fromDb(r.getUpdatedAt())));
        });

        Map<Long, List<Long>> customerProducts = new HashMap<>();
        tx.select(CUSTOMER_PRODUCT.CUSTOMER_ID, CUSTOMER_PRODUCT.PRODUCT_ID).from(CUSTOMER_PRODUCT)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_PRODUCT.CUSTOMER_ID))
                .where(CUSTOMER.PROJECT_ID.eq(projectId))
                .forEach(row -> {
                    if (productIds.has(row.value2())) {
                        customerProducts.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(productIds.get(row.value2()));
                    }
                });
        LocalIds customerIds = new LocalIds();
        List<ProjectArchive.Customer> customers = tx.selectFrom(CUSTOMER).where(CUSTOMER.PROJECT_ID.eq(projectId))
                .orderBy(CUSTOMER.ID).fetch().map(r -> customer(r, customerIds.assign(r.getId()),
                        sorted(customerProducts.getOrDefault(r.getId(), List.of()))));

        List<ProjectArchive.Decision> decisions = new ArrayList<>();
        tx.selectFrom(CHARACTERISTIC_DECISION).where(CHARACTERISTIC_DECISION.PROJECT_ID.eq(projectId)).forEach(r -> {
            Optional<Characteristic> characteristic = Characteristic.named(r.getCharacteristic());
            Optional<DecisionStatus> status = enumNamed(DecisionStatus.class, r.getStatus());
            if (characteristic.isPresent() && status.isPresent()) {
                decisions.add(new ProjectArchive.Decision(characteristic.get(), status.get(), r.getValueText(),
                        PortraitJson.readList(r.getMatchValues()), Timestamps.fromDb(r.getDecidedAt())));
            }
        });
        decisions.sort(Comparator.comparing(ProjectArchive.Decision::characteristic));
        var portraitRow = tx.selectFrom(PORTRAIT).where(PORTRAIT.PROJECT_ID.eq(projectId)).fetchOptional();
        List<ProjectArchive.AntiIcp> antiIcp = tx.selectFrom(ANTI_ICP).where(ANTI_ICP.PROJECT_ID.eq(projectId))
                .orderBy(ANTI_ICP.POSITION, ANTI_ICP.ID).fetch().map(r -> new ProjectArchive.AntiIcp(r.getPosition(),
                        r.getStatement(), r.getReason(), r.getSegment(), Timestamps.fromDb(r.getUpdatedAt())));
        var portrait = new ProjectArchive.Portrait(portraitRow.map(r -> r.getSummary()).orElse(""),
                portraitRow.map(r -> Timestamps.fromDb(r.getUpdatedAt())).orElse(null), decisions, antiIcp);

        List<ProjectArchive.Version> versions = tx.selectFrom(PORTRAIT_VERSION)
                .where(PORTRAIT_VERSION.PROJECT_ID.eq(projectId)).orderBy(PORTRAIT_VERSION.NUMBER).fetch()
                .map(r -> new ProjectArchive.Version(r.getNumber(), Timestamps.fromDb(r.getPublishedAt()), r.getAuthor(),
                        r.getReviewDate(), r.getNote(), r.getSnapshot()));

        ProjectArchive.Scorecard scorecard = tx.selectFrom(SCORECARD).where(SCORECARD.PROJECT_ID.eq(projectId))
                .fetchOptional().map(card -> new ProjectArchive.Scorecard(card.getTierA(), card.getTierB(),
                        Timestamps.fromDb(card.getUpdatedAt()),
                        tx.selectFrom(SCORECARD_CRITERION).where(SCORECARD_CRITERION.PROJECT_ID.eq(projectId))
                                .orderBy(SCORECARD_CRITERION.POSITION, SCORECARD_CRITERION.ID).fetch().stream()
                                .flatMap(r -> enumNamed(CriterionKind.class, r.getKind()).stream()
                                        .map(kind -> new ProjectArchive.Criterion(r.getPosition(), kind,
                                                PortraitJson.readList(r.getMatchValues()), r.getThreshold(),
                                                r.getWeight(), Boolean.TRUE.equals(r.getDisqualifier()), r.getReason())))
                                .toList()))
                .orElse(null);

        List<ProjectArchive.Prospect> prospects = tx.selectFrom(PROSPECT).where(PROSPECT.PROJECT_ID.eq(projectId))
                .orderBy(PROSPECT.ID).fetch().map(r -> new ProjectArchive.Prospect(r.getName(), r.getSegment(),
                        r.getIndustry(), r.getSizeBand(), r.getRegion(), r.getAnnualRevenue(), r.getDecisionMaker(),
                        r.getChannel(), r.getNotes(), Timestamps.fromDb(r.getCreatedAt())));

        return Optional.of(new ProjectArchive(project, products, respondents, templates, interviews, answers, tags,
                passages, memos, customers, portrait, versions, scorecard, prospects));
    }

    /**
     * Built-in templates first (by key), then the project's own; of a built-in template only the versions the
     * project's interviews use, of the project's own every version. Templates of other projects used by an
     * interview (which the application never does) are archived as the project's own.
     */
    private static List<ProjectArchive.Template> readTemplates(DSLContext tx, long projectId,
            List<InterviewRecord> interviews, LocalIds versionIds, LocalIds questionIds) {
        Set<Long> usedVersions = new LinkedHashSet<>();
        interviews.forEach(interview -> usedVersions.add(interview.getTemplateVersionId()));
        List<TemplateVersionRecord> versions = tx.selectFrom(TEMPLATE_VERSION)
                .where(TEMPLATE_VERSION.ID.in(usedVersions))
                .or(TEMPLATE_VERSION.TEMPLATE_ID.in(DSL.select(QUESTIONNAIRE_TEMPLATE.ID).from(QUESTIONNAIRE_TEMPLATE)
                        .where(QUESTIONNAIRE_TEMPLATE.PROJECT_ID.eq(projectId))))
                .fetch();
        Map<Long, List<TemplateVersionRecord>> byTemplate = new HashMap<>();
        versions.forEach(version -> byTemplate.computeIfAbsent(version.getTemplateId(), id -> new ArrayList<>()).add(version));
        List<QuestionnaireTemplateRecord> templates = new ArrayList<>(tx.selectFrom(QUESTIONNAIRE_TEMPLATE)
                .where(QUESTIONNAIRE_TEMPLATE.ID.in(byTemplate.keySet())).fetch());
        templates.sort(Comparator.comparing((QuestionnaireTemplateRecord t) -> !t.getBuiltIn())
                .thenComparing(t -> t.getBuiltIn() ? t.getTemplateKey() : "")
                .thenComparing(QuestionnaireTemplateRecord::getId));
        Map<Long, List<QuestionRecord>> questions = new HashMap<>();
        tx.selectFrom(QUESTION).where(QUESTION.TEMPLATE_VERSION_ID.in(versions.stream().map(TemplateVersionRecord::getId).toList()))
                .orderBy(QUESTION.POSITION, QUESTION.ID)
                .forEach(q -> questions.computeIfAbsent(q.getTemplateVersionId(), id -> new ArrayList<>()).add(q));
        LocalIds templateIds = new LocalIds();
        List<ProjectArchive.Template> result = new ArrayList<>();
        for (QuestionnaireTemplateRecord template : templates) {
            boolean builtIn = template.getBuiltIn();
            List<ProjectArchive.TemplateVersion> archived = new ArrayList<>();
            byTemplate.get(template.getId()).stream()
                    .sorted(Comparator.comparing(TemplateVersionRecord::getVersionNo).thenComparing(TemplateVersionRecord::getId))
                    .forEach(version -> {
                        long versionId = versionIds.assign(version.getId());
                        List<ProjectArchive.Question> archivedQuestions = questions.getOrDefault(version.getId(), List.of())
                                .stream().map(q -> new ProjectArchive.Question(questionIds.assign(q.getId()), q.getCode(),
                                        q.getPosition(), Audience.valueOf(q.getAudience()), q.getPart(), q.getOptional(),
                                        q.getTextEn(), q.getTextRu(), q.getGuidanceEn(), q.getGuidanceRu(),
                                        q.getCharacteristics(), q.getFieldsJson()))
                                .toList();
                        archived.add(new ProjectArchive.TemplateVersion(versionId, version.getVersionNo(),
                                builtIn ? null : Timestamps.fromDb(version.getCreatedAt()), archivedQuestions));
                    });
            result.add(new ProjectArchive.Template(templateIds.assign(template.getId()),
                    builtIn ? TemplateKind.BUILT_IN : TemplateKind.PROJECT, builtIn ? template.getTemplateKey() : null,
                    template.getNameEn(), template.getNameRu(), builtIn ? null : Timestamps.fromDb(template.getCreatedAt()),
                    archived));
        }
        return result;
    }

    private static ProjectArchive.Customer customer(CustomerRecord r, long id, List<Long> productIds) {
        return new ProjectArchive.Customer(id, r.getName(), r.getSegment(), r.getIndustry(), r.getSizeBand(),
                r.getRegion(), r.getFirstPurchase(), CustomerStatus.valueOf(r.getStatus()), r.getChurnDate(),
                r.getAnnualRevenue(), r.getGrossMarginPercent(), r.getCostToServe(), r.getPurchases(), r.getNps(),
                r.getNotes(), Timestamps.fromDb(r.getCreatedAt()), Timestamps.fromDb(r.getUpdatedAt()), productIds);
    }

    // ---------------------------------------------------------------------------------------------------- writing

    /**
     * Stores the archive as a new project named {@code name} in one transaction and returns its id. Built-in
     * questionnaire versions are not stored but must be in the workspace already: {@code storedVersions} maps their
     * archive version ids to the workspace's, {@code storedQuestions} their archive question ids. {@code progress} receives the
     * number of rows stored so far.
     */
    public long insert(ProjectArchive archive, String name, Map<Long, Long> storedVersions,
            Map<Long, Long> storedQuestions, Instant now, IntConsumer progress) {
        return dsl.transactionResult(configuration -> new Inserter(DSL.using(configuration), now, progress)
                .insert(archive, name, storedVersions, storedQuestions));
    }

    /** Counts rows as it stores them and reports the count now and then. */
    private static final class Inserter {
        private final DSLContext tx;
        private final Instant now;
        private final IntConsumer progress;
        private int rows;

        Inserter(DSLContext tx, Instant now, IntConsumer progress) {
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
    }

    // ---------------------------------------------------------------------------------------------------- helpers

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

    /** Database ids numbered 1, 2, 3… in the order first seen. */
    private static final class LocalIds {
        private final Map<Long, Long> ids = new LinkedHashMap<>();

        long assign(long databaseId) {
            return ids.computeIfAbsent(databaseId, id -> (long) ids.size() + 1);
        }

        long get(long databaseId) {
            Long id = ids.get(databaseId);
            if (id == null) {
                throw new IllegalStateException("Row " + databaseId + " refers outside the project");
            }
            return id;
        }

        boolean has(long databaseId) {
            return ids.containsKey(databaseId);
        }
    }

    private static List<Long> sorted(Collection<Long> ids) {
        return ids.stream().distinct().sorted().toList();
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> enumNamed(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
