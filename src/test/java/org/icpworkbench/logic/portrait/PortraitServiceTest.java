package org.icpworkbench.logic.portrait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.CharacteristicRow;
import org.icpworkbench.model.portrait.DecisionStatus;
import org.icpworkbench.model.portrait.PortraitDiff;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.portrait.PortraitVersion;
import org.icpworkbench.model.portrait.PortraitVersionInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decisions, summary, anti-ICP, publishing, comparing and the review reminder, on the sample project. */
class PortraitServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Messages EN = Messages.of(Language.EN);

    @TempDir
    Path temp;

    private WorkspaceServices services;
    private PortraitService portraits;
    private long projectId;

    @BeforeEach
    void openSample() {
        services = WorkspaceServices.open(temp.resolve("ws"), Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        projectId = services.samples().createSample(Language.EN).join().id();
        portraits = services.portraits();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private PortraitState state() {
        return portraits.load(projectId, TODAY, EN).join();
    }

    private CharacteristicRow row(Characteristic characteristic) {
        return state().row(characteristic).orElseThrow();
    }

    @Test
    void everyCharacteristicIsListedWithItsProposal() {
        PortraitState state = state();

        assertThat(state.rows()).extracting(CharacteristicRow::characteristic).containsExactly(Characteristic.values());
        assertThat(state.metrics().project().activeCustomers()).isPositive();
    }

    @Test
    void anOverrideReplacesTheValueButKeepsTheProposalAndItsEvidence() {
        CharacteristicRow before = row(Characteristic.SALES_CYCLE);
        assertThat(before.proposal().hasEvidence()).isTrue();

        portraits.override(projectId, Characteristic.SALES_CYCLE, "6–10 weeks; longer with a tender").join();

        CharacteristicRow after = row(Characteristic.SALES_CYCLE);
        assertThat(after.value()).isEqualTo("6–10 weeks; longer with a tender");
        assertThat(after.decision()).hasValueSatisfying(decision -> {
            assertThat(decision.status()).isEqualTo(DecisionStatus.OVERRIDDEN);
            assertThat(decision.matchValues()).containsExactly("6–10 weeks", "longer with a tender");
        });
        assertThat(after.proposal()).isEqualTo(before.proposal());

        portraits.reset(projectId, Characteristic.SALES_CYCLE).join();
        assertThat(row(Characteristic.SALES_CYCLE).decision()).isEmpty();
        assertThat(row(Characteristic.SALES_CYCLE).value()).isEqualTo(before.proposal().value());
    }

    @Test
    void acceptingKeepsTheProposalAsItWasWhenAccepted() {
        CharacteristicRow industry = row(Characteristic.INDUSTRY);
        portraits.accept(projectId, industry.proposal()).join();

        assertThat(row(Characteristic.INDUSTRY).decision()).hasValueSatisfying(decision -> {
            assertThat(decision.status()).isEqualTo(DecisionStatus.ACCEPTED);
            assertThat(decision.value()).isEqualTo(industry.proposal().value());
            assertThat(decision.matchValues()).isEqualTo(industry.proposal().matchValues());
        });
    }

    @Test
    void badValuesAreRefusedWithAReasonAndNothingIsStored() {
        int versions = portraits.versions(projectId).join().size();
        portraits.reset(projectId, Characteristic.GOALS).join();
        assertThatThrownBy(() -> portraits.override(projectId, Characteristic.GOALS, "   ").join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(UserFacingException.class)
                .hasMessageContaining("portrait.error.valueRequired");
        assertThatThrownBy(() -> portraits.saveAntiIcp(projectId, List.of(new AntiIcpEntry(0, " ", "why", ""))).join())
                .cause().hasMessageContaining("portrait.error.statementRequired");
        assertThatThrownBy(() -> portraits.publish(projectId, "", "", Optional.empty(), TODAY, EN).join())
                .cause().hasMessageContaining("portrait.error.authorRequired");
        assertThatThrownBy(() -> portraits.publish(projectId, "Anna", "", Optional.of(TODAY.minusDays(1)), TODAY, EN).join())
                .cause().hasMessageContaining("portrait.error.reviewInPast");
        assertThat(row(Characteristic.GOALS).decision()).isEmpty();
        assertThat(portraits.versions(projectId).join()).hasSize(versions);
    }

    @Test
    void publishedVersionsAreFrozenNumberedAndComparable() {
        int existing = portraits.versions(projectId).join().size();
        portraits.saveSummary(projectId, "Mid-size distributors with two to four warehouses.").join();
        portraits.saveAntiIcp(projectId, List.of(new AntiIcpEntry(0, "Online shops", "71 % churn", "Online shops"))).join();
        PortraitVersionInfo first = portraits.publish(projectId, "Anna Whitfield", "", Optional.empty(), TODAY, EN).join();

        assertThat(first.number()).isEqualTo(existing + 1);
        assertThat(first.reviewDate()).isEqualTo(TODAY.plusYears(1));

        // Change the portrait and the customer base, then publish again.
        portraits.override(projectId, Characteristic.GEOGRAPHY, "Central, Volga and Ural regions").join();
        portraits.saveSummary(projectId, "Mid-size distributors with two to six warehouses.").join();
        portraits.saveAntiIcp(projectId, List.of()).join();
        CustomerService customers = services.customers();
        var someone = customers.list(projectId).join().getFirst();
        customers.delete(someone.id()).join();
        PortraitVersionInfo second = portraits.publish(projectId, "Anna Whitfield", "after the Ural interviews",
                Optional.of(LocalDate.of(2027, 6, 1)), TODAY, EN).join();

        assertThat(second.number()).isEqualTo(existing + 2);
        assertThat(portraits.versions(projectId).join()).extracting(PortraitVersionInfo::number)
                .startsWith(existing + 2, existing + 1);
        PortraitVersion frozen = portraits.version(first.id()).join();
        assertThat(frozen.snapshot().summary()).isEqualTo("Mid-size distributors with two to four warehouses.");
        assertThat(frozen.snapshot().antiIcp()).extracting(AntiIcpEntry::statement).containsExactly("Online shops");

        PortraitDiff diff = portraits.compare(first.id(), second.id(), Locale.ENGLISH).join();

        assertThat(diff.summaryChanged()).isTrue();
        assertThat(diff.characteristics()).extracting(PortraitDiff.Change::characteristic).contains(Characteristic.GEOGRAPHY);
        assertThat(diff.characteristics()).filteredOn(change -> change.characteristic() == Characteristic.GEOGRAPHY)
                .singleElement().satisfies(change -> assertThat(change.after()).isEqualTo("Central, Volga and Ural regions"));
        assertThat(diff.antiIcpRemoved()).containsExactly("Online shops");
        assertThat(diff.figures()).extracting(PortraitDiff.FigureChange::key).contains("active");
        String segment = someone.data().segment();
        assertThat(diff.figures()).extracting(PortraitDiff.FigureChange::key).contains("segment:" + segment);
        assertThat(portraits.compare(second.id(), second.id(), Locale.ENGLISH).join().isEmpty()).isTrue();
    }

    @Test
    void theReviewIsDueOnItsDateNotBefore() {
        assertThat(portraits.reviewDue(projectId).join()).isEmpty();
        PortraitVersionInfo version = portraits.publish(projectId, "Anna", "", Optional.of(TODAY), TODAY, EN).join();

        assertThat(portraits.reviewDue(projectId).join()).contains(version);
        assertThat(version.reviewDue(TODAY.minusDays(1))).isFalse();
    }
}
