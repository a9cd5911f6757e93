package org.icpworkbench.gui.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.Tier;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardViewModelTest {

    @TempDir
    Path temp;

    @Test
    void theSampleIsTieredByTheProposedScorecardWhichIsEditedValidatedAndSaved() {
        FakeDialogService dialogs = new FakeDialogService();
        FakeScorecardDialogs scorecardDialogs = new FakeScorecardDialogs();
        try (TestWorkspace workspace = TestWorkspace.openIn(temp.resolve("ws"))) {
            var services = workspace.services();
            long projectId = services.samples().createSample(Language.EN).join().id();
            ScorecardViewModel scorecard = new ScorecardViewModel(Messages.of(Language.EN), dialogs, scorecardDialogs, Runnable::run, LocalDate::now);
            scorecard.attach(services.scorecards(), services.portraits(), services.customers());
            scorecard.load(projectId).join();

            // Proposed from the portrait, not saved yet, customers tiered with explanations.
            assertThat(scorecard.savedProperty().get()).isFalse();
            assertThat(scorecard.sourceProperty().get()).startsWith("Proposed from the portrait");
            assertThat(scorecard.criteria()).extracting(Criterion::kind).contains(CriterionKind.SEGMENT, CriterionKind.INDUSTRY,
                    CriterionKind.MIN_ANNUAL_REVENUE);
            assertThat(scorecard.customers()).hasSize(services.customers().list(projectId).join().size());
            assertThat(scorecard.customers()).extracting(ScorecardViewModel.AccountRow::tier).contains(Tier.A, Tier.C);
            assertThat(scorecard.customers().getFirst().score()).isGreaterThanOrEqualTo(scorecard.customers().getLast().score());
            assertThat(scorecard.shareProperty().get()).startsWith("Active customers: 31, of them tier A: ");
            scorecard.selectedCustomerProperty().set(scorecard.customers().getFirst());
            assertThat(scorecard.customerExplanations()).hasSize(scorecard.criteria().size());
            assertThat(scorecard.customerExplanations().getFirst()).isEqualTo("Segment “Mid-size distributors” is in the list (+5 of 5)");
            assertThat(scorecard.canSave().get()).isTrue();

            // Thresholds are checked: A must be above B.
            scorecard.tierBProperty().set(90);
            assertThat(scorecard.problemProperty().get()).isEqualTo("The tier A threshold (80) must be higher than the tier B threshold (90).");
            assertThat(scorecard.canSave().get()).isFalse();
            scorecard.tierBProperty().set(50);
            assertThat(scorecard.problemProperty().get()).isEmpty();

            // A lower weight for the segment moves scores; saving stores it.
            // (A customer matching some criteria but not all moves; one matching all stays at 100.)
            Criterion segment = scorecard.criteria().getFirst();
            var partial = scorecard.customers().stream().filter(account -> account.score() > 0 && account.score() < 100)
                    .findFirst().orElseThrow();
            scorecard.setWeight(segment, 1);
            assertThat(scorecard.dirtyProperty().get()).isTrue();
            assertThat(scorecard.customers().stream().filter(row -> row.account().id() == partial.account().id()).findFirst()
                    .orElseThrow().score()).isNotEqualTo(partial.score());
            scorecard.save().join();
            assertThat(scorecard.dirtyProperty().get()).isFalse();
            assertThat(scorecard.sourceProperty().get()).startsWith("Saved scorecard");
            assertThat(dialogs.notifications).contains("Scorecard saved.");
            assertThat(services.scorecards().saved(projectId).join().orElseThrow().criteria().getFirst().weight()).isEqualTo(1);

            // A criterion added through the editor.
            scorecardDialogs.criterionReplies.add(editor -> {
                editor.kindProperty().set(CriterionKind.CHANNEL);
                assertThat(editor.valid().get()).isFalse();
                editor.setChosen("referral", true);
                editor.weightProperty().set(4);
            });
            scorecard.addCriterion();
            assertThat(scorecard.criteria().getLast().values()).containsExactly("referral");
            assertThat(scorecard.valuesOf(scorecard.criteria().getLast())).isEqualTo("Referral or recommendation");
        }
    }

    @Test
    void aProspectAddedByHandIsScoredAndExplained() {
        FakeDialogService dialogs = new FakeDialogService();
        FakeScorecardDialogs scorecardDialogs = new FakeScorecardDialogs();
        try (TestWorkspace workspace = TestWorkspace.openIn(temp.resolve("ws"))) {
            var services = workspace.services();
            long projectId = services.samples().createSample(Language.EN).join().id();
            ScorecardViewModel scorecard = new ScorecardViewModel(Messages.of(Language.EN), dialogs, scorecardDialogs, Runnable::run, LocalDate::now);
            scorecard.attach(services.scorecards(), services.portraits(), services.customers());
            scorecard.load(projectId).join();

            scorecardDialogs.prospectReplies.add(editor -> {
                editor.nameProperty().set("Delta Foods");
                assertThat(editor.valid().get()).isTrue();
                editor.annualRevenueProperty().set("lots");
                assertThat(editor.problem().get()).isEqualTo("“lots” is not a number.");
                editor.annualRevenueProperty().set("2,000,000");
                editor.segmentProperty().set("Mid-size distributors");
                editor.industryProperty().set("Food distribution");
                editor.sizeBandProperty().set(editor.labels(CriterionKind.SIZE_BAND).get(3));
                editor.regionProperty().set("Central");
            });
            scorecard.addProspect().join();

            assertThat(scorecard.prospects()).singleElement().satisfies(row -> {
                assertThat(row.name()).isEqualTo("Delta Foods");
                assertThat(row.tier()).isIn(Tier.A, Tier.B);
            });
            assertThat(scorecard.selectedProspectProperty().get()).isNotNull();
            assertThat(scorecard.prospectExplanations()).contains("Segment “Mid-size distributors” is in the list (+5 of 5)");
            assertThat(scorecard.prospectSummaryProperty().get()).startsWith("Prospects: 1;");
            assertThat(services.scorecards().prospects(projectId).join()).singleElement()
                    .satisfies(p -> assertThat(p.data().sizeBand()).isEqualTo("51-200"));
        }
    }
}
