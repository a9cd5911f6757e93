package org.icpworkbench.logic.archive;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.icpworkbench.logic.persistence.PortraitJson;
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

    private static final int YEAR_MIN = 1;
    private static final int YEAR_MAX = 9999;

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

    /** Where a value sits: an entry and a JSON path in it. */
    private record At(String entry, String path) {

        At field(String name) {
            return new At(entry, path + "." + name);
        }

        At index(int i) {
            return new At(entry, path + "[" + i + "]");
        }

        ArchiveException problem(String key, Object... more) {
            Object[] arguments = new Object[more.length + 2];
            arguments[0] = entry;
            arguments[1] = path;
            System.arraycopy(more, 0, arguments, 2, more.length);
            return new ArchiveException(key, arguments);
        }

        /** A required text no longer than {@code max} characters (0: no limit), well-formed UTF-16. */
        void text(String value, String name, int max) {
            At at = field(name);
            if (value == null) {
                throw at.problem("archive.invalid.required");
            }
            if (max > 0 && value.length() > max) {
                throw at.problem("archive.invalid.tooLong", Integer.toString(max));
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                        throw at.problem("archive.invalid.text");
                    }
                    i++;
                } else if (Character.isLowSurrogate(c) || c == 0) {
                    throw at.problem("archive.invalid.text");
                }
            }
        }

        void nonBlank(String value, String name, int max) {
            text(value, name, max);
            if (value.isBlank()) {
                throw field(name).problem("archive.invalid.blank");
            }
        }

        /** A text that may be null. */
        void optionalText(String value, String name, int max) {
            if (value != null) {
                text(value, name, max);
            }
        }

        void required(Object value, String name) {
            if (value == null) {
                throw field(name).problem("archive.invalid.required");
            }
        }

        void instant(Instant value, String name) {
            required(value, name);
            optionalInstant(value, name);
        }

        void optionalInstant(Instant value, String name) {
            if (value != null) {
                int year;
                try {
                    year = value.atOffset(ZoneOffset.UTC).getYear();
                } catch (RuntimeException e) {
                    year = Integer.MIN_VALUE;
                }
                if (year < YEAR_MIN || year > YEAR_MAX) {
                    throw field(name).problem("archive.invalid.date", ArchiveReader.printable(value.toString()));
                }
            }
        }

        void date(LocalDate value, String name) {
            required(value, name);
            optionalDate(value, name);
        }

        void optionalDate(LocalDate value, String name) {
            if (value != null && (value.getYear() < YEAR_MIN || value.getYear() > YEAR_MAX)) {
                throw field(name).problem("archive.invalid.date", value.toString());
            }
        }

        /** A DECIMAL(precision, scale) value that may be null. */
        void decimal(BigDecimal value, String name, int precision, int scale) {
            if (value == null) {
                return;
            }
            BigDecimal stripped = value.stripTrailingZeros();
            int fraction = Math.max(0, stripped.scale());
            int integer = Math.max(0, stripped.precision() - stripped.scale());
            if (fraction > scale || integer > precision - scale) {
                throw field(name).problem("archive.invalid.range", ArchiveReader.printable(value.toPlainString()));
            }
        }

        void range(long value, String name, long min, long max) {
            if (value < min || value > max) {
                throw field(name).problem("archive.invalid.range", Long.toString(value));
            }
        }

        void list(List<?> value, String name) {
            required(value, name);
            for (int i = 0; i < value.size(); i++) {
                if (value.get(i) == null) {
                    throw field(name).index(i).problem("archive.invalid.required");
                }
            }
        }

        void strings(List<String> value, String name) {
            list(value, name);
            for (int i = 0; i < value.size(); i++) {
                new At(entry, path + "." + name).text(value.get(i), "[" + i + "]", 0);
            }
        }
    }

    /** Archive ids of one kind: each unique and positive. */
    private static final class Ids {
        private final String entry;
        private final Set<Long> ids = new HashSet<>();

        Ids(String entry) {
            this.entry = entry;
        }

        void add(At at, long id) {
            if (id <= 0 || !ids.add(id)) {
                throw at.field("id").problem("archive.invalid.duplicateId", Long.toString(id));
            }
        }

        void require(At at, String field, long id) {
            if (!ids.contains(id)) {
                throw at.field(field).problem("archive.invalid.reference", Long.toString(id), entry);
            }
        }
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
        portrait();
        versions();
        scorecard();
        prospects();
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
        each("products.json", archive.products(), (at, product) -> {
            ids.add(at, product.id());
            at.text(product.name(), "name", 200);
            at.text(product.description(), "description", 2000);
        });
        return ids;
    }

    private Ids respondents() {
        Ids ids = new Ids("respondents.json");
        each("respondents.json", archive.respondents(), (at, respondent) -> {
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
        each(entry, archive.questionnaires(), (at, template) -> {
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
        each("interviews.json", archive.interviews(), (at, interview) -> {
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
        each("answers.json", archive.answers(), (at, answer) -> {
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
        each("tags.json", archive.tags(), (at, tag) -> {
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
        each("tags.json", archive.tags(), (at, tag) -> {
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
        each("passages.json", archive.passages(), (at, passage) -> {
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
        each("memos.json", archive.memos(), (at, memo) -> {
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
        each("customers.json", archive.customers(), (at, customer) -> {
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

    private void portrait() {
        At at = new At("portrait.json", "$");
        var portrait = archive.portrait();
        at.text(portrait.summary(), "summary", 0);
        at.optionalInstant(portrait.updatedAt(), "updatedAt");
        if (portrait.updatedAt() == null && !portrait.summary().isEmpty()) {
            throw at.field("updatedAt").problem("archive.invalid.required");
        }
        at.list(portrait.decisions(), "decisions");
        Set<Object> characteristics = new HashSet<>();
        for (int i = 0; i < portrait.decisions().size(); i++) {
            var decision = portrait.decisions().get(i);
            At decisionAt = at.field("decisions").index(i);
            decisionAt.required(decision.characteristic(), "characteristic");
            if (!characteristics.add(decision.characteristic())) {
                throw decisionAt.field("characteristic").problem("archive.invalid.duplicate",
                        decision.characteristic().name());
            }
            decisionAt.required(decision.status(), "status");
            decisionAt.text(decision.value(), "value", 0);
            decisionAt.strings(decision.matchValues(), "matchValues");
            decisionAt.instant(decision.decidedAt(), "decidedAt");
        }
        at.list(portrait.antiIcp(), "antiIcp");
        for (int i = 0; i < portrait.antiIcp().size(); i++) {
            var entry = portrait.antiIcp().get(i);
            At entryAt = at.field("antiIcp").index(i);
            entryAt.text(entry.statement(), "statement", 1000);
            entryAt.text(entry.reason(), "reason", 0);
            entryAt.text(entry.segment(), "segment", 200);
            entryAt.instant(entry.updatedAt(), "updatedAt");
        }
    }

    private void versions() {
        Set<Integer> numbers = new HashSet<>();
        each("versions.json", archive.versions(), (at, version) -> {
            at.range(version.number(), "number", 1, Integer.MAX_VALUE);
            if (!numbers.add(version.number())) {
                throw at.field("number").problem("archive.invalid.duplicate", Integer.toString(version.number()));
            }
            at.instant(version.publishedAt(), "publishedAt");
            at.text(version.author(), "author", 200);
            at.date(version.reviewDate(), "reviewDate");
            at.text(version.note(), "note", 0);
            at.text(version.snapshot(), "snapshot", 0);
            try {
                PortraitJson.readSnapshot(version.snapshot()).getClass();
            } catch (RuntimeException e) {
                throw at.field("snapshot").problem("archive.invalid.json");
            }
        });
    }

    private void scorecard() {
        var card = archive.scorecard();
        if (card == null) {
            return;
        }
        At at = new At("scorecard.json", "$");
        at.instant(card.updatedAt(), "updatedAt");
        at.list(card.criteria(), "criteria");
        for (int i = 0; i < card.criteria().size(); i++) {
            var criterion = card.criteria().get(i);
            At criterionAt = at.field("criteria").index(i);
            criterionAt.required(criterion.kind(), "kind");
            criterionAt.strings(criterion.matchValues(), "matchValues");
            criterionAt.decimal(criterion.threshold(), "threshold", 19, 2);
            criterionAt.text(criterion.reason(), "reason", 1000);
        }
    }

    private void prospects() {
        each("prospects.json", archive.prospects(), (at, prospect) -> {
            at.text(prospect.name(), "name", 400);
            at.text(prospect.segment(), "segment", 200);
            at.text(prospect.industry(), "industry", 200);
            at.text(prospect.sizeBand(), "sizeBand", 100);
            at.text(prospect.region(), "region", 200);
            at.decimal(prospect.annualRevenue(), "annualRevenue", 19, 2);
            at.text(prospect.decisionMaker(), "decisionMaker", 40);
            at.text(prospect.channel(), "channel", 40);
            at.text(prospect.notes(), "notes", 0);
            at.instant(prospect.createdAt(), "createdAt");
        });
    }

    private static <T> void each(String entry, List<T> records, BiConsumer<At, T> check) {
        At root = new At(entry, "$");
        if (records == null) {
            throw root.problem("archive.invalid.required");
        }
        for (int i = 0; i < records.size(); i++) {
            At at = root.index(i);
            T record = records.get(i);
            if (record == null) {
                throw at.problem("archive.invalid.required");
            }
            check.accept(at, record);
        }
    }
}
