package org.icpworkbench.logic.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.Evidence;
import org.icpworkbench.model.portrait.Proposal;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proposals of the sample project against figures this test computes itself from the sample's script and the
 * built-in questionnaire, read with Jackson (not through the application's code).
 */
class ProposalServiceSampleTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private Project project;
    private JsonNode script;
    private JsonNode questionnaire;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws IOException {
        workspace = TestWorkspace.openIn(temp);
        project = workspace.services().samples().createSample(Language.EN).join();
        script = MAPPER.readTree(getClass().getResourceAsStream("/org/icpworkbench/logic/sample/sample-project.json"));
        questionnaire = MAPPER.readTree(getClass().getResourceAsStream(
                "/org/icpworkbench/logic/questionnaire/builtin-questionnaire.json"));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private List<Proposal> proposals() {
        return workspace.services().proposals().propose(project.id(), today, Messages.of(Language.EN)).join();
    }

    private static Proposal of(List<Proposal> proposals, Characteristic characteristic) {
        return proposals.stream().filter(p -> p.characteristic() == characteristic).findFirst().orElseThrow();
    }

    /** The sample's answers to one question: {interview, answer} pairs. */
    private List<JsonNode[]> answersTo(String code) {
        List<JsonNode[]> found = new ArrayList<>();
        for (JsonNode interview : script.get("interviews")) {
            for (JsonNode answer : interview.get("answers")) {
                if (answer.get("question").asText().equals(code)) {
                    found.add(new JsonNode[] {interview, answer});
                }
            }
        }
        return found;
    }

    private static String en(JsonNode node) {
        return node.has("en") ? node.get("en").asText() : node.asText();
    }

    /** Who carries a tag among the passages of some questions, and how often: respondents, then passages. */
    private record TagCount(String name, Set<String> respondents, int[] passages) {
    }

    /** The sample's tags on the passages of answers to the questions, by English name, as the script codes them. */
    private Map<String, TagCount> tagCounts(Set<String> questions) {
        Map<String, String> names = new HashMap<>();
        script.get("tags").forEach(tag -> names.put(tag.get("key").asText(), en(tag.get("name"))));
        Map<String, TagCount> counts = new HashMap<>();
        for (JsonNode passage : script.get("passages")) {
            if (questions.contains(passage.get("question").asText())) {
                for (JsonNode key : passage.get("tags")) {
                    count(counts, names.get(key.asText()), passage.get("interview").asText());
                }
            }
        }
        return counts;
    }

    private static void count(Map<String, TagCount> counts, String name, String respondent) {
        TagCount count = counts.computeIfAbsent(name, n -> new TagCount(n, new HashSet<>(), new int[1]));
        count.respondents().add(respondent);
        count.passages()[0]++;
    }

    /** The five tags with most respondents (then passages, then name), as "name (n respondents)". */
    private static String ranking(Map<String, TagCount> counts) {
        return String.join(", ", counts.values().stream()
                .sorted(Comparator.comparing((TagCount c) -> -c.respondents().size()).thenComparing(c -> -c.passages()[0])
                        .thenComparing(TagCount::name, String.CASE_INSENSITIVE_ORDER))
                .limit(5)
                .map(c -> c.name() + " (" + c.respondents().size() + (c.respondents().size() == 1 ? " respondent)" : " respondents)"))
                .toList());
    }

    private long passagesOf(String question, boolean starred) {
        int count = 0;
        for (JsonNode passage : script.get("passages")) {
            count += passage.get("question").asText().equals(question) && passage.path("starred").asBoolean(false) == starred ? 1 : 0;
        }
        return count;
    }

    @Test
    void oneProposalPerCharacteristicInOrder() {
        assertThat(proposals()).extracting(Proposal::characteristic).containsExactly(Characteristic.values());
    }

    @Test
    void industryCountsMatchTheFirmographicsOfQuestionOne() {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (JsonNode[] pair : answersTo("1")) {
            JsonNode industry = pair[1].path("values").path("firmographics").get("industry");
            if (industry != null) {
                String text = en(industry).strip();
                counts.merge(text.toLowerCase(), 1, Integer::sum);
                spelling.putIfAbsent(text.toLowerCase(), text);
            }
        }
        int considered = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> ranked = counts.keySet().stream()
                .sorted(Comparator.comparing((String k) -> -counts.get(k)).thenComparing(k -> spelling.get(k), String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<String> expected = ranked.stream().filter(k -> counts.get(k) >= 2).limit(3).map(spelling::get).toList();
        if (expected.isEmpty()) {
            expected = List.of(spelling.get(ranked.getFirst()));
        }

        Proposal industry = of(proposals(), Characteristic.INDUSTRY);

        assertThat(industry.considered()).isEqualTo(considered);
        assertThat(industry.matchValues()).isEqualTo(expected);
        assertThat(industry.supporting()).isEqualTo(expected.stream().mapToInt(v -> counts.get(v.toLowerCase())).sum());
        assertThat(industry.value()).startsWith(expected.getFirst() + " — " + counts.get(expected.getFirst().toLowerCase())
                + " of " + considered + " respondent");
    }

    @Test
    void channelCountsMatchQuestionSix() {
        Map<String, Integer> counts = new HashMap<>();
        answersTo("6").forEach(pair -> {
            JsonNode channel = pair[1].path("values").get("channel");
            if (channel != null) {
                counts.merge(channel.asText(), 1, Integer::sum);
            }
        });
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();

        Proposal channel = of(proposals(), Characteristic.ACQUISITION_CHANNEL);

        assertThat(channel.considered()).isEqualTo(counts.values().stream().mapToInt(Integer::intValue).sum());
        assertThat(channel.matchValues()).isNotEmpty().allSatisfy(key -> assertThat(counts).containsKey(key));
        assertThat(counts.get(channel.matchValues().getFirst())).isEqualTo(max);
        assertThat(channel.audiences()).containsExactly(Audience.SALES);
    }

    @Test
    void theSalesCycleIsTheMedianOfQuestionEleven() {
        Map<String, Double> days = Map.of("DAYS", 1.0, "WEEKS", 7.0, "MONTHS", 365.25 / 12, "YEARS", 365.25);
        List<Double> values = new ArrayList<>();
        Map<String, Integer> units = new HashMap<>();
        answersTo("11").forEach(pair -> {
            JsonNode cycle = pair[1].path("values").get("salesCycle");
            if (cycle != null) {
                values.add(cycle.get("amount").asDouble() * days.get(cycle.get("unit").asText()));
                units.merge(cycle.get("unit").asText(), 1, Integer::sum);
            }
        });
        values.sort(null);
        assertThat(units).as("the sample speaks of sales cycles in months").containsOnlyKeys("MONTHS");
        int n = values.size();
        double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
        String medianMonths = BigDecimal.valueOf(median / days.get("MONTHS")).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        String min = BigDecimal.valueOf(values.getFirst() / days.get("MONTHS")).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        String max = BigDecimal.valueOf(values.getLast() / days.get("MONTHS")).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();

        Proposal cycle = of(proposals(), Characteristic.SALES_CYCLE);

        assertThat(cycle.value()).isEqualTo("median " + medianMonths + " months (" + min + "–" + max + " months), " + n + " answers");
        assertThat(cycle.considered()).isEqualTo(n);
    }

    @Test
    void loyaltyIsTheNpsOfQuestionEighteenWithTheCustomersNps() {
        int promoters = 0;
        int detractors = 0;
        int count = 0;
        for (JsonNode[] pair : answersTo("18")) {
            JsonNode nps = pair[1].path("values").get("nps");
            if (nps != null) {
                count++;
                promoters += nps.asInt() >= 9 ? 1 : 0;
                detractors += nps.asInt() <= 6 ? 1 : 0;
            }
        }
        long nps = Math.round((promoters - detractors) * 100.0 / count);

        Proposal loyalty = of(proposals(), Characteristic.LOYALTY);

        assertThat(loyalty.value()).isEqualTo("NPS " + (nps > 0 ? "+" : nps < 0 ? "\u2212" : "") + Math.abs(nps) + ", " + count + " answers");
        assertThat(loyalty.considered()).isEqualTo(count);
        boolean customerScores = script.path("customerBase").path("customers").findValues("nps").stream().anyMatch(n -> !n.isNull());
        assertThat(loyalty.evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.CUSTOMER_DATA)).isEqualTo(customerScores);
    }

    @Test
    void coverageCountsTheRespondentsOfEachCharacteristicsAudience() {
        Map<String, List<String>> characteristicsOf = new HashMap<>();
        Map<String, Boolean> hasFields = new HashMap<>();
        for (JsonNode question : questionnaire.get("questions")) {
            List<String> names = new ArrayList<>();
            question.get("characteristics").forEach(name -> names.add(name.asText()));
            characteristicsOf.put(question.get("code").asText(), names);
            hasFields.put(question.get("code").asText(), question.has("fields") && !question.get("fields").isEmpty());
        }
        Map<String, Set<String>> respondents = new HashMap<>();
        Map<String, Integer> answers = new HashMap<>();
        for (JsonNode interview : script.get("interviews")) {
            for (JsonNode answer : interview.get("answers")) {
                boolean said = !answer.path("text").isMissingNode() && !en(answer.get("text")).isBlank()
                        || answer.path("values").isObject() && !answer.path("values").isEmpty();
                if (answer.path("notAsked").asBoolean(false) || !said) {
                    continue;
                }
                for (String name : characteristicsOf.get(answer.get("question").asText())) {
                    answers.merge(name, 1, Integer::sum);
                    if (Characteristic.valueOf(name).audience().name().equals(interview.get("audience").asText())) {
                        respondents.computeIfAbsent(name, k -> new HashSet<>()).add(interview.get("respondent").asText());
                    }
                }
            }
        }

        for (Proposal proposal : proposals()) {
            String name = proposal.characteristic().name();
            assertThat(proposal.coverage().respondents()).as(name).isEqualTo(respondents.getOrDefault(name, Set.of()).size());
            assertThat(proposal.coverage().answers()).as(name).isEqualTo(answers.getOrDefault(name, 0));
            assertThat(proposal.coverage().audience()).isEqualTo(proposal.characteristic().audience());
        }
    }

    @Test
    void theMostProfitableSegmentNamesARealSegmentWithItsActiveCustomers() {
        JsonNode base = script.path("customerBase");
        Proposal segment = of(proposals(), Characteristic.MOST_PROFITABLE_SEGMENT);
        if (base.path("customers").isEmpty()) {
            assertThat(segment.evidence()).noneMatch(e -> e.kind() == Evidence.Kind.CUSTOMER_DATA);
            return;
        }
        String best = segment.matchValues().getFirst();
        String key = null;
        for (var entry : base.get("segments").properties()) {
            if (en(entry.getValue()).equals(best)) {
                key = entry.getKey();
            }
        }
        assertThat(key).as("a segment of the sample").isNotNull();
        int active = 0;
        int allActive = 0;
        for (JsonNode customer : base.get("customers")) {
            boolean isActive = customer.get("status").asText().equals("ACTIVE");
            allActive += isActive ? 1 : 0;
            active += isActive && customer.get("segment").asText().equals(key) ? 1 : 0;
        }
        assertThat(segment.supporting()).isEqualTo(active);
        assertThat(segment.considered()).isEqualTo(allActive);
        assertThat(segment.value()).contains(best);
    }

    @Test
    void tagsOnTheAnswersOfAQuestionBecomeTheProposalWithStarredQuotesFirst() {
        var coding = workspace.services().coding();
        List<InterviewSummary> sales = workspace.services().interviews().interviews(project.id()).join().stream()
                .filter(i -> i.audience() == Audience.SALES).toList();
        Tag speed = coding.createTag(project.id(), "Fast go-live", Optional.empty()).join();
        Tag errors = coding.createTag(project.id(), "Fewer picking errors", Optional.empty()).join();
        Map<String, TagCount> expected = tagCounts(Set.of("7"));
        int tagged = 0;
        for (InterviewSummary summary : sales) {
            InterviewSheet sheet = workspace.services().interviews().sheet(summary.id()).join();
            Question goals = sheet.questions().stream().filter(q -> q.code().equals("7")).findFirst().orElseThrow();
            String text = sheet.answerTo(goals).orElseThrow().text();
            coding.code(summary.id(), goals.id(), text, 0, Math.min(30, text.length()), List.of(speed.id()), tagged == 0).join();
            count(expected, "Fast go-live", Long.toString(summary.id()));
            if (tagged == 0) {
                coding.code(summary.id(), goals.id(), text, 31, Math.min(60, text.length()), List.of(errors.id()), false).join();
                count(expected, "Fewer picking errors", Long.toString(summary.id()));
            }
            tagged++;
        }

        Proposal goals = of(proposals(), Characteristic.GOALS);

        assertThat(goals.value()).startsWith("Fast go-live (" + tagged + " respondents), ").isEqualTo(ranking(expected));
        assertThat(goals.value()).contains("Fewer picking errors (1 respondent)");
        assertThat(goals.supporting()).isEqualTo(tagged);
        assertThat(goals.considered()).isEqualTo(answersTo("7").size());
        assertThat(goals.audiences()).containsExactly(Audience.SALES);
        assertThat(goals.evidence().getFirst().kind()).isEqualTo(Evidence.Kind.STARRED_QUOTE);
        assertThat(goals.evidence()).extracting(Evidence::kind).filteredOn(k -> k == Evidence.Kind.STARRED_QUOTE)
                .hasSize((int) passagesOf("7", true) + 1);
        assertThat(goals.evidence()).extracting(Evidence::kind).filteredOn(k -> k == Evidence.Kind.QUOTE)
                .hasSize((int) passagesOf("7", false) + tagged);
        assertThat(goals.evidence()).filteredOn(e -> e.kind() == Evidence.Kind.ANSWER).hasSize(answersTo("7").size());
    }

    @Test
    void theSamplesTagsBecomeTheTextCharacteristicsProposals() {
        List<Proposal> proposals = proposals();
        Proposal why = of(proposals, Characteristic.WHY_THEY_STAY);
        assertThat(why.value()).isEqualTo(ranking(tagCounts(Set.of("15"))));
        assertThat(of(proposals, Characteristic.OBJECTIONS).value()).isEqualTo(ranking(tagCounts(Set.of("8"))));
        assertThat(of(proposals, Characteristic.WHY_THEY_BUY).value()).isEqualTo(ranking(tagCounts(Set.of("14", "A1"))));
        assertThat(of(proposals, Characteristic.PROFIT_LEVERS).value()).isEqualTo(ranking(tagCounts(Set.of("20"))));
        assertThat(proposals).as("the sample codes every text answer").allSatisfy(p -> assertThat(p.value()).doesNotContain("not yet tagged"));
        assertThat(proposals.stream().filter(p -> !p.hasEvidence()).map(Proposal::characteristic).toList())
                .as("only characteristics the sample leaves unanswered lack evidence")
                .isSubsetOf(Characteristic.DECISIVE_FEATURES, Characteristic.WHY_THEY_BUY, Characteristic.GEOGRAPHY);
    }
}
