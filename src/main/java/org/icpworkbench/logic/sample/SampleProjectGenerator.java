package org.icpworkbench.logic.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.logic.customer.CustomerProblem;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.persistence.CodingRepository;
import org.icpworkbench.logic.persistence.CustomerRepository;
import org.icpworkbench.logic.persistence.InterviewRepository;
import org.icpworkbench.logic.persistence.ProductRepository;
import org.icpworkbench.logic.persistence.ProjectRepository;
import org.icpworkbench.logic.persistence.QuestionnaireRepository;
import org.icpworkbench.logic.persistence.RespondentRepository;
import org.icpworkbench.logic.questionnaire.BuiltInQuestionnaire;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.interview.NewInterview;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.respondent.NewRespondent;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Builds the sample project, a WMS vendor's ICP engagement with twelve interviews, its tags and coded passages, and
 * its customer base, from the script in {@code sample-project.json}, in one language and in one transaction.
 *
 * <p>The customers' dates are written as of {@code customerBase.asOf} and moved by as many days as today lies from
 * it, so that "the last 12 months" of the metrics always hold the same churn and no date lies in the future.
 *
 * <p>A coded passage names its interview by the respondent's key, the question by its code, and its words in both
 * languages; its offsets are found by looking the words up in the answer's text. Every passage is checked in both
 * languages when the script is read: words that are not in the answer exactly once fail with an exception naming the
 * passage, so an answer reworded without its passages can never silently lose evidence.
 */
public final class SampleProjectGenerator {

    private static final String SCRIPT = "sample-project.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode script;
    private final Language language;
    /** The script's interviews by their respondent's key, as passages name them. */
    private final Map<String, JsonNode> interviewsByRespondent = new HashMap<>();
    /** The script's coded passages by their interview's respondent key, in script order. */
    private final Map<String, List<JsonNode>> passagesByInterview = new HashMap<>();

    public SampleProjectGenerator(Language language) {
        this(language, readScript());
    }

    /** A generator for another script of the same shape (tests check that a broken one fails). */
    SampleProjectGenerator(Language language, JsonNode script) {
        this.language = language;
        this.script = script;
        checkCoding();
    }

    /** The script as shipped. */
    static JsonNode readScript() {
        try (InputStream json = SampleProjectGenerator.class.getResourceAsStream(SCRIPT)) {
            if (json == null) {
                throw new IllegalStateException("Missing resource " + SCRIPT);
            }
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indexes the interviews and passages, and fails on any tag, interview, question or words a passage gets wrong. */
    private void checkCoding() {
        for (JsonNode interview : script.get("interviews")) {
            if (interviewsByRespondent.put(interview.get("respondent").asText(), interview) != null) {
                throw new IllegalStateException("Sample passages name interviews by respondent, but "
                        + interview.get("respondent").asText() + " has several");
            }
        }
        Map<String, JsonNode> tags = new HashMap<>();
        for (JsonNode tag : script.path("tags")) {
            String parent = tag.path("parent").asText("");
            if (!parent.isEmpty() && (!tags.containsKey(parent) || tags.get(parent).has("parent"))) {
                throw new IllegalStateException("Sample tag " + tag.get("key") + " needs a top-level parent defined before it, not "
                        + parent);
            }
            tags.put(tag.get("key").asText(), tag);
        }
        for (JsonNode passage : script.path("passages")) {
            for (JsonNode tag : passage.path("tags")) {
                if (!tags.containsKey(tag.asText())) {
                    throw new IllegalStateException("Sample passage " + describe(passage) + " has unknown tag " + tag);
                }
            }
            if (passage.path("tags").isEmpty() && !passage.path("starred").asBoolean(false)) {
                throw new IllegalStateException("Sample passage " + describe(passage) + " is neither tagged nor starred");
            }
            for (Language each : Language.values()) {
                locate(passage, each);
            }
            passagesByInterview.computeIfAbsent(passage.get("interview").asText(), key -> new ArrayList<>()).add(passage);
        }
    }

    /** Where the passage's words lie in its answer's text in the language: {start, end}. */
    private int[] locate(JsonNode passage, Language in) {
        JsonNode interview = interviewsByRespondent.get(passage.path("interview").asText());
        JsonNode answer = null;
        if (interview != null) {
            for (JsonNode candidate : interview.get("answers")) {
                if (candidate.get("question").asText().equals(passage.path("question").asText())) {
                    answer = candidate;
                }
            }
        }
        if (answer == null) {
            throw new IllegalStateException("Sample passage " + describe(passage) + " names no answer of the script");
        }
        String text = text(answer.get("text"), in);
        String words = text(passage.get("text"), in);
        int start = words.isBlank() ? -1 : text.indexOf(words);
        if (start < 0) {
            throw new IllegalStateException("Sample passage " + describe(passage) + " is not in the " + in.tag()
                    + " answer: \"" + words + "\"");
        }
        if (text.indexOf(words, start + 1) >= 0) {
            throw new IllegalStateException("Sample passage " + describe(passage) + " occurs more than once in the "
                    + in.tag() + " answer: \"" + words + "\"");
        }
        return new int[] {start, start + words.length()};
    }

    private static String describe(JsonNode passage) {
        return passage.path("interview").asText("?") + "/" + passage.path("question").asText("?") + " \""
                + passage.path("text").path("en").asText("") + "\"";
    }

    /** Creates the sample project and returns it; today is taken in the system's time zone. */
    public Project create(DSLContext dsl, Instant now) {
        return create(dsl, now, LocalDate.ofInstant(now, ZoneId.systemDefault()), 1);
    }

    /**
     * Creates the sample with its respondents and interviews repeated {@code copies} times (respondents of
     * later copies are numbered), for benchmarks and scale tests; the customers are added once.
     */
    public Project create(DSLContext dsl, Instant now, LocalDate today, int copies) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            QuestionnaireRepository questionnaires = new QuestionnaireRepository(tx);
            long versionId = questionnaires.installBuiltIn(BuiltInQuestionnaire.definition(), now);
            Map<String, Question> questions = new HashMap<>();
            questionnaires.questions(versionId).forEach(q -> questions.put(q.code(), q));

            JsonNode projectNode = script.get("project");
            Project project = new ProjectRepository(tx).create(new ProjectDetails(
                    text(projectNode.get("name")), text(projectNode.get("clientCompany")),
                    text(projectNode.get("industry")), text(projectNode.get("notes"))), now);
            String consultant = text(projectNode.get("consultant"));

            Map<String, Long> productIds = new HashMap<>();
            ProductRepository products = new ProductRepository(tx);
            for (JsonNode product : script.get("products")) {
                productIds.put(product.get("key").asText(),
                        products.create(project.id(), text(product.get("name")), text(product.get("description"))).id());
            }

            new CustomerRepository(tx).insertAll(project.id(), customers(productIds, today), now);
            Map<String, Long> tagIds = addTags(tx, project.id(), now);

            for (int copy = 1; copy <= copies; copy++) {
                String suffix = copy == 1 ? "" : " #" + copy;
                addInterviews(tx, project, versionId, questions, productIds, tagIds, consultant, suffix, now);
            }
            return new ProjectRepository(tx).find(project.id()).orElseThrow();
        });
    }

    /** The script's tags, parents first; returns their ids by key. */
    private Map<String, Long> addTags(DSLContext tx, long projectId, Instant now) {
        CodingRepository coding = new CodingRepository(tx);
        Map<String, Long> ids = new HashMap<>();
        for (JsonNode tag : script.path("tags")) {
            Optional<Long> parent = Optional.of(tag.path("parent").asText("")).filter(key -> !key.isEmpty()).map(ids::get);
            ids.put(tag.get("key").asText(), coding.createTag(projectId, text(tag.get("name")), tag.get("color").asText(),
                    text(tag.get("description")), parent, now).id());
        }
        return ids;
    }

    private void addInterviews(DSLContext tx, Project project, long versionId, Map<String, Question> questions,
                               Map<String, Long> productIds, Map<String, Long> tagIds, String consultant, String suffix,
                               Instant now) {
        Map<String, Long> respondentIds = new HashMap<>();
        RespondentRepository respondents = new RespondentRepository(tx);
        for (JsonNode respondent : script.get("respondents")) {
            Optional<LocalDate> consent = Optional.ofNullable(respondent.get("consentDate"))
                    .filter(node -> !node.isNull()).map(node -> LocalDate.parse(node.asText()));
            respondentIds.put(respondent.get("key").asText(), respondents.create(project.id(), new NewRespondent(
                    text(respondent.get("name")) + suffix, text(respondent.get("role")), text(respondent.get("company")),
                    respondent.get("contact").asText(), consent.isPresent(), consent), now).id());
        }

        InterviewRepository interviews = new InterviewRepository(tx);
        for (JsonNode interview : script.get("interviews")) {
            long interviewId = interviews.create(new NewInterview(project.id(),
                    respondentIds.get(interview.get("respondent").asText()), versionId,
                    Audience.valueOf(interview.get("audience").asText()),
                    interview.path("extension").asBoolean(false),
                    LocalDate.parse(interview.get("date").asText()), consultant), now);
            for (JsonNode answer : interview.get("answers")) {
                Question question = questions.get(answer.get("question").asText());
                if (question == null) {
                    throw new IllegalStateException("Sample answers unknown question " + answer.get("question"));
                }
                interviews.saveAnswer(interviewId, question.id(), new AnswerDraft(
                        text(answer.get("text")),
                        structuredValue(question, answer.path("values"), productIds),
                        answer.path("flagged").asBoolean(false),
                        answer.path("notAsked").asBoolean(false),
                        text(answer.get("note"))), now);
            }
            interviews.finish(interviewId, InterviewStatus.valueOf(interview.get("status").asText()),
                    interview.path("durationMinutes").asInt(0) * 60, now);
            codePassages(tx, interviewId, interview.get("respondent").asText(), questions, tagIds, now);
        }
    }

    private void codePassages(DSLContext tx, long interviewId, String respondent, Map<String, Question> questions,
                              Map<String, Long> tagIds, Instant now) {
        CodingRepository coding = new CodingRepository(tx);
        for (JsonNode passage : passagesByInterview.getOrDefault(respondent, List.of())) {
            long questionId = questions.get(passage.get("question").asText()).id();
            long answerId = coding.answerId(interviewId, questionId).orElseThrow(() ->
                    new IllegalStateException("Sample passage " + describe(passage) + " has no stored answer"));
            int[] span = locate(passage, language);
            List<Long> tags = new ArrayList<>();
            passage.path("tags").forEach(key -> tags.add(tagIds.get(key.asText())));
            coding.codePassage(answerId, span[0], span[1], text(passage.get("text")), tags,
                    passage.path("starred").asBoolean(false), now);
        }
    }

    /** The script, for the steps that complete the sample after it is stored. */
    JsonNode script() {
        return script;
    }

    Language language() {
        return language;
    }

    /** A date of the script moved, like the customers' dates, by as many days as today lies from the base's date. */
    LocalDate shifted(LocalDate scriptDate, LocalDate today) {
        return scriptDate.plusDays(ChronoUnit.DAYS.between(
                LocalDate.parse(script.get("customerBase").get("asOf").asText()), today));
    }

    /** The sample's customer accounts in the chosen language, their dates moved to {@code today}. */
    List<CustomerData> customers(Map<String, Long> productIds, LocalDate today) {
        JsonNode base = script.get("customerBase");
        long shift = ChronoUnit.DAYS.between(LocalDate.parse(base.get("asOf").asText()), today);
        List<CustomerData> customers = new ArrayList<>();
        for (JsonNode customer : base.get("customers")) {
            List<Long> products = new ArrayList<>();
            customer.get("products").forEach(key -> products.add(productIds.get(key.asText())));
            CustomerData data = new CustomerData(
                    text(customer.get("name")),
                    text(base.get("segments").get(customer.get("segment").asText())),
                    text(base.get("industries").get(customer.get("industry").asText())),
                    customer.get("sizeBand").asText(),
                    text(base.get("regions").get(customer.get("region").asText())),
                    date(customer.get("firstPurchase"), shift),
                    CustomerStatus.valueOf(customer.get("status").asText()),
                    date(customer.get("churnDate"), shift),
                    decimal(customer.get("annualRevenue")),
                    decimal(customer.get("grossMarginPercent")),
                    Optional.empty(),
                    Optional.ofNullable(customer.get("purchases")).filter(node -> !node.isNull()).map(JsonNode::asInt),
                    products,
                    Optional.ofNullable(customer.get("nps")).filter(node -> !node.isNull()).map(JsonNode::asInt),
                    text(customer.get("notes")));
            List<CustomerProblem> problems = CustomerService.validate(data, today);
            if (!problems.isEmpty() || products.contains(null)) {
                throw new IllegalStateException("Sample customer " + data.name() + " is invalid: " + problems);
            }
            customers.add(data);
        }
        return customers;
    }

    private static Optional<LocalDate> date(JsonNode node, long shiftDays) {
        return Optional.ofNullable(node).filter(value -> !value.isNull())
                .map(value -> LocalDate.parse(value.asText()).plusDays(shiftDays));
    }

    private static Optional<BigDecimal> decimal(JsonNode node) {
        return Optional.ofNullable(node).filter(value -> !value.isNull()).map(JsonNode::decimalValue);
    }

    /** The structured value as stored: texts in the chosen language, catalogue entries as product ids. */
    private String structuredValue(Question question, JsonNode values, Map<String, Long> productIds) {
        ObjectNode stored = JsonNodeFactory.instance.objectNode();
        if (values.isObject()) {
            for (QuestionField field : question.fields()) {
                JsonNode value = values.get(field.key());
                if (value == null || value.isNull()) {
                    continue;
                }
                if (field.catalogue()) {
                    ArrayNode ids = stored.putArray(field.key());
                    value.forEach(key -> ids.add(productIds.get(key.asText())));
                } else {
                    stored.set(field.key(), localize(value));
                }
            }
        }
        return stored.toString();
    }

    private JsonNode localize(JsonNode value) {
        if (isLocalized(value)) {
            return JsonNodeFactory.instance.textNode(text(value));
        }
        if (value.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> entry = fields.next();
                copy.set(entry.getKey(), localize(entry.getValue()));
            }
            return copy;
        }
        return value;
    }

    private static boolean isLocalized(JsonNode node) {
        return node.isObject() && node.size() == 2 && node.has("en") && node.has("ru");
    }

    /** The text in the sample's language: a localized {en, ru} pair, or a plain value. */
    String text(JsonNode node) {
        return text(node, language);
    }

    private static String text(JsonNode node, Language in) {
        if (node == null || node.isNull()) {
            return "";
        }
        return isLocalized(node) ? node.get(in.tag()).asText() : node.asText();
    }
}
