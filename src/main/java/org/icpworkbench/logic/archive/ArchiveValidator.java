package org.icpworkbench.logic.archive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.icpworkbench.logic.questionnaire.CataloguePicks;
import org.icpworkbench.model.archive.ProjectArchive;
import org.icpworkbench.model.archive.ProjectArchive.TemplateKind;
import org.icpworkbench.model.coding.MemoSubject;

/**
 * Checks a read archive against everything the database would refuse or the application could not show, before
 * anything is stored: required values, text lengths (the column sizes of the migrations), well-formed text, dates and
 * numbers within the columns' ranges, unique ids, every reference between records (an answer's interview and question,
 * which must belong to the interview's questionnaire version; a passage's answer, offsets and tags; a tag's parent
 * without cycles; a memo's tag; a customer's products; an answer's product picks), unique keys, and the JSON stored in
 * text columns. The first problem found is thrown as an {@link ArchiveException} naming the entry and the JSON path.
 */
final class ArchiveValidator {

    private final ProjectArchive archive;
    private final int formatVersion;
    /** Archive question id → the keys of its catalogue fields, whose values name products. */
    private final Map<Long, Set<String>> catalogueKeys = new HashMap<>();

    private ArchiveValidator(ProjectArchive archive, int formatVersion) {
        this.archive = archive;
        this.formatVersion = formatVersion;
    }

    /** Validates an archive of format version {@code formatVersion} (which decides what its product picks mean). */
    static void validate(ProjectArchive archive, int formatVersion) {
        new ArchiveValidator(archive, formatVersion).run();
    }

    private void run() {
        project();
        Ids products = products();
        Ids respondents = respondents();
        Map<Long, Long> versionOfQuestion = new HashMap<>();
        Ids versions = questionnaires(versionOfQuestion);
        Map<Long, Long> versionOfInterview = interviews(respondents, versions);
        Map<Long, Integer> answerLengths = answers(versionOfInterview, versionOfQuestion, products);
        Ids tags = tags();
        passages(answerLengths, tags);
        memos(tags);
        customers(products);
        IcpEntriesValidator icp = new IcpEntriesValidator(archive);
        icp.portrait();
        icp.versions();
        icp.scorecard();
        icp.prospects();
    }

    private void project() {
        At at = new At("project.json", "$");
        var project = archive.project();
        at.nonBlank(project.name(), "name", 200);
        at.text(project.clientCompany(), "clientCompany", 200);
        at.text(project.industry(), "industry", 200);
        at.text(project.notes(), "notes", 0);
        at.instant(project.createdAt(), "createdAt");
        at.instant(project.updatedAt(), "updatedAt");
    }

    private Ids products() {
        Ids ids = new Ids("products.json");
        At.each("products.json", archive.products(), (at, product) -> {
            ids.add(at, product.id());
            at.text(product.name(), "name", 200);
            at.text(product.description(), "description", 2000);
        });
        return ids;
    }

    private Ids respondents() {
        Ids ids = new Ids("respondents.json");
        At.each("respondents.json", archive.respondents(), (at, respondent) -> {
            ids.add(at, respondent.id());
            at.text(respondent.name(), "name", 200);
            at.text(respondent.role(), "role", 200);
            at.text(respondent.company(), "company", 200);
            at.text(respondent.contact(), "contact", 400);
            at.optionalDate(respondent.consentDate(), "consentDate");
            at.instant(respondent.createdAt(), "createdAt");
        });
        return ids;
    }

    private Ids questionnaires(Map<Long, Long> versionOfQuestion) {
        String entry = "questionnaire.json";
        Ids templates = new Ids(entry);
        Ids versions = new Ids(entry);
        Set<Long> questions = new HashSet<>();
        Set<String> builtInVersions = new HashSet<>();
        int[] projectTemplates = {0};
        At.each(entry, archive.questionnaires(), (at, template) -> {
            templates.add(at, template.id());
            at.required(template.kind(), "kind");
            if (template.kind() == TemplateKind.BUILT_IN) {
                at.nonBlank(template.key(), "key", 100);
            } else {
                at.optionalText(template.key(), "key", 100);
                if (++projectTemplates[0] > 1) {
                    throw at.problem("archive.invalid.projectTemplates");
                }
            }
            at.text(template.nameEn(), "nameEn", 300);
            at.text(template.nameRu(), "nameRu", 300);
            at.optionalInstant(template.createdAt(), "createdAt");
            at.list(template.versions(), "versions");
            Set<Integer> numbers = new HashSet<>();
            for (int v = 0; v < template.versions().size(); v++) {
                var version = template.versions().get(v);
                At versionAt = at.field("versions").index(v);
                versions.add(versionAt, version.id());
                versionAt.range(version.versionNo(), "versionNo", 1, Integer.MAX_VALUE);
                if (!numbers.add(version.versionNo())
                        || template.kind() == TemplateKind.BUILT_IN && !builtInVersions.add(template.key() + "\n" + version.versionNo())) {
                    throw versionAt.field("versionNo").problem("archive.invalid.duplicate", Integer.toString(version.versionNo()));
                }
                versionAt.optionalInstant(version.createdAt(), "createdAt");
                versionAt.list(version.questions(), "questions");
                Set<String> codes = new HashSet<>();
                for (int q = 0; q < version.questions().size(); q++) {
                    var question = version.questions().get(q);
                    At questionAt = versionAt.field("questions").index(q);
                    if (question.id() <= 0 || !questions.add(question.id())) {
                        throw questionAt.field("id").problem("archive.invalid.duplicateId", Long.toString(question.id()));
                    }
                    versionOfQuestion.put(question.id(), version.id());
                    questionAt.nonBlank(question.code(), "code", 20);
                    if (!codes.add(question.code())) {
                        throw questionAt.field("code").problem("archive.invalid.duplicate", ArchiveReader.printable(question.code()));
                    }
                    questionAt.required(question.audience(), "audience");
                    questionAt.optionalText(question.part(), "part", 40);
                    questionAt.text(question.textEn(), "textEn", 2000);
                    questionAt.text(question.textRu(), "textRu", 2000);
                    questionAt.text(question.guidanceEn(), "guidanceEn", 4000);
                    questionAt.text(question.guidanceRu(), "guidanceRu", 4000);
                    questionAt.text(question.characteristics(), "characteristics", 1000);
                    questionAt.text(question.fieldsJson(), "fieldsJson", 0);
                    try {
                        Set<String> keys = CataloguePicks.catalogueKeys(question.fieldsJson());
                        if (!keys.isEmpty()) {
                            catalogueKeys.put(question.id(), keys);
                        }
                    } catch (RuntimeException e) {
                        throw questionAt.field("fieldsJson").problem("archive.invalid.json");
                    }
                }
            }
        });
        return versions;
    }

    private Map<Long, Long> interviews(Ids respondents, Ids versions) {
        Ids ids = new Ids("interviews.json");
        Map<Long, Long> versionOfInterview = new HashMap<>();
        At.each("interviews.json", archive.interviews(), (at, interview) -> {
            ids.add(at, interview.id());
            respondents.require(at, "respondentId", interview.respondentId());
            versions.require(at, "templateVersionId", interview.templateVersionId());
            at.required(interview.audience(), "audience");
            at.date(interview.date(), "date");
            at.text(interview.interviewer(), "interviewer", 200);
            at.required(interview.status(), "status");
            at.range(interview.durationSeconds(), "durationSeconds", 0, Integer.MAX_VALUE);
            at.instant(interview.createdAt(), "createdAt");
            at.instant(interview.updatedAt(), "updatedAt");
            versionOfInterview.put(interview.id(), interview.templateVersionId());
        });
        return versionOfInterview;
    }

    private Map<Long, Integer> answers(Map<Long, Long> versionOfInterview, Map<Long, Long> versionOfQuestion,
            Ids products) {
        Ids ids = new Ids("answers.json");
        Map<Long, Integer> lengths = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        At.each("answers.json", archive.answers(), (at, answer) -> {
            ids.add(at, answer.id());
            Long interviewVersion = versionOfInterview.get(answer.interviewId());
            if (interviewVersion == null) {
                throw at.field("interviewId").problem("archive.invalid.reference", Long.toString(answer.interviewId()),
                        "interviews.json");
            }
            Long questionVersion = versionOfQuestion.get(answer.questionId());
            if (questionVersion == null) {
                throw at.field("questionId").problem("archive.invalid.reference", Long.toString(answer.questionId()),
                        "questionnaire.json");
            }
            if (!questionVersion.equals(interviewVersion)) {
                throw at.field("questionId").problem("archive.invalid.wrongVersion", Long.toString(answer.questionId()),
                        Long.toString(answer.interviewId()));
            }
            if (!pairs.add(answer.interviewId() + "/" + answer.questionId())) {
                throw at.field("questionId").problem("archive.invalid.duplicate", Long.toString(answer.questionId()));
            }
            at.text(answer.text(), "text", 0);
            at.text(answer.structuredValue(), "structuredValue", 0);
            try {
                JsonNode value = ArchiveFormat.mapper().readTree(answer.structuredValue());
                if (value == null || !value.isObject()) {
                    throw new IllegalArgumentException("not an object");
                }
            } catch (Exception e) {
                throw at.field("structuredValue").problem("archive.invalid.json");
            }
            picks(at.field("structuredValue"), answer, products);
            at.text(answer.note(), "note", 0);
            at.instant(answer.updatedAt(), "updatedAt");
            lengths.put(answer.id(), answer.text().length());
        });
        return lengths;
    }

    /**
     * Product picks name products of products.json by archive id. Format version 1 wrote the exporting workspace's
     * database ids instead, which nothing in the archive maps to its products: such an archive is refused (ADR 0015).
     */
    private void picks(At value, ProjectArchive.Answer answer, Ids products) {
        for (CataloguePicks.Pick pick : CataloguePicks.picks(answer.structuredValue(),
                catalogueKeys.getOrDefault(answer.questionId(), Set.of()))) {
            if (formatVersion < ArchiveFormat.ARCHIVE_ID_PICKS_VERSION) {
                throw value.field(pick.path()).problem("archive.invalid.legacyPicks", Long.toString(pick.id()));
            }
            products.require(value, pick.path(), pick.id());
        }
    }

    private Ids tags() {
        Ids ids = new Ids("tags.json");
        Set<String> names = new HashSet<>();
        Map<Long, Long> parents = new HashMap<>();
        At.each("tags.json", archive.tags(), (at, tag) -> {
            ids.add(at, tag.id());
            at.text(tag.name(), "name", 200);
            if (!names.add(tag.name())) {
                throw at.field("name").problem("archive.invalid.duplicate", ArchiveReader.printable(tag.name()));
            }
            at.text(tag.color(), "color", 16);
            at.text(tag.description(), "description", 2000);
            at.instant(tag.createdAt(), "createdAt");
            if (tag.parentId() != null) {
                parents.put(tag.id(), tag.parentId());
            }
        });
        At.each("tags.json", archive.tags(), (at, tag) -> {
            if (tag.parentId() == null) {
                return;
            }
            ids.require(at, "parentId", tag.parentId());
            Set<Long> seen = new HashSet<>();
            Long current = tag.id();
            while (current != null) {
                if (!seen.add(current)) {
                    throw at.field("parentId").problem("archive.invalid.cycle");
                }
                current = parents.get(current);
            }
        });
        return ids;
    }

    private void passages(Map<Long, Integer> answerLengths, Ids tags) {
        Ids ids = new Ids("passages.json");
        At.each("passages.json", archive.passages(), (at, passage) -> {
            ids.add(at, passage.id());
            Integer length = answerLengths.get(passage.answerId());
            if (length == null) {
                throw at.field("answerId").problem("archive.invalid.reference", Long.toString(passage.answerId()),
                        "answers.json");
            }
            if (passage.start() < 0 || passage.start() > passage.end() || passage.end() > length) {
                throw at.field("end").problem("archive.invalid.offsets", Integer.toString(passage.start()),
                        Integer.toString(passage.end()), Integer.toString(length));
            }
            at.text(passage.text(), "text", 0);
            at.instant(passage.createdAt(), "createdAt");
            at.list(passage.tagIds(), "tagIds");
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < passage.tagIds().size(); i++) {
                long tagId = passage.tagIds().get(i);
                tags.require(at, "tagIds[" + i + "]", tagId);
                if (!seen.add(tagId)) {
                    throw at.field("tagIds[" + i + "]").problem("archive.invalid.duplicate", Long.toString(tagId));
                }
            }
        });
    }

    private void memos(Ids tags) {
        Set<String> subjects = new HashSet<>();
        At.each("memos.json", archive.memos(), (at, memo) -> {
            at.required(memo.subject(), "subject");
            at.text(memo.subjectKey(), "subjectKey", 100);
            boolean valid = switch (memo.subject()) {
                case PROJECT -> memo.subjectKey().isEmpty();
                case QUESTION -> !memo.subjectKey().isBlank();
                case TAG -> memo.subjectKey().matches("[1-9][0-9]{0,17}");
            };
            if (!valid) {
                throw at.field("subjectKey").problem("archive.invalid.memoKey", ArchiveReader.printable(memo.subjectKey()));
            }
            if (memo.subject() == MemoSubject.TAG) {
                tags.require(at, "subjectKey", Long.parseLong(memo.subjectKey()));
            }
            if (!subjects.add(memo.subject() + "\n" + memo.subjectKey())) {
                throw at.field("subjectKey").problem("archive.invalid.duplicate", ArchiveReader.printable(memo.subjectKey()));
            }
            at.text(memo.text(), "text", 0);
            at.instant(memo.updatedAt(), "updatedAt");
        });
    }

    private void customers(Ids products) {
        Ids ids = new Ids("customers.json");
        At.each("customers.json", archive.customers(), (at, customer) -> {
            ids.add(at, customer.id());
            at.text(customer.name(), "name", 400);
            at.text(customer.segment(), "segment", 200);
            at.text(customer.industry(), "industry", 200);
            at.text(customer.sizeBand(), "sizeBand", 100);
            at.text(customer.region(), "region", 200);
            at.optionalDate(customer.firstPurchase(), "firstPurchase");
            at.required(customer.status(), "status");
            at.optionalDate(customer.churnDate(), "churnDate");
            at.decimal(customer.annualRevenue(), "annualRevenue", 19, 2);
            at.decimal(customer.grossMarginPercent(), "grossMarginPercent", 7, 3);
            at.decimal(customer.costToServe(), "costToServe", 19, 2);
            at.text(customer.notes(), "notes", 0);
            at.instant(customer.createdAt(), "createdAt");
            at.instant(customer.updatedAt(), "updatedAt");
            at.list(customer.productIds(), "productIds");
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < customer.productIds().size(); i++) {
                long productId = customer.productIds().get(i);
                products.require(at, "productIds[" + i + "]", productId);
                if (!seen.add(productId)) {
                    throw at.field("productIds[" + i + "]").problem("archive.invalid.duplicate", Long.toString(productId));
                }
            }
        });
    }
}
