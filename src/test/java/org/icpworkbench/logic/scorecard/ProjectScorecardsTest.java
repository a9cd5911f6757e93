package org.icpworkbench.logic.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.Tier;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectScorecardsTest {

    @TempDir
    Path temp;

    @Test
    void theSampleGetsAScorecardFromItsPortraitWithUnmatchableWordingReplacedByCustomerValues() {
        try (TestWorkspace workspace = TestWorkspace.openIn(temp.resolve("ws"))) {
            var services = workspace.services();
            long id = services.samples().createSample(Language.EN).join().id();
            var proposal = new ProjectScorecards(services.portraits(), services.customers())
                    .propose(id, LocalDate.now(), Messages.of(Language.EN)).join();

            assertThat(proposal.source()).isEqualTo(ProjectScorecards.Source.PORTRAIT);
            assertThat(proposal.segment()).isEqualTo("Mid-size distributors");
            assertThat(proposal.scorecard().criteria()).extracting(Criterion::kind).startsWith(CriterionKind.SEGMENT,
                    CriterionKind.INDUSTRY, CriterionKind.SIZE_BAND, CriterionKind.REGION, CriterionKind.DECISION_MAKER,
                    CriterionKind.CHANNEL, CriterionKind.MIN_ANNUAL_REVENUE);
            assertThat(proposal.replacedKinds()).containsExactly(CriterionKind.INDUSTRY, CriterionKind.REGION);
            assertThat(proposal.scorecard().criteria().get(1).values()).contains("Food distribution");
            assertThat(proposal.scorecard().criteria().get(2).values()).containsExactly("51-200");
            assertThat(ScorecardService.validate(proposal.scorecard())).isEqualTo(proposal.scorecard());

            var scores = ScorecardCalculator.scoreCustomers(proposal.scorecard(), services.customers().list(id).join());
            assertThat(scores.accounts()).extracting(a -> a.tier()).contains(Tier.A, Tier.B, Tier.C);
            assertThat(scores.share().activeCustomers()).isEqualTo(31);
            assertThat(scores.share().tierACustomers()).isPositive();
        }
    }

    @Test
    void aProjectWithoutPortraitOrCustomersGetsNothingThatScores() {
        try (TestWorkspace workspace = TestWorkspace.openIn(temp.resolve("ws"))) {
            var services = workspace.services();
            long id = services.projects().create(ProjectDetails.named("Empty")).join().id();
            var proposal = new ProjectScorecards(services.portraits(), services.customers())
                    .propose(id, LocalDate.now(), Messages.of(Language.EN)).join();
            assertThat(proposal.source()).isEqualTo(ProjectScorecards.Source.NONE);
            assertThat(proposal.scorecard().canScore()).isFalse();
        }
    }
}
