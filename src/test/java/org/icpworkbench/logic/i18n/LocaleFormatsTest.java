package org.icpworkbench.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.icpworkbench.model.common.Language;
import org.junit.jupiter.api.Test;

class LocaleFormatsTest {

    private final LocaleFormats english = LocaleFormats.of(Language.EN);
    private final LocaleFormats russian = LocaleFormats.of(Language.RU);

    @Test
    void screensRoundHalfEvenAndDocumentsHalfUp() {
        assertThat(english.number(new BigDecimal("2.5"), 0)).isEqualTo("2");
        assertThat(english.rounded(new BigDecimal("2.5"), 0)).isEqualTo("3");
        assertThat(english.number(new BigDecimal("1234.5678"))).isEqualTo("1,234.568");
        assertThat(russian.number(new BigDecimal("2400000.5"), 1)).isEqualTo("2\u00a0400\u00a0000,5");
    }

    @Test
    void moneyHasTwoDecimalsUnlessWhole() {
        assertThat(english.money(new BigDecimal("1200.00"))).isEqualTo("1,200");
        assertThat(english.money(new BigDecimal("1200.5"))).isEqualTo("1,200.50");
        assertThat(english.currencySymbol("USD")).isEqualTo("$");
        assertThat(english.currencySymbol("bitcoin")).isEqualTo("bitcoin");
    }

    @Test
    void signsAndShortForms() {
        assertThat(english.signed(BigDecimal.valueOf(12))).isEqualTo("+12");
        assertThat(english.signed(BigDecimal.valueOf(-8))).isEqualTo("\u22128");
        assertThat(english.signed(BigDecimal.ZERO)).isEqualTo("0");
        assertThat(russian.compact(15_000_000)).isEqualTo("15\u00a0млн");
    }

    @Test
    void fractionsTakeTheFormRussianUsesForThem() {
        assertThat(PluralForm.of(Language.RU, new BigDecimal("1.5"))).isEqualTo(PluralForm.FEW);
        assertThat(PluralForm.of(Language.EN, new BigDecimal("1.5"))).isEqualTo(PluralForm.MANY);
        assertThat(PluralForm.of(Language.RU, new BigDecimal("21.0"))).isEqualTo(PluralForm.ONE);
    }
}
