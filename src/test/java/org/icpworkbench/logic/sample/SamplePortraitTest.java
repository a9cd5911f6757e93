package org.icpworkbench.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
import java.util.TreeSet;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.scorecard.ScorecardDefaults;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.coding.TagSummary;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.CharacteristicRow;
import org.icpworkbench.model.portrait.DecisionStatus;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.portrait.PortraitVersion;
import org.icpworkbench.model.portrait.PortraitVersionInfo;
import org.icpworkbench.model.portrait.Proposal;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's coding and completed portrait against the script, read here with Jackson: every passage where its
 * words are, in both languages; the tags and quotes; proposals naming the tags the script codes most; every proposal
 * with evidence accepted; the summary, anti-ICP and the one published version.
 */
class SamplePortraitTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private WorkspaceServices services;
    private JsonNode script;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() throws IOException {
        workspace = TestWorkspace.openIn(temp);
        services = workspace.services();
        script = MAPPER.readTree(getClass().getResourceAsStream("/org/icpworkbench/logic/sample/sample-project.json"));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private static String in(JsonNode node, Language language) {
        return node.has(language.tag()) ? node.get(language.tag()).asText() : node.asText();
    }

    private Map<String, JsonNode> tagsByKey() {
        Map<String, JsonNode> tags = new HashMap<>();
        script.get("tags").forEach(tag -> tags.put(tag.get("key").asText(), tag));
        return tags;
    }

    /** One passage as "respondent | question | words | tags | starred", comparable between the script and the store. */
    private static String line(String respondent, String question, String words, Set<String> tags, boolean starred) {
        return respondent + " | " + question + " | " + words + " | " + new TreeSet<>(tags) + " | " + starred;
    }

    @Test
    void everyPassageIsStoredAtItsWordsInBothLanguages() {
        for (Language language : Language.values()) {
            Project project = services.samples().createSample(language).join();
            Map<Long, String> tagNames = new HashMap<>();
            services.coding().tags(project.id()).join().forEach(t -> tagNames.put(t.tag().id(), t.tag().name()));
            Map<Long, InterviewSheet> sheets = new HashMap<>();

            List<String> stored = new ArrayList<>();
            for (CodedPassage passage : services.coding().allPassages(project.id()).join()) {
                InterviewSheet sheet = sheets.computeIfAbsent(passage.interviewId(), id -> services.interviews().sheet(id).join());
                Question question = sheet.questions().stream().filter(q -> q.code().equals(passage.questionCode()))
                        .findFirst().orElseThrow();
                String answer = sheet.answerTo(question).orElseThrow().text();
                assertThat(answer.substring(passage.start(), passage.end())).as(language + " " + passage.text())
                        .isEqualTo(passage.text());
                Set<String> tags = new HashSet<>();
                passage.tagIds().forEach(id -> tags.add(tagNames.get(id)));
                stored.add(line(passage.respondentName(), passage.questionCode(), passage.text(), tags, passage.starred()));
            }

            Map<String, String> respondents = new HashMap<>();
            script.get("respondents").forEach(r -> respondents.put(r.get("key").asText(), in(r.get("name"), language)));
            Map<String, JsonNode> tagsByKey = tagsByKey();
            List<String> expected = new ArrayList<>();
            for (JsonNode passage : script.get("passages")) {
                Set<String> tags = new HashSet<>();
                passage.get("tags").forEach(key -> tags.add(in(tagsByKey.get(key.asText()).get("name"), language)));
                expected.add(line(respondents.get(passage.get("interview").asText()), passage.get("question").asText(),
                        in(passage.get("text"), language), tags, passage.path("starred").asBoolean(false)));
            }
            assertThat(stored).as(language.name()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theSampleHasItsTagsWithTheirParentsAndAFewStarredQuotes() {
        Project project = services.samples().createSample(Language.RU).join();
        List<Tag> tags = services.coding().tags(project.id()).join().stream().map(TagSummary::tag).toList();
        Map<String, JsonNode> byKey = tagsByKey();

        assertThat(tags).hasSize(script.get("tags").size()).hasSizeBetween(15, 30);
        for (JsonNode tag : script.get("tags")) {
            Tag stored = tags.stream().filter(t -> t.name().equals(in(tag.get("name"), Language.RU))).findFirst().orElseThrow();
            assertThat(stored.color()).matches("#[0-9A-Fa-f]{6}");
            assertThat(stored.description()).isEqualTo(in(tag.get("description"), Language.RU)).containsPattern("[А-Яа-яЁё]");
            Optional<String> parent = stored.parentId().map(id -> tags.stream().filter(t -> t.id() == id).findFirst().orElseThrow().name());
            assertThat(parent).isEqualTo(Optional.ofNullable(tag.get("parent"))
                    .map(key -> in(byKey.get(key.asText()).get("name"), Language.RU)));
        }
        long starred = 0;
        for (JsonNode passage : script.get("passages")) {
            starred += passage.path("starred").asBoolean(false) ? 1 : 0;
        }
        assertThat(services.coding().quotes(project.id()).join()).hasSize((int) starred);
        assertThat(starred).isBetween(6L, 10L);
    }

    /** The script's most carried tag on the passages of a question: its English name and its respondents. */
    private Map.Entry<String, Integer> topTag(String question) {
        Map<String, Set<String>> respondents = new HashMap<>();
        Map<String, Integer> passages = new HashMap<>();
        Map<String, JsonNode> byKey = tagsByKey();
        for (JsonNode passage : script.get("passages")) {
            if (passage.get("question").asText().equals(question)) {
                for (JsonNode key : passage.get("tags")) {
                    String name = in(byKey.get(key.asText()).get("name"), Language.EN);
                    respondents.computeIfAbsent(name, n -> new HashSet<>()).add(passage.get("interview").asText());
                    passages.merge(name, 1, Integer::sum);
                }
            }
        }
        String top = respondents.keySet().stream().min(Comparator.comparing((String name) -> -respondents.get(name).size())
                .thenComparing(name -> -passages.get(name)).thenComparing(String.CASE_INSENSITIVE_ORDER)).orElseThrow();
        return Map.entry(top, respondents.get(top).size());
    }

    @Test
    void goalsAndObjectionsNameTheTagMostRespondentsCarry() {
        Project project = services.samples().createSample(Language.EN).join();
        List<Proposal> proposals = services.proposals().propose(project.id(), today, Messages.of(Language.EN)).join();

        for (var entry : Map.of(Characteristic.GOALS, "7", Characteristic.OBJECTIONS, "8").entrySet()) {
            Map.Entry<String, Integer> top = topTag(entry.getValue());
            Proposal proposal = proposals.stream().filter(p -> p.characteristic() == entry.getKey()).findFirst().orElseThrow();
            assertThat(top.getValue()).as("a recurring theme").isGreaterThanOrEqualTo(2);
            assertThat(proposal.value()).startsWith(top.getKey() + " (" + top.getValue() + " respondents)");
        }
    }

    @Test
    void thePortraitIsCompleteAndPublishedOnceInEitherLanguage() {
        for (Language language : Language.values()) {
            Project project = services.samples().createSample(language).join();
            PortraitState state = services.portraits().load(project.id(), today, Messages.of(language)).join();
            JsonNode portrait = script.get("portrait");

            for (CharacteristicRow row : state.rows()) {
                if (row.proposal().hasEvidence()) {
                    assertThat(row.decision()).as(language + " " + row.characteristic()).hasValueSatisfying(decision -> {
                        assertThat(decision.status()).isEqualTo(DecisionStatus.ACCEPTED);
                        assertThat(decision.value()).isNotBlank().doesNotContain("not yet tagged").doesNotContain("пока без тегов");
                    });
                } else {
                    assertThat(row.decision()).as(language + " " + row.characteristic()).isEmpty();
                }
            }
            assertThat(state.rows()).filteredOn(CharacteristicRow::decided).hasSizeGreaterThan(20);

            assertThat(state.summary()).isEqualTo(in(portrait.get("summary"), language)).contains("80–300");
            assertThat(state.antiIcp()).extracting(AntiIcpEntry::statement).containsExactlyElementsOf(
                    portrait.get("antiIcp").findValues("statement").stream().map(node -> in(node, language)).toList());
            assertThat(state.antiIcp()).allSatisfy(entry -> assertThat(entry.reason()).isNotBlank());
            String shops = in(script.get("customerBase").get("segments").get("shops"), language);
            assertThat(state.antiIcp()).filteredOn(entry -> !entry.segment().isEmpty()).singleElement()
                    .satisfies(entry -> assertThat(entry.segment()).isEqualTo(shops));
            assertThat(state.metrics().segments()).anySatisfy(segment -> assertThat(segment.segment()).isEqualTo(shops));
            assertThat(ScorecardDefaults.derive(Map.of(), state.antiIcp(), Optional.empty()).criteria())
                    .filteredOn(Criterion::disqualifier).singleElement()
                    .satisfies(criterion -> {
                        assertThat(criterion.kind()).isEqualTo(CriterionKind.SEGMENT);
                        assertThat(criterion.values()).containsExactly(shops);
                    });

            assertThat(state.versions()).singleElement().satisfies(info -> {
                LocalDate published = LocalDate.ofInstant(info.publishedAt(), ZoneOffset.UTC);
                assertThat(info.number()).isEqualTo(1);
                assertThat(info.author()).isEqualTo(in(script.get("project").get("consultant"), language));
                assertThat(published).isBefore(today).isAfter(today.minusWeeks(5));
                assertThat(info.reviewDate()).isEqualTo(published.plusYears(1));
                assertThat(info.reviewDue(today)).isFalse();
                assertThat(info.note()).isEqualTo(in(portrait.get("note"), language));
            });
            PortraitVersionInfo info = state.versions().getFirst();
            PortraitVersion version = services.portraits().version(info.id()).join();
            assertThat(version.snapshot().summary()).isEqualTo(state.summary());
            assertThat(version.snapshot().antiIcp()).hasSameSizeAs(state.antiIcp());
            assertThat(version.snapshot().characteristics()).filteredOn(item -> item.status().isPresent())
                    .hasSize((int) state.rows().stream().filter(CharacteristicRow::decided).count())
                    .allSatisfy(item -> assertThat(item.status()).contains(DecisionStatus.ACCEPTED));
            assertThat(version.snapshot().figures().activeCustomers()).isPositive();
        }
    }

    @Test
    void aPassageWhoseWordsAreNoLongerInItsAnswerFailsLoudly() {
        JsonNode broken = script.deepCopy();
        for (JsonNode interview : broken.get("interviews")) {
            if (interview.get("respondent").asText().equals("r04")) {
                for (JsonNode answer : interview.get("answers")) {
                    if (answer.get("question").asText().equals("7")) {
                        ObjectNode text = (ObjectNode) answer.get("text");
                        text.put("en", text.get("en").asText().replace("picking errors", "mis-picks"));
                    }
                }
            }
        }

        assertThatThrownBy(() -> new SampleProjectGenerator(Language.RU, broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("r04/7")
                .hasMessageContaining("Get rid of picking errors and stock discrepancies")
                .hasMessageContaining("en answer");
    }
}
