package org.icpworkbench.gui.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.junit.jupiter.api.Test;

/** Amounts typed in the prospect and criterion dialogs are read in the window's language, never guessed. */
class ScorecardAmountInputTest {

    @Test
    void aProspectsRevenueIsReadInTheWindowsLanguage() {
        ProspectEditViewModel russian = ProspectEditViewModel.forNew(Messages.of(Language.RU));
        russian.nameProperty().set("ООО «Ромашка»");
        russian.annualRevenueProperty().set("420.000");
        assertThat(russian.problem().get()).contains("420 000", "420");
        assertThat(russian.valid().get()).isFalse();

        ProspectEditViewModel english = ProspectEditViewModel.forNew(Messages.of(Language.EN));
        english.nameProperty().set("Acme");
        english.annualRevenueProperty().set("420,000");
        assertThat(english.problem().get()).isEmpty();
        assertThat(english.data().annualRevenue()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("420000"));
    }

    @Test
    void aRevenueThresholdIsReadInTheWindowsLanguage() {
        CriterionEditViewModel russian = CriterionEditViewModel.forNew(Messages.of(Language.RU));
        russian.kindProperty().set(CriterionKind.MIN_ANNUAL_REVENUE);
        russian.thresholdProperty().set("1.500");
        assertThat(russian.problem().get()).contains("1 500", "1,5");
        russian.thresholdProperty().set("1 500 000");
        assertThat(russian.criterion().threshold()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1500000"));
    }
}
