package org.icpworkbench.logic.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.i18n.PluralForm;
import org.icpworkbench.model.common.Language;
import org.junit.jupiter.api.Test;

/** The duration rule's units and plural forms, alone; the rule over answers is covered by ProposalEngineTest. */
class DurationRuleTest {

    @Test
    void everyUnitKeyTheRuleBuildsIsInBothLanguages() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (String unit : DurationRule.DAYS_PER_UNIT.keySet()) {
                for (String noun : new String[] {"unit", "unitUpTo"}) {
                    for (PluralForm form : PluralForm.values()) {
                        String key = "plural.portrait." + noun + "." + unit + "." + form.key();
                        assertThat(messages.get(key, "1")).as(language + " " + key).doesNotStartWith("!");
                    }
                }
            }
        }
    }

    @Test
    void wholeAmountsCountAndFractionsTakeTheirOwnForm() {
        DurationRule russian = new DurationRule(new ProposalTexts(Messages.of(Language.RU)));
        DurationRule english = new DurationRule(new ProposalTexts(Messages.of(Language.EN)));

        assertThat(russian.inUnit(new BigDecimal("2"), "MONTHS", false)).isEqualTo(
                Messages.of(Language.RU).get("plural.portrait.unit.MONTHS.few", "2"));
        assertThat(russian.inUnit(new BigDecimal("1.5"), "MONTHS", false)).isEqualTo(
                Messages.of(Language.RU).get("plural.portrait.unit.MONTHS.few", "1,5"));
        assertThat(russian.inUnit(new BigDecimal("1.5"), "MONTHS", true)).isEqualTo(
                Messages.of(Language.RU).get("plural.portrait.unitUpTo.MONTHS.one", "1,5"));
        assertThat(english.inUnit(new BigDecimal("1.04"), "YEARS", false)).isEqualTo("1 year");
        assertThat(english.inUnit(new BigDecimal("2.25"), "YEARS", true)).isEqualTo("2.3 years");
    }
}
