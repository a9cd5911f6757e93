package org.icpworkbench.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.icpworkbench.logic.i18n.NumberParser.Notation;
import org.icpworkbench.logic.i18n.NumberParser.Result;
import org.junit.jupiter.api.Test;

class NumberParserTest {

    private static BigDecimal value(Result result) {
        assertThat(result.failed()).as(result.toString()).isFalse();
        return result.value().orElseThrow();
    }

    @Test
    void englishAsPeopleTypeIt() {
        assertThat(value(NumberParser.amount("420,000", Notation.ENGLISH))).isEqualByComparingTo("420000");
        assertThat(value(NumberParser.amount("420 000", Notation.ENGLISH))).isEqualByComparingTo("420000");
        assertThat(value(NumberParser.amount("420000.50", Notation.ENGLISH))).isEqualByComparingTo("420000.5");
        assertThat(value(NumberParser.amount("$1,234,567.89", Notation.ENGLISH))).isEqualByComparingTo("1234567.89");
        assertThat(value(NumberParser.number("420,000", Notation.ENGLISH))).isEqualByComparingTo("420000");
        assertThat(value(NumberParser.number("3.141", Notation.ENGLISH))).isEqualByComparingTo("3.141");
        assertThat(value(NumberParser.number("35,5", Notation.ENGLISH))).isEqualByComparingTo("35.5");
        assertThat(value(NumberParser.number("−15", Notation.ENGLISH))).isEqualByComparingTo("-15");
        assertThat(value(NumberParser.percent("35.5 %", Notation.ENGLISH))).isEqualByComparingTo("35.5");
        assertThat(NumberParser.number("  ", Notation.ENGLISH).failed()).isFalse();
        assertThat(NumberParser.number("  ", Notation.ENGLISH).value()).isEmpty();
    }

    @Test
    void russianAsPeopleTypeIt() {
        assertThat(value(NumberParser.amount("420 000,50", Notation.RUSSIAN))).isEqualByComparingTo("420000.5");
        assertThat(value(NumberParser.amount("420\u00A0000", Notation.RUSSIAN))).isEqualByComparingTo("420000");
        assertThat(value(NumberParser.amount("420000", Notation.RUSSIAN))).isEqualByComparingTo("420000");
        assertThat(value(NumberParser.amount("1 234 567,89 ₽", Notation.RUSSIAN))).isEqualByComparingTo("1234567.89");
        assertThat(value(NumberParser.number("420.5", Notation.RUSSIAN))).isEqualByComparingTo("420.5");
        assertThat(value(NumberParser.number("1,234", Notation.RUSSIAN))).isEqualByComparingTo("1.234");
        assertThat(value(NumberParser.number("1.200.000", Notation.RUSSIAN))).isEqualByComparingTo("1200000");
    }

    @Test
    void ambiguousTextIsRefusedWithBothReadings() {
        Result dot = NumberParser.amount("420.000", Notation.RUSSIAN);
        assertThat(dot.ambiguous()).isTrue();
        assertThat(dot.readings()).extracting(BigDecimal::toPlainString).containsExactly("420000", "420.000");
        assertThat(NumberParser.number("420.000", Notation.RUSSIAN).ambiguous()).isTrue();
        assertThat(NumberParser.amount("420,000", Notation.RUSSIAN).ambiguous()).isTrue();
        assertThat(NumberParser.amount("420.000", Notation.ENGLISH).ambiguous()).isTrue();
        assertThat(NumberParser.amount("-1.500", Notation.RUSSIAN).readings())
                .extracting(BigDecimal::toPlainString).containsExactly("-1500", "-1.500");
        assertThat(Notation.RUSSIAN.format(new BigDecimal("420000"))).isEqualTo("420 000");
        assertThat(Notation.ENGLISH.format(new BigDecimal("420000.5"))).isEqualTo("420,000.5");
    }

    @Test
    void brokenGroupsAndLettersAreNoNumbers() {
        assertThat(NumberParser.number("42 0000", Notation.RUSSIAN).invalid()).isTrue();
        assertThat(NumberParser.number("1,2,3.4,5", Notation.ENGLISH).invalid()).isTrue();
        assertThat(NumberParser.number("1 234,567.5", Notation.ENGLISH).invalid()).isTrue();
        assertThat(NumberParser.number("12abc", Notation.ENGLISH).invalid()).isTrue();
        assertThat(NumberParser.number("-", Notation.ENGLISH).invalid()).isTrue();
    }

    @Test
    void spreadsheetCellsFollowAdr0012() {
        assertThat(value(NumberParser.amount("1,234", Notation.SPREADSHEET))).isEqualByComparingTo("1234");
        assertThat(value(NumberParser.amount("€ 1.234.567,89", Notation.SPREADSHEET))).isEqualByComparingTo("1234567.89");
        assertThat(value(NumberParser.number("0,355", Notation.SPREADSHEET))).isEqualByComparingTo("0.355");
        assertThat(value(NumberParser.number("35,5", Notation.SPREADSHEET))).isEqualByComparingTo("35.5");
    }
}
