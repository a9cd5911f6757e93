package org.icpworkbench.gui.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.gui.main.FakeFeatureDialogs;
import org.icpworkbench.gui.main.MainWindowViewModel;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.interview.StructuredValues;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interview runner without a window: real workspace, real autosaver, scripted dialogs. */
class InterviewRunnerViewModelTest {

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeFeatureDialogs features = new FakeFeatureDialogs();
    private MainWindowViewModel main;

    @BeforeEach
    void setUp() {
        workspace = TestWorkspace.openIn(temp.resolve("ws"));
        workspace.services().projects().create(ProjectDetails.named("Acme")).join();
        main = new MainWindowViewModel(Messages.of(Language.EN), dialogs, features.all(), Runnable::run,
                new UserSettingsStore(temp.resolve("config")));
        main.attach(workspace.services(), false).join();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private InterviewRunnerViewModel begin(Audience audience, boolean extension) {
        features.interview.startReplies.add(start -> {
            start.audienceProperty().set(audience);
            start.includeExtensionProperty().set(extension);
            start.nameProperty().set("Olga Petrova");
            start.roleProperty().set("Head of Sales");
            start.consentGivenProperty().set(true);
            start.interviewerProperty().set("Anna");
        });
        main.startInterview().join();
        return main.activeInterviewProperty().get();
    }

    private InterviewSheet stored(InterviewRunnerViewModel runner) {
        return workspace.services().interviews().sheet(runner.interviewId()).join();
    }

    @Test
    void anInterviewShowsTheQuestionsOfItsAudienceStartingAtTheFirst() {
        InterviewRunnerViewModel runner = begin(Audience.SALES, false);

        assertThat(runner.pages()).extracting(page -> page.question().code())
                .containsExactly("6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(runner.currentProperty().get().question().code()).isEqualTo("6");
        assertThat(runner.progressText().get()).isEqualTo("1 of 8");
        assertThat(workspace.services().interviews().respondents(runner.projectId()).join())
                .singleElement().satisfies(r -> assertThat(r.consentGiven()).isTrue());
    }

    @Test
    void customersGetTheExtensionOnlyWhenAskedFor() {
        assertThat(begin(Audience.CUSTOMERS, true).pages()).extracting(p -> p.question().code()).endsWith("A1", "A2");
        main.activeInterviewProperty().get().close().join();
        assertThat(begin(Audience.CUSTOMERS, false).pages()).extracting(p -> p.question().code()).doesNotContain("A1");
    }

    @Test
    void typedAnswersFlagsNotesAndValuesAreSavedAndTheIndicatorSaysWhen() {
        InterviewRunnerViewModel runner = begin(Audience.SALES, false);
        runner.currentProperty().get().textProperty().set("Mostly through referrals.");
        runner.currentProperty().get().setValue("channel", "referral");
        runner.toggleFlag();
        runner.currentProperty().get().noteProperty().set("Check with marketing");
        runner.next();
        runner.toggleNotAsked();

        runner.close().join();

        InterviewSheet sheet = stored(runner);
        var first = sheet.answerTo(sheet.questions().get(0)).orElseThrow();
        assertThat(first.text()).isEqualTo("Mostly through referrals.");
        assertThat(StructuredValues.read(first.structuredValue())).isEqualTo(Map.of("channel", "referral"));
        assertThat(first.flagged()).isTrue();
        assertThat(first.note()).isEqualTo("Check with marketing");
        assertThat(sheet.answerTo(sheet.questions().get(1)).orElseThrow().notAsked()).isTrue();
        assertThat(runner.saveStateProperty().get()).startsWith("Saved at ");
        assertThat(main.activeInterviewProperty().get()).isNull();
        assertThat(sheet.details().status()).isEqualTo(InterviewStatus.DRAFT);
    }

    @Test
    void aResumedInterviewLandsOnTheFirstUnansweredQuestion() {
        InterviewRunnerViewModel runner = begin(Audience.SERVICE_TEAM, false);
        runner.currentProperty().get().textProperty().set("Distributors");
        runner.next();
        runner.currentProperty().get().textProperty().set("Six weeks");
        runner.close().join();

        main.openInterview(runner.interviewId()).join();

        InterviewRunnerViewModel resumed = main.activeInterviewProperty().get();
        assertThat(resumed.currentProperty().get().question().code()).isEqualTo("3");
        assertThat(resumed.pages().get(0).textProperty().get()).isEqualTo("Distributors");
        assertThat(resumed.answeredText().get()).isEqualTo("2 of 5 answered");
    }

    @Test
    void finishingMarksTheInterviewCompleteWithItsDuration() {
        InterviewRunnerViewModel runner = begin(Audience.PROFITABILITY, false);
        for (int i = 0; i < runner.pages().size(); i++) {
            runner.currentProperty().get().textProperty().set("Answer " + (i + 1));
            runner.next();
        }
        assertThat(runner.modeProperty().get()).isEqualTo(InterviewRunnerViewModel.Mode.REVIEW);
        runner.tick(java.time.Instant.now().plusSeconds(125));

        runner.finish().join();

        InterviewSheet sheet = stored(runner);
        assertThat(sheet.details().status()).isEqualTo(InterviewStatus.COMPLETE);
        assertThat(sheet.details().durationSeconds()).isGreaterThanOrEqualTo(125);
        assertThat(sheet.answeredCount()).isEqualTo(6);
    }

    @Test
    void numbersAreReadGentlyAndOutOfRangeValuesExplainThemselves() {
        InterviewRunnerViewModel runner = begin(Audience.SALES, false);
        QuestionPageViewModel page = runner.pages().get(0);

        assertThat(page.parseNumber("1 250,5", null, null).number()).contains(new BigDecimal("1250.5"));
        assertThat(page.parseNumber("abc", null, null).problem()).contains("Enter a number, for example 12 or 3.5.");
        assertThat(page.parseNumber("120", BigDecimal.ZERO, BigDecimal.valueOf(100)).problem())
                .contains("Enter a number from 0 to 100.");
        assertThat(page.parseNumber("", null, null).problem()).isEmpty();
    }

    @Test
    void thousandsTypedInTheEnglishWindowAreNotReadAsDecimals() {
        QuestionPageViewModel page = begin(Audience.SALES, false).pages().get(0);

        assertThat(page.parseNumber("420,000", null, null).number()).contains(new BigDecimal("420000"));
        assertThat(page.parseNumber("420 000", null, null).number()).contains(new BigDecimal("420000"));
        assertThat(page.parseNumber("420000.50", null, null).number()).contains(new BigDecimal("420000.50"));
        assertThat(page.parseAmount("420.000", BigDecimal.ZERO, null).problem())
                .contains("This could mean 420,000 or 420: type it as one of these.");
        assertThat(page.formatNumber(new BigDecimal("420000"))).isEqualTo("420,000");
    }

    @Test
    void theStartDialogNeedsARespondent() {
        var start = new StartInterviewViewModel(1, List.of(), "", java.time.LocalDate.now(), Messages.of(Language.EN));
        assertThat(start.canBegin().get()).isFalse();
        start.nameProperty().set("Ivan");
        assertThat(start.canBegin().get()).isTrue();
        assertThat(start.toStart().newRespondent()).map(r -> r.name()).contains("Ivan");
        assertThat(start.toStart().respondentId()).isEqualTo(Optional.empty());
    }

    @Test
    void theChosenLayoutIsRememberedForTheNextInterview() {
        InterviewRunnerViewModel first = begin(Audience.SALES, false);
        first.modeProperty().set(InterviewRunnerViewModel.Mode.ALL_QUESTIONS);
        first.close().join();
        new UserSettingsStore(temp.resolve("config")).awaitWrites();

        InterviewRunnerViewModel second = begin(Audience.CUSTOMERS, false);

        assertThat(second.modeProperty().get()).isEqualTo(InterviewRunnerViewModel.Mode.ALL_QUESTIONS);
        assertThat(new UserSettingsStore(temp.resolve("config")).load().allQuestionsOnOnePage()).isTrue();
    }

    private static org.icpworkbench.model.customer.CustomerData account(String segment, String churn, int revenue, int margin) {
        return new org.icpworkbench.model.customer.CustomerData("Account", segment, "", "", "",
                Optional.of(java.time.LocalDate.of(2024, 1, 1)),
                churn == null ? org.icpworkbench.model.customer.CustomerStatus.ACTIVE
                        : org.icpworkbench.model.customer.CustomerStatus.CHURNED,
                Optional.ofNullable(churn).map(java.time.LocalDate::parse), Optional.of(BigDecimal.valueOf(revenue)),
                Optional.of(BigDecimal.valueOf(margin)), Optional.empty(), Optional.of(1), List.of(), Optional.empty(), "");
    }

    @Test
    void questionsNineteenAndTwentyOneShowTheFiguresOfTheCustomerData() {
        InterviewRunnerViewModel runner = begin(Audience.PROFITABILITY, false);
        var customers = workspace.services().customers();
        java.time.LocalDate asOf = java.time.LocalDate.of(2026, 6, 30);
        QuestionPageViewModel profitable = runner.pages().stream().filter(p -> p.question().code().equals("19")).findFirst().orElseThrow();
        QuestionPageViewModel mix = runner.pages().stream().filter(p -> p.question().code().equals("21")).findFirst().orElseThrow();

        runner.showCustomerFigures(customers, asOf).join();

        assertThat(runner.pages()).filteredOn(QuestionPageViewModel::asksForCustomerFigures).containsExactly(profitable, mix);
        assertThat(profitable.customerFiguresProperty().get())
                .isEqualTo("No customer data yet: add or import customers on the Customers tab to see the figures here.");

        // Distributors: 2 active (1,000,000 and 2,000,000 at 50%), 1 of 3 churned in the window → lifetime 3 years,
        // CLV 750,000 × 3 = 2,250,000. Shops: 1 active, no churn → capped at 10 years, CLV 100,000 × 10 = 1,000,000.
        customers.insertAll(runner.projectId(), List.of(
                account("Distributors", null, 1_000_000, 50),
                account("Distributors", null, 2_000_000, 50),
                account("Distributors", "2026-01-31", 500_000, 50),
                account("Shops", null, 1_000_000, 10))).join();
        runner.showCustomerFigures(customers, asOf).join();

        assertThat(profitable.customerFiguresTitleProperty().get()).isEqualTo("From your customer data (as of 30 Jun 2026)");
        assertThat(profitable.customerFiguresProperty().get()).isEqualTo(String.join("\n",
                "Segments by CLV",
                "1. Distributors — 2,250,000",
                "2. Shops — 1,000,000 (10-year cap)",
                "Segments by total gross margin",
                "1. Distributors — 1,500,000 a year, 50% margin",
                "2. Shops — 100,000 a year, 10% margin"));
        assertThat(mix.customerFiguresProperty().get()).isEqualTo(String.join("\n",
                "Active customers by segment",
                "Distributors — 2 customers, 75% of revenue",
                "Shops — 1 customer, 25% of revenue",
                "Total: 3 customers, annual revenue 4,000,000"));
        assertThat(runner.pages().stream().filter(p -> p.question().code().equals("20")).findFirst().orElseThrow()
                .customerFiguresTitleProperty().get()).isEmpty();
    }
}
