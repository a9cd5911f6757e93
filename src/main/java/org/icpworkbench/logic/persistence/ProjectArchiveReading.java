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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;
import org.icpworkbench.logic.persistence.generated.tables.records.AnswerRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.CustomerRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.InterviewRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.ProjectRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.QuestionRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.QuestionnaireTemplateRecord;
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
 * Reads a whole project as a {@link ProjectArchive} inside the caller's transaction: database ids replaced by
 * archive-local ones ({@link ArchiveLocalIds}), every list in a stable order, rows pointing outside the project left out.
 */
final class ProjectArchiveReading {

    private ProjectArchiveReading() {
    }

    static Optional<ProjectArchive> read(DSLContext tx, long projectId) {
        Optional<ProjectRecord> found = tx.selectFrom(PROJECT).where(PROJECT.ID.eq(projectId)).fetchOptional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProjectRecord p = found.get();
        var project = new ProjectArchive.Project(p.getName(), p.getClientCompany(), p.getIndustry(), p.getNotes(),
                Timestamps.fromDb(p.getCreatedAt()), Timestamps.fromDb(p.getUpdatedAt()), p.getArchived());

        ArchiveLocalIds productIds = new ArchiveLocalIds();
        List<ProjectArchive.Product> products = tx.selectFrom(PRODUCT).where(PRODUCT.PROJECT_ID.eq(projectId))
                .orderBy(PRODUCT.POSITION, PRODUCT.ID).fetch().map(r -> new ProjectArchive.Product(
                        productIds.assign(r.getId()), r.getName(), r.getDescription(), r.getPosition()));

        ArchiveLocalIds respondentIds = new ArchiveLocalIds();
        List<ProjectArchive.Respondent> respondents = tx.selectFrom(RESPONDENT).where(RESPONDENT.PROJECT_ID.eq(projectId))
                .orderBy(RESPONDENT.ID).fetch().map(r -> new ProjectArchive.Respondent(respondentIds.assign(r.getId()),
                        r.getName(), r.getRole(), r.getCompany(), r.getContact(), r.getConsentGiven(), r.getConsentDate(),
                        Timestamps.fromDb(r.getCreatedAt())));

        List<InterviewRecord> interviewRecords = tx.selectFrom(INTERVIEW).where(INTERVIEW.PROJECT_ID.eq(projectId))
                .orderBy(INTERVIEW.ID).fetch();
        ArchiveLocalIds versionIds = new ArchiveLocalIds();
        ArchiveLocalIds questionIds = new ArchiveLocalIds();
        List<ProjectArchive.Template> templates = readTemplates(tx, projectId, interviewRecords, versionIds, questionIds);

        ArchiveLocalIds interviewIds = new ArchiveLocalIds();
        List<ProjectArchive.Interview> interviews = interviewRecords.stream().map(r -> new ProjectArchive.Interview(
                interviewIds.assign(r.getId()), respondentIds.get(r.getRespondentId()),
                versionIds.get(r.getTemplateVersionId()), Audience.valueOf(r.getAudience()), r.getIncludeExtension(),
                r.getInterviewDate(), r.getInterviewer(), InterviewStatus.valueOf(r.getStatus()), r.getDurationSeconds(),
                Timestamps.fromDb(r.getCreatedAt()), Timestamps.fromDb(r.getUpdatedAt()))).toList();

        ArchiveLocalIds answerIds = new ArchiveLocalIds();
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

        ArchiveLocalIds tagIds = new ArchiveLocalIds();
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
        ArchiveLocalIds passageIds = new ArchiveLocalIds();
        List<ProjectArchive.Passage> passages = tx.select(PASSAGE.asterisk()).from(PASSAGE)
                .join(ANSWER).on(ANSWER.ID.eq(PASSAGE.ANSWER_ID))
                .join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                .where(INTERVIEW.PROJECT_ID.eq(projectId))
                .orderBy(PASSAGE.ID).fetchInto(PASSAGE).map(r -> new ProjectArchive.Passage(passageIds.assign(r.getId()),
                        answerIds.get(r.getAnswerId()), r.getStartOffset(), r.getEndOffset(), r.getPassageText(),
                        r.getStarred(), Timestamps.fromDb(r.getCreatedAt()),
                        ArchiveLocalIds.sorted(passageTags.getOrDefault(r.getId(), List.of()))));

        List<ProjectArchive.Memo> memos = new ArrayList<>();
        tx.selectFrom(MEMO).where(MEMO.PROJECT_ID.eq(projectId)).orderBy(MEMO.ID).forEach(r -> {
            Optional<MemoSubject> subject = ArchiveLocalIds.enumNamed(MemoSubject.class, r.getSubjectType());
            if (subject.isEmpty()) {
                return;
            }
            String key = r.getSubjectKey();
            if (subject.get() == MemoSubject.TAG) {
                // A memo of a tag deleted since belongs to nothing: it is left out.
                Optional<Long> tagId = ArchiveLocalIds.parseLong(key).filter(tagIds::has).map(tagIds::get);
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
        ArchiveLocalIds customerIds = new ArchiveLocalIds();
        List<ProjectArchive.Customer> customers = tx.selectFrom(CUSTOMER).where(CUSTOMER.PROJECT_ID.eq(projectId))
                .orderBy(CUSTOMER.ID).fetch().map(r -> customer(r, customerIds.assign(r.getId()),
                        ArchiveLocalIds.sorted(customerProducts.getOrDefault(r.getId(), List.of()))));

        List<ProjectArchive.Decision> decisions = new ArrayList<>();
        tx.selectFrom(CHARACTERISTIC_DECISION).where(CHARACTERISTIC_DECISION.PROJECT_ID.eq(projectId)).forEach(r -> {
            Optional<Characteristic> characteristic = Characteristic.named(r.getCharacteristic());
            Optional<DecisionStatus> status = ArchiveLocalIds.enumNamed(DecisionStatus.class, r.getStatus());
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
                                .flatMap(r -> ArchiveLocalIds.enumNamed(CriterionKind.class, r.getKind()).stream()
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
            List<InterviewRecord> interviews, ArchiveLocalIds versionIds, ArchiveLocalIds questionIds) {
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
        ArchiveLocalIds templateIds = new ArchiveLocalIds();
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
}
