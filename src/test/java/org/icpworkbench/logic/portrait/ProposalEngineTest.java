package org.icpworkbench.logic.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.logic.customer.CustomerMetrics;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.questionnaire.BuiltInQuestionnaire;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.interview.Answer;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.Evidence;
import org.icpworkbench.model.portrait.Proposal;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.junit.jupiter.api.Test;

class ProposalEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    private final Map<String, Question> questions = new HashMap<>();
    private final List<PortraitInputs.Interview> interviews = new ArrayList<>();
    private final List<PortraitInputs.InterviewAnswer> answers = new ArrayList<>();
    private final List<CodedPassage> passages = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private final List<CustomerData> customers = new ArrayList<>();
    private final Map<Long, String> products = new HashMap<>();

    ProposalEngineTest() {
        long id = 100;
        for (Question q : BuiltInQuestionnaire.definition().questions()) {
            questions.put(q.code(), new Question(id++, q.code(), q.position(), q.audience(), q.part(), q.optional(), q.text(),
                    q.guidance(), q.characteristics(), q.fields()));
        }
    }

    private long interview(Audience audience, String name) {
        long id = interviews.size() + 1;
        interviews.add(new PortraitInputs.Interview(id, id * 10, audience, InterviewStatus.COMPLETE, AS_OF.minusDays(40 - id),
                name, "Role " + id, "Company " + id, true));
        return id;
    }

    private long answer(long interviewId, String code, String text, String json) {
        return answer(interviewId, code, text, json, false);
    }

    private long answer(long interviewId, String code, String text, String json, boolean notAsked) {
        long id = answers.size() + 1;
        answers.add(new PortraitInputs.InterviewAnswer(id, interviewId,
                new Answer(questions.get(code).id(), text, json, false, notAsked, "", Instant.EPOCH)));
        return id;
    }

    private long tag(String name) {
        long id = tags.size() + 1;
        tags.add(new Tag(id, 1, name, "#000000", "", Optional.empty()));
        return id;
    }

    private void passage(long answerId, String text, boolean starred, Long... tagIds) {
        PortraitInputs.InterviewAnswer answer = answers.get((int) answerId - 1);
        PortraitInputs.Interview interview = interviews.get((int) answer.interviewId() - 1);
        passages.add(new CodedPassage(passages.size() + 1, answerId, interview.id(), "?", 0, text.length(), text, starred,
                List.of(tagIds), interview.respondentName(), interview.respondentRole(), interview.respondentCompany(),
                interview.audience(), interview.date()));
    }

    private List<Proposal> propose(Language language) {
        PortraitInputs inputs = new PortraitInputs(1, interviews, Map.copyOf(questionsById()), answers, passages, tags,
                products, customers);
        return ProposalEngine.propose(inputs, CustomerMetrics.compute(customers, AS_OF), Messages.of(language));
    }

    private Map<Long, Question> questionsById() {
        Map<Long, Question> byId = new HashMap<>();
        questions.values().forEach(q -> byId.put(q.id(), q));
        return byId;
    }

    private Proposal proposal(Characteristic characteristic, Language language) {
        return propose(language).get(characteristic.ordinal());
    }

    private static String duration(int amount, String unit) {
        return "{\"salesCycle\":{\"amount\":" + amount + ",\"unit\":\"" + unit + "\"}}";
    }

    private static String firmographics(String industry, String sizeBand) {
        return "{\"firmographics\":{\"industry\":\"" + industry + "\",\"sizeBand\":\"" + sizeBand + "\"}}";
    }

    @Test
    void withoutAnythingEveryCharacteristicGetsAnEmptyProposalInEnumOrder() {
        List<Proposal> proposals = propose(Language.EN);

        assertThat(proposals).extracting(Proposal::characteristic).containsExactly(Characteristic.values());
        assertThat(proposals).allSatisfy(p -> {
            assertThat(p.value()).isEmpty();
            assertThat(p.hasEvidence()).isFalse();
            assertThat(p.evidence()).isEmpty();
            assertThat(p.coverage().respondents()).isZero();
            assertThat(p.coverage().missing()).isEqualTo(Characteristic.RESPONDENTS_NEEDED);
        });
    }

    @Test
    void theSalesCycleIsTheMedianWithItsRangeInTheUnitMostUsed() {
        int[] months = {1, 3, 6, 2, 3};
        for (int i = 0; i < months.length; i++) {
            answer(interview(Audience.SALES, "Seller " + i), "11", "About " + months[i] + " months.", duration(months[i], "MONTHS"));
        }

        Proposal en = proposal(Characteristic.SALES_CYCLE, Language.EN);
        Proposal ru = proposal(Characteristic.SALES_CYCLE, Language.RU);

        assertThat(en.value()).isEqualTo("median 3 months (1–6 months), 5 answers");
        assertThat(ru.value()).isEqualTo("медиана — 3 месяца (от 1 до 6 месяцев), 5 ответов");
        assertThat(en.supporting()).isEqualTo(5);
        assertThat(en.considered()).isEqualTo(5);
        assertThat(en.audiences()).containsExactly(Audience.SALES);
        assertThat(en.evidence()).hasSize(5).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Evidence.Kind.ANSWER);
            assertThat(e.questionCode()).isEqualTo("11");
        });
        assertThat(en.evidence().getFirst().text()).isEqualTo("1 month — “About 1 months.”");
        assertThat(en.coverage().respondents()).isEqualTo(5);
        assertThat(en.coverage().sufficient()).isTrue();
    }

    @Test
    void anEvenCountTakesTheMeanOfTheMiddleValuesAndMixedUnitsAreNormalised() {
        answer(interview(Audience.SERVICE_TEAM, "A"), "2", "", "{\"timeToValue\":{\"amount\":6,\"unit\":\"WEEKS\"}}");
        answer(interview(Audience.SERVICE_TEAM, "B"), "2", "", "{\"timeToValue\":{\"amount\":8,\"unit\":\"WEEKS\"}}");
        answer(interview(Audience.SERVICE_TEAM, "C"), "2", "", "{\"timeToValue\":{\"amount\":2,\"unit\":\"MONTHS\"}}");
        answer(interview(Audience.SERVICE_TEAM, "D"), "2", "", "{\"timeToValue\":{\"amount\":14,\"unit\":\"DAYS\"}}");

        // days 14, 42, 56, 60.875: median (42 + 56) / 2 = 49 days = 7 weeks; max 8.7 weeks
        assertThat(proposal(Characteristic.TIME_TO_VALUE, Language.EN).value())
                .isEqualTo("median 7 weeks (2–8.7 weeks), 4 answers");
        assertThat(proposal(Characteristic.TIME_TO_VALUE, Language.RU).value())
                .isEqualTo("медиана — 7 недель (от 2 до 8,7 недели), 4 ответа");
    }

    @Test
    void equalDurationsNeedNoRangeAndOneAnswerReadsInTheSingular() {
        answer(interview(Audience.SALES, "A"), "11", "", duration(1, "YEARS"));

        assertThat(proposal(Characteristic.SALES_CYCLE, Language.EN).value()).isEqualTo("1 year, 1 answer");
        assertThat(proposal(Characteristic.SALES_CYCLE, Language.RU).value()).isEqualTo("1 год, 1 ответ");
    }

    @Test
    void firmographicsShowTheValuesOfAtLeastTwoRespondentsIgnoringCase() {
        String[] industries = {"Food distribution", "Auto parts", "food distribution ", "Retail", "Food distribution", "Auto parts"};
        for (int i = 0; i < industries.length; i++) {
            answer(interview(Audience.SERVICE_TEAM, "S" + i), "1", "", firmographics(industries[i], i < 4 ? "51-200" : "201-500"));
        }

        Proposal industry = proposal(Characteristic.INDUSTRY, Language.EN);
        assertThat(industry.value()).isEqualTo("Food distribution — 3 of 6 respondents; Auto parts — 2 of 6 respondents");
        assertThat(industry.matchValues()).containsExactly("Food distribution", "Auto parts");
        assertThat(industry.supporting()).isEqualTo(5);
        assertThat(industry.considered()).isEqualTo(6);

        Proposal size = proposal(Characteristic.COMPANY_SIZE, Language.RU);
        assertThat(size.value()).isEqualTo("51–200 сотрудников — 4 из 6 респондентов; 201–500 сотрудников — 2 из 6 респондентов");
        assertThat(size.matchValues()).containsExactly("51-200", "201-500");
        assertThat(proposal(Characteristic.GEOGRAPHY, Language.EN).hasEvidence()).isFalse();
    }

    @Test
    void withoutRepeatedValuesTheFirstAlphabeticallyOfTheTiedIsShown() {
        answer(interview(Audience.SERVICE_TEAM, "A"), "1", "", firmographics("Retail", "1-10"));
        answer(interview(Audience.SERVICE_TEAM, "B"), "1", "", firmographics("Building materials", "1-10"));
        answer(interview(Audience.SERVICE_TEAM, "C"), "1", "", firmographics("Chemicals", "1-10"));

        Proposal industry = proposal(Characteristic.INDUSTRY, Language.RU);
        assertThat(industry.value()).isEqualTo("Building materials — 1 из 3 респондентов");
        assertThat(industry.matchValues()).containsExactly("Building materials");
        assertThat(industry.supporting()).isEqualTo(1);
    }

    @Test
    void russianCountsAgreeWithTheirNumbers() {
        for (int i = 0; i < 21; i++) {
            answer(interview(Audience.SALES, "S" + i), "6", "", i == 0 ? "{\"channel\":\"event\"}" : "{\"channel\":\"referral\"}");
        }
        assertThat(proposal(Characteristic.ACQUISITION_CHANNEL, Language.RU).value())
                .startsWith("Рекомендация").endsWith(" — 20 из 21 респондента");
        assertThat(proposal(Characteristic.ACQUISITION_CHANNEL, Language.EN).value())
                .isEqualTo("Referral or recommendation — 20 of 21 respondents");
    }

    @Test
    void aChoiceProposesItsMostCommonOptionWithTheOptionKeysToMatch() {
        answer(interview(Audience.SALES, "A"), "6", "", "{\"channel\":\"referral\"}");
        answer(interview(Audience.SALES, "B"), "6", "", "{\"channel\":\"event\"}");
        answer(interview(Audience.SALES, "C"), "6", "", "{\"channel\":\"referral\"}");
        answer(interview(Audience.SALES, "D"), "13", "", "{\"decisionMaker\":\"cfo\"}");

        Proposal channel = proposal(Characteristic.ACQUISITION_CHANNEL, Language.EN);
        assertThat(channel.value()).isEqualTo("Referral or recommendation — 2 of 3 respondents");
        assertThat(channel.matchValues()).containsExactly("referral");
        assertThat(channel.supporting()).isEqualTo(2);
        assertThat(channel.considered()).isEqualTo(3);
        assertThat(channel.evidence()).extracting(Evidence::respondent).containsExactly("A", "C", "B");

        Proposal decisionMaker = proposal(Characteristic.DECISION_MAKER, Language.RU);
        assertThat(decisionMaker.value()).isEqualTo("Финансовый директор — 1 из 1 респондента");
        assertThat(decisionMaker.matchValues()).containsExactly("cfo");
    }

    @Test
    void loyaltyIsTheNpsOfTheInterviewsWithTheCustomersNpsAsEvidence() {
        int[] scores = {9, 8, 9, 6};
        for (int score : scores) {
            answer(interview(Audience.CUSTOMERS, "C" + score), "18", "", "{\"nps\":" + score + "}");
        }
        customers.add(customer("Alpha", "Mid", 9));
        customers.add(customer("Beta", "Mid", 3));

        Proposal loyalty = proposal(Characteristic.LOYALTY, Language.EN);
        assertThat(loyalty.value()).isEqualTo("NPS +25, 4 answers");
        assertThat(loyalty.evidence().getLast().kind()).isEqualTo(Evidence.Kind.CUSTOMER_DATA);
        assertThat(loyalty.evidence().getLast().text()).isEqualTo("Active customers: NPS 0, scores of 2 customers");
        assertThat(proposal(Characteristic.LOYALTY, Language.RU).value()).isEqualTo("NPS — +25, 4 ответа");
    }

    @Test
    void yesNoCountsTheYesesAndTheContactRoleComesFirst() {
        answer(interview(Audience.SERVICE_TEAM, "A"), "5", "", "{\"contactRole\":\"Warehouse manager\",\"isDecisionMaker\":false}");
        answer(interview(Audience.SERVICE_TEAM, "B"), "5", "", "{\"contactRole\":\"warehouse manager\",\"isDecisionMaker\":true}");
        answer(interview(Audience.SERVICE_TEAM, "C"), "5", "", "{\"contactRole\":\"IT lead\",\"isDecisionMaker\":false}");

        assertThat(proposal(Characteristic.DAY_TO_DAY_CONTACT, Language.EN).value()).isEqualTo(
                "Warehouse manager — 2 of 3 respondents; Is this person the decision maker: yes — 1 of 3 respondents");
        assertThat(proposal(Characteristic.DAY_TO_DAY_CONTACT, Language.RU).value()).endsWith("Принимает ли этот человек решения: «да» — 1 из 3 респондентов");
    }

    @Test
    void catalogueAnswersRankProductsByRespondents() {
        products.put(1L, "WMS");
        products.put(2L, "Mobile app");
        products.put(3L, "Analytics");
        answer(interview(Audience.SERVICE_TEAM, "A"), "4", "", "{\"products\":[1,2]}");
        answer(interview(Audience.SERVICE_TEAM, "B"), "4", "", "{\"products\":[1,3]}");
        answer(interview(Audience.SERVICE_TEAM, "C"), "4", "", "{\"products\":[1,2]}");

        Proposal bought = proposal(Characteristic.PRODUCTS_BOUGHT, Language.EN);
        assertThat(bought.value()).isEqualTo("WMS (3 respondents), Mobile app (2 respondents), Analytics (1 respondent)");
        assertThat(bought.matchValues()).containsExactly("WMS", "Mobile app", "Analytics");
    }

    @Test
    void moneyAndNumbersAreMedians() {
        answer(interview(Audience.SALES, "A"), "9", "", "{\"firstPurchaseAmount\":{\"amount\":450000,\"currency\":\"RUB\"}}");
        answer(interview(Audience.SALES, "B"), "9", "", "{\"firstPurchaseAmount\":{\"amount\":380000,\"currency\":\"RUB\"}}");
        answer(interview(Audience.SALES, "C"), "9", "", "{\"firstPurchaseAmount\":{\"amount\":2400000,\"currency\":\"RUB\"}}");
        answer(interview(Audience.PROFITABILITY, "D"), "21", "", "{\"icpCount\":38,\"icpShare\":27}");
        answer(interview(Audience.PROFITABILITY, "E"), "21", "", "{\"icpCount\":41,\"icpShare\":29}");

        assertThat(proposal(Characteristic.FIRST_PURCHASE, Language.EN).value())
                .isEqualTo("median 450,000\u00A0RUB (380,000–2,400,000\u00A0RUB), 3 answers");
        assertThat(proposal(Characteristic.ICP_SHARE, Language.EN).value())
                .isEqualTo("median 39.5 (38–41), 2 answers; ICP share of the customer base: median 28% (27–29%), 2 answers");
        assertThat(proposal(Characteristic.ICP_SHARE, Language.RU).value()).endsWith("медиана — 28\u00A0% (от 27 до 29\u00A0%), 2 ответа");
    }

    @Test
    void textCharacteristicsProposeTheTagsOfMostRespondentsWithStarredQuotesFirst() {
        long errors = tag("Fewer picking errors");
        long speed = tag("Fast go-live");
        long a = answer(interview(Audience.SALES, "A"), "7", "They want fewer picking errors and a fast start.", "{}");
        long b = answer(interview(Audience.SALES, "B"), "7", "Picking errors cost them customers.", "{}");
        answer(interview(Audience.SALES, "C"), "7", "Growth.", "{}");
        passage(a, "fewer picking errors", false, errors);
        passage(a, "a fast start", true, speed);
        passage(b, "Picking errors cost them customers", false, errors);

        Proposal goals = proposal(Characteristic.GOALS, Language.EN);
        assertThat(goals.value()).isEqualTo("Fewer picking errors (2 respondents), Fast go-live (1 respondent)");
        assertThat(goals.supporting()).isEqualTo(2);
        assertThat(goals.considered()).isEqualTo(3);
        assertThat(goals.matchValues()).isEmpty();
        assertThat(goals.evidence()).extracting(Evidence::kind).containsExactly(Evidence.Kind.STARRED_QUOTE,
                Evidence.Kind.QUOTE, Evidence.Kind.QUOTE, Evidence.Kind.ANSWER, Evidence.Kind.ANSWER, Evidence.Kind.ANSWER);
        assertThat(goals.evidence().getFirst().text()).isEqualTo("a fast start");
        assertThat(goals.evidence().getFirst().respondent()).isEqualTo("A");
        assertThat(goals.evidence().getFirst().audience()).isEqualTo(Audience.SALES);
        assertThat(proposal(Characteristic.GOALS, Language.RU).value())
                .isEqualTo("Fewer picking errors (2 респондента), Fast go-live (1 респондент)");
    }

    @Test
    void untaggedAnswersAreCountedAndShownAsExcerpts() {
        answer(interview(Audience.SALES, "A"), "8", "Price.", "{}");
        answer(interview(Audience.SALES, "B"), "8", "x".repeat(500), "{}");

        Proposal objections = proposal(Characteristic.OBJECTIONS, Language.RU);
        assertThat(objections.value()).isEqualTo("2 ответа, пока без тегов");
        assertThat(objections.supporting()).isZero();
        assertThat(objections.considered()).isEqualTo(2);
        assertThat(objections.evidence()).extracting(Evidence::text).first().isEqualTo("Price.");
        assertThat(objections.evidence().get(1).text()).hasSize(201).endsWith("…");
        assertThat(proposal(Characteristic.OBJECTIONS, Language.EN).value()).isEqualTo("2 answers, not yet tagged");
    }

    @Test
    void coverageCountsRespondentsOfTheAudienceAndAnswersOfAll() {
        long first = interview(Audience.SALES, "A");
        answer(first, "10", "", "{\"lifetime\":{\"amount\":5,\"unit\":\"YEARS\"}}");
        answer(interview(Audience.SALES, "B"), "10", "", "{}", true);
        answer(interview(Audience.SERVICE_TEAM, "C"), "3", "Four years or so.", "{}");
        answer(interview(Audience.SERVICE_TEAM, "D"), "3", "", "{}");

        Proposal lifetime = proposal(Characteristic.LIFETIME, Language.EN);
        assertThat(lifetime.coverage().audience()).isEqualTo(Audience.SERVICE_TEAM);
        assertThat(lifetime.coverage().respondents()).isEqualTo(1);
        assertThat(lifetime.coverage().missing()).isEqualTo(2);
        assertThat(lifetime.coverage().answers()).isEqualTo(2);
        assertThat(lifetime.value()).isEqualTo("5 years, 1 answer");
        assertThat(lifetime.audiences()).containsExactly(Audience.SALES);
    }

    @Test
    void theMostProfitableSegmentComesFromTheCustomerMetrics() {
        customers.add(revenueCustomer("Big A", "Enterprise", 1_000_000, "10"));
        customers.add(revenueCustomer("Mid A", "Mid", 300_000, "70"));
        customers.add(revenueCustomer("Mid B", "Mid", 200_000, "70"));
        customers.add(revenueCustomer("Mid C", "Mid", 300_000, "70"));

        Proposal segment = proposal(Characteristic.MOST_PROFITABLE_SEGMENT, Language.EN);
        assertThat(segment.value()).startsWith("Mid: highest CLV (");
        assertThat(segment.matchValues()).containsExactly("Mid");
        assertThat(segment.supporting()).isEqualTo(3);
        assertThat(segment.considered()).isEqualTo(4);
        assertThat(segment.evidence()).extracting(Evidence::kind).containsOnly(Evidence.Kind.CUSTOMER_DATA);
        assertThat(segment.evidence()).hasSize(2);
        assertThat(segment.evidence().getFirst().text()).startsWith("Mid: CLV ").endsWith(", 3 active customers");
        assertThat(proposal(Characteristic.MOST_PROFITABLE_SEGMENT, Language.RU).evidence().getFirst().text())
                .endsWith(", 3 активных клиента");
    }

    @Test
    void firmographicProposalsCarryTheActiveCustomersSpreadAsEvidence() {
        answer(interview(Audience.SERVICE_TEAM, "A"), "1", "", firmographics("Food", "51-200"));
        CustomerData food = revenueCustomer("F1", "Mid", 100_000, "50");
        customers.add(withIndustry(food, "Food"));
        customers.add(withIndustry(revenueCustomer("F2", "Mid", 100_000, "50"), "Food"));
        customers.add(withIndustry(revenueCustomer("A1", "Small", 10_000, "10"), "Auto"));

        Proposal industry = proposal(Characteristic.INDUSTRY, Language.RU);
        List<String> data = industry.evidence().stream().filter(e -> e.kind() == Evidence.Kind.CUSTOMER_DATA)
                .map(Evidence::text).toList();
        assertThat(data).containsExactly("Активные клиенты: Food — 2 из 3 клиентов", "Активные клиенты: Auto — 1 из 3 клиентов",
                "Сегмент с наибольшим CLV (Mid): Food — 2 из 2 клиентов");
    }

    private static CustomerData customer(String name, String segment, int nps) {
        return new CustomerData(name, segment, "", "", "", Optional.of(LocalDate.of(2022, 1, 1)), CustomerStatus.ACTIVE,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.of(nps), "");
    }

    private static CustomerData revenueCustomer(String name, String segment, long revenue, String margin) {
        return new CustomerData(name, segment, "", "", "", Optional.of(LocalDate.of(2022, 1, 1)), CustomerStatus.ACTIVE,
                Optional.empty(), Optional.of(BigDecimal.valueOf(revenue)), Optional.of(new BigDecimal(margin)),
                Optional.empty(), Optional.of(3), List.of(), Optional.empty(), "");
    }

    private static CustomerData withIndustry(CustomerData c, String industry) {
        return new CustomerData(c.name(), c.segment(), industry, c.sizeBand(), c.region(), c.firstPurchase(), c.status(),
                c.churnDate(), c.annualRevenue(), c.grossMarginPercent(), c.costToServe(), c.purchases(), c.productIds(),
                c.nps(), c.notes());
    }
}
