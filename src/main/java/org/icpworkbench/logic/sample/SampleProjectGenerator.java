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
 * Builds the sample project, a WMS vendor's ICP engagement with twelve interviews and its customer base, from the
 * script in {@code sample-project.json}, in one language and in one transaction.
 *
 * <p>The customers' dates are written as of {@code customerBase.asOf} and moved by as many days as today lies from
 * it, so that "the last 12 months" of the metrics always hold the same churn and no date lies in the future.
 */
public final class SampleProjectGenerator {

    private static final String SCRIPT = "sample-project.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode script;
    private final Language language;

    public SampleProjectGenerator(Language language) {
        this.language = language;
        try (InputStream json = SampleProjectGenerator.class.getResourceAsStream(SCRIPT)) {
            if (json == null) {
                throw new IllegalStateException("Missing resource " + SCRIPT);
            }
            this.script = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

            for (int copy = 1; copy <= copies; copy++) {
                String suffix = copy == 1 ? "" : " #" + copy;
                addInterviews(tx, project, versionId, questions, productIds, consultant, suffix, now);
            }
            return new ProjectRepository(tx).find(project.id()).orElseThrow();
        });
    }

    private void addInterviews(DSLContext tx, Project project, long versionId, Map<String, Question> questions,
                               Map<String, Long> productIds, String consultant, String suffix, Instant now) {
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
        }
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

    private String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return isLocalized(node) ? node.get(language.tag()).asText() : node.asText();
    }
}
