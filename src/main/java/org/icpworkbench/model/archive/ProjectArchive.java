package org.icpworkbench.model.archive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.icpworkbench.model.coding.MemoSubject;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.DecisionStatus;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.scorecard.CriterionKind;

/**
 * Everything a project archive ({@code .icpw}) holds, one field per JSON entry of the archive. Ids are archive-local
 * (1, 2, 3… per kind, in the order of the lists); references between records use them. Fields are {@code null} only
 * where the database column allows it (noted per record); an archive that breaks this is rejected when it is read.
 * The component names are the JSON field names, so renaming one changes the archive format.
 */
public record ProjectArchive(
        Project project,
        List<Product> products,
        List<Respondent> respondents,
        List<Template> questionnaires,
        List<Interview> interviews,
        List<Answer> answers,
        List<Tag> tags,
        List<Passage> passages,
        List<Memo> memos,
        List<Customer> customers,
        Portrait portrait,
        List<Version> versions,
        Scorecard scorecard,
        List<Prospect> prospects) {

    /** The project itself (the trash mark is not archived: an imported project is never in the trash). */
    public record Project(String name, String clientCompany, String industry, String notes, Instant createdAt,
            Instant updatedAt, boolean archived) {
    }

    public record Product(long id, String name, String description, int position) {
    }

    /** {@code consentDate} may be null. */
    public record Respondent(long id, String name, String role, String company, String contact, boolean consentGiven,
            LocalDate consentDate, Instant createdAt) {
    }

    /** Whose questionnaire a template is. */
    public enum TemplateKind {
        /** Shipped with the application; matched by key and version number on import. */
        BUILT_IN,
        /** The project's own questionnaire. */
        PROJECT
    }

    /**
     * A questionnaire template with the versions the project uses. {@code key} is set for built-in templates only;
     * {@code createdAt} (of the template and of its versions) only for the project's own, since built-in ones belong
     * to the workspace.
     */
    public record Template(long id, TemplateKind kind, String key, String nameEn, String nameRu, Instant createdAt,
            List<TemplateVersion> versions) {
    }

    public record TemplateVersion(long id, int versionNo, Instant createdAt, List<Question> questions) {
    }

    /** {@code part} may be null; {@code characteristics} and {@code fieldsJson} are as stored (comma list, JSON). */
    public record Question(long id, String code, int position, Audience audience, String part, boolean optional,
            String textEn, String textRu, String guidanceEn, String guidanceRu, String characteristics,
            String fieldsJson) {
    }

    public record Interview(long id, long respondentId, long templateVersionId, Audience audience,
            boolean includeExtension, LocalDate date, String interviewer, InterviewStatus status, int durationSeconds,
            Instant createdAt, Instant updatedAt) {
    }

    /** {@code structuredValue} is the stored JSON object. */
    public record Answer(long id, long interviewId, long questionId, String text, String structuredValue,
            boolean flagged, boolean notAsked, String note, Instant updatedAt) {
    }

    /** {@code parentId} may be null. */
    public record Tag(long id, String name, String color, String description, Long parentId, Instant createdAt) {
    }

    public record Passage(long id, long answerId, int start, int end, String text, boolean starred, Instant createdAt,
            List<Long> tagIds) {
    }

    /** {@code subjectKey}: empty for the project, the question code, or the archive id of the tag. */
    public record Memo(MemoSubject subject, String subjectKey, String text, Instant updatedAt) {
    }

    /** The dates, figures and {@code nps} may be null. */
    public record Customer(long id, String name, String segment, String industry, String sizeBand, String region,
            LocalDate firstPurchase, CustomerStatus status, LocalDate churnDate, BigDecimal annualRevenue,
            BigDecimal grossMarginPercent, BigDecimal costToServe, Integer purchases, Integer nps, String notes,
            Instant createdAt, Instant updatedAt, List<Long> productIds) {
    }

    /** {@code updatedAt} is null when the project never saved a summary (then {@code summary} is empty). */
    public record Portrait(String summary, Instant updatedAt, List<Decision> decisions, List<AntiIcp> antiIcp) {
    }

    public record Decision(Characteristic characteristic, DecisionStatus status, String value, List<String> matchValues,
            Instant decidedAt) {
    }

    public record AntiIcp(int position, String statement, String reason, String segment, Instant updatedAt) {
    }

    /** A published portrait version; {@code snapshot} is the stored JSON, never changed. */
    public record Version(int number, Instant publishedAt, String author, LocalDate reviewDate, String note,
            String snapshot) {
    }

    public record Scorecard(int tierA, int tierB, Instant updatedAt, List<Criterion> criteria) {
    }

    /** {@code threshold} may be null. */
    public record Criterion(int position, CriterionKind kind, List<String> matchValues, BigDecimal threshold,
            int weight, boolean disqualifier, String reason) {
    }

    /** {@code annualRevenue} may be null. */
    public record Prospect(String name, String segment, String industry, String sizeBand, String region,
            BigDecimal annualRevenue, String decisionMaker, String channel, String notes, Instant createdAt) {
    }
}
