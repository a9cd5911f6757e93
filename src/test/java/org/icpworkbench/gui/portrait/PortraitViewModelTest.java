package org.icpworkbench.gui.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.Characteristic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortraitViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path temp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakePortraitDialogs portraitDialogs = new FakePortraitDialogs();
    private WorkspaceServices services;
    private long projectId;
    private PortraitViewModel portrait;

    @BeforeEach
    void open() {
        services = WorkspaceServices.open(temp.resolve("ws"), Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
        projectId = services.samples().createSample(Language.EN).join().id();
        portrait = new PortraitViewModel(Messages.of(Language.EN), dialogs, portraitDialogs, Runnable::run, () -> TODAY);
        portrait.attach(services.portraits());
        portrait.load(projectId).join();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private PortraitViewModel.Row select(Characteristic characteristic) {
        PortraitViewModel.Row row = portrait.rows().stream().filter(item -> item.source().characteristic() == characteristic)
                .findFirst().orElseThrow();
        portrait.selectedProperty().set(row);
        return row;
    }

    @Test
    void selectingACharacteristicShowsItsProposalCoverageAndEvidence() {
        assertThat(portrait.rows()).hasSize(Characteristic.values().length);
        PortraitViewModel.Row channel = select(Characteristic.ACQUISITION_CHANNEL);

        var proposal = channel.source().proposal();
        assertThat(portrait.proposalTextProperty().get()).isEqualTo(proposal.value());
        assertThat(channel.evidence()).isEqualTo(proposal.supporting() + " of " + proposal.considered());
        assertThat(channel.coverage()).isEqualTo(proposal.coverage().respondents() + " of 3 · Sales");
        assertThat(portrait.evidence()).hasSize(proposal.evidence().size());
        assertThat(portrait.coverageTextProperty().get()).contains("“Sales”");
        assertThat(portrait.coverageSummaryProperty().get()).endsWith("of 28 characteristics have enough evidence");
    }

    @Test
    void overridingThenResettingReturnsToTheProposal() {
        select(Characteristic.GEOGRAPHY);
        portrait.resetSelected().join();
        String proposed = portrait.selectedProperty().get().source().proposal().value();

        portrait.overrideTextProperty().set("Central and Volga regions, Ural later");
        portrait.overrideSelected().join();

        assertThat(portrait.selectedProperty().get().value()).isEqualTo("Central and Volga regions, Ural later");
        assertThat(portrait.selectedProperty().get().status()).isEqualTo("Overridden");
        assertThat(portrait.decisionTextProperty().get()).startsWith("Your own value since");

        portrait.resetSelected().join();
        assertThat(portrait.selectedProperty().get().value()).isEqualTo(proposed);
        assertThat(portrait.selectedProperty().get().source().decided()).isFalse();
    }

    @Test
    void aBlankOverrideIsRefusedWithAMessage() {
        select(Characteristic.GOALS);
        portrait.overrideTextProperty().set("  ");
        portrait.overrideSelected().join();

        assertThat(dialogs.errors).containsExactly("Write a value, or reset the characteristic to its proposal.");
    }

    @Test
    void theAntiIcpIsProposedFromTheCustomerDataOnceAndEntriesCanBeRemoved() {
        services.portraits().saveAntiIcp(projectId, java.util.List.of()).join();
        portrait.load(projectId).join();

        portrait.proposeAntiIcp().join();
        int proposed = portrait.antiIcp().size();
        assertThat(proposed).isPositive();
        assertThat(portrait.antiIcp()).allSatisfy(entry -> assertThat(entry.reason()).isNotBlank());

        portrait.proposeAntiIcp().join();
        assertThat(portrait.antiIcp()).hasSize(proposed);
        assertThat(dialogs.notifications).contains("The customer data suggests no further disqualifier.");

        AntiIcpEntry first = portrait.antiIcp().getFirst();
        portrait.removeAntiIcp(first).join();
        assertThat(portrait.antiIcp()).hasSize(proposed - 1).doesNotContain(first);
    }

    @Test
    void publishingAsksWhoPublishesAndTheComparisonListsTheChange() {
        int before = portrait.versions().size();
        dialogs.textReplies.add(Optional.of("Anna Whitfield"));
        portrait.publish().join();
        select(Characteristic.GEOGRAPHY);
        portrait.overrideTextProperty().set("Siberia");
        portrait.overrideSelected().join();
        dialogs.textReplies.add(Optional.of("Anna Whitfield"));
        portrait.publish().join();

        assertThat(portrait.versions()).hasSize(before + 2);
        assertThat(dialogs.notifications).contains("Version " + (before + 2) + " published. Review due on Nov 23, 2027.");
        assertThat(portrait.compareToProperty().get().number()).isEqualTo(before + 2);
        assertThat(portrait.compareFromProperty().get().number()).isEqualTo(before + 1);
        portrait.compare().join();
        assertThat(portrait.differences()).anySatisfy(line -> assertThat(line).startsWith("Geography: ").endsWith("→ “Siberia”"));

        dialogs.textReplies.add(Optional.empty());
        portrait.publish().join();
        assertThat(portrait.versions()).hasSize(before + 2);
    }
}
