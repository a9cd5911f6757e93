package org.icpworkbench.logic.customer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.icpworkbench.model.customer.CustomerStatus;
import org.junit.jupiter.api.Test;

class ValueParsersTest {

    private static BigDecimal number(String text) {
        Parsed<BigDecimal> parsed = ValueParsers.number(text);
        assertThat(parsed.failed()).as(text).isFalse();
        return parsed.value().orElseThrow();
    }

    @Test
    void moneyInRussianAndEnglishNotation() {
        assertThat(number("1 234 567,89 ₽")).isEqualByComparingTo("1234567.89");
        assertThat(number("1\u00A0234\u00A0567,89")).isEqualByComparingTo("1234567.89");
        assertThat(number("1\u202F234,5 руб.")).isEqualByComparingTo("1234.5");
        assertThat(number("2500р.")).isEqualByComparingTo("2500");
        assertThat(number("1500 руб")).isEqualByComparingTo("1500");
        assertThat(number("1,234,567.89")).isEqualByComparingTo("1234567.89");
        assertThat(number("$12,500")).isEqualByComparingTo("12500");
        assertThat(number("€ 1.234.567,89")).isEqualByComparingTo("1234567.89");
        assertThat(number("12.50")).isEqualByComparingTo("12.5");
        assertThat(number("0,355")).isEqualByComparingTo("0.355");
        assertThat(number("−15")).isEqualByComparingTo("-15");
        assertThat(ValueParsers.number("  ").value()).isEmpty();
        assertThat(ValueParsers.number("  ").failed()).isFalse();
    }

    @Test
    void textIsNotMoney() {
        Parsed<BigDecimal> parsed = ValueParsers.money("около миллиона");
        assertThat(parsed.errorKey()).isEqualTo("import.problem.number.invalid");
        assertThat(parsed.arguments()).containsExactly("около миллиона");
        assertThat(ValueParsers.money("1,2,3.4,5").failed()).isTrue();
        assertThat(ValueParsers.money("-100").errorKey()).isEqualTo("import.problem.money.negative");
    }

    @Test
    void percentWithOrWithoutSignAndFractions() {
        assertThat(ValueParsers.percent("35%").value()).contains(new BigDecimal("35"));
        assertThat(ValueParsers.percent("35,5 %").value()).contains(new BigDecimal("35.5"));
        assertThat(ValueParsers.percent("35").value()).contains(new BigDecimal("35"));
        assertThat(ValueParsers.percent("0.355").value()).contains(new BigDecimal("35.5"));
        assertThat(ValueParsers.percent("0,5 %").value()).contains(new BigDecimal("0.5"));
        assertThat(ValueParsers.percent("высокая").errorKey()).isEqualTo("import.problem.percent.invalid");
    }

    @Test
    void integersAndNps() {
        assertThat(ValueParsers.integer("1 200").value()).contains(1200);
        assertThat(ValueParsers.integer("12.0").value()).contains(12);
        assertThat(ValueParsers.integer("2,5").errorKey()).isEqualTo("import.problem.integer.invalid");
        assertThat(ValueParsers.nps("10").value()).contains(10);
        assertThat(ValueParsers.nps("11").errorKey()).isEqualTo("import.problem.nps.range");
        assertThat(ValueParsers.nps("-1").errorKey()).isEqualTo("import.problem.nps.range");
    }

    @Test
    void datesInThreeNotations() {
        assertThat(ValueParsers.date("05.03.2024").value()).contains(LocalDate.of(2024, 3, 5));
        assertThat(ValueParsers.date("5.3.2024").value()).contains(LocalDate.of(2024, 3, 5));
        assertThat(ValueParsers.date("2024-03-05").value()).contains(LocalDate.of(2024, 3, 5));
        assertThat(ValueParsers.date("2024-03-05T10:00:00Z").value()).contains(LocalDate.of(2024, 3, 5));
        assertThat(ValueParsers.date("45356").value()).contains(LocalDate.of(2024, 3, 5));
        assertThat(ValueParsers.date("31.02.2024").errorKey()).isEqualTo("import.problem.date.invalid");
        assertThat(ValueParsers.date("вчера").errorKey()).isEqualTo("import.problem.date.invalid");
    }

    @Test
    void excelSerialDates() {
        assertThat(ValueParsers.excelSerialDate(new BigDecimal("1"), false)).contains(LocalDate.of(1900, 1, 1));
        assertThat(ValueParsers.excelSerialDate(new BigDecimal("61"), false)).contains(LocalDate.of(1900, 3, 1));
        assertThat(ValueParsers.excelSerialDate(new BigDecimal("45356.75"), false)).contains(LocalDate.of(2024, 3, 5));
        assertThat(ValueParsers.excelSerialDate(new BigDecimal("0"), true)).contains(LocalDate.of(1904, 1, 1));
    }

    @Test
    void statusWords() {
        assertThat(ValueParsers.status("Активный").value()).contains(CustomerStatus.ACTIVE);
        assertThat(ValueParsers.status("customer").value()).contains(CustomerStatus.ACTIVE);
        assertThat(ValueParsers.status("Ушёл").value()).contains(CustomerStatus.CHURNED);
        assertThat(ValueParsers.status("Former Customer").value()).contains(CustomerStatus.CHURNED);
        assertThat(ValueParsers.status("Closed Lost").value()).contains(CustomerStatus.CHURNED);
        assertThat(ValueParsers.status("lead").errorKey()).isEqualTo("import.problem.status.unknown");
    }
}
