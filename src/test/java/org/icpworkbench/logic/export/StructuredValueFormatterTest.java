package org.icpworkbench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.common.LocalizedText;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.ValueType;
import org.junit.jupiter.api.Test;

class StructuredValueFormatterTest {

    private static final Map<Long, String> PRODUCTS = Map.of(7L, "Palleta WMS", 8L, "Implementation");

    private static QuestionField field(String key, ValueType type, FieldOption... options) {
        return new QuestionField(key, type, new LocalizedText(key + " (en)", key + " (ru)"), List.of(options),
                false, List.of(), List.of());
    }

    private static Question question(QuestionField... fields) {
        return new Question(1, "9", 9, Audience.SALES, Optional.empty(), false,
                new LocalizedText("Q", "В"), new LocalizedText("", ""), List.of(), List.of(fields));
    }

    private static List<ValueLine> lines(Language language, Question question, String json) {
        return new StructuredValueFormatter(ExportTexts.of(language), PRODUCTS).lines(question, json);
    }

    private static String single(Language language, QuestionField field, String json) {
        return lines(language, question(field), json).getFirst().values().getFirst().replace('\u00a0', ' ');
    }

    @Test
    void russianDurationsTakeTheirThreePluralForms() {
        QuestionField duration = field("d", ValueType.DURATION);
        String[][] cases = {
                {"1", "WEEKS", "1 неделя"}, {"2", "WEEKS", "2 недели"}, {"5", "WEEKS", "5 недель"},
                {"11", "WEEKS", "11 недель"}, {"21", "WEEKS", "21 неделя"}, {"22", "MONTHS", "22 месяца"},
                {"14", "YEARS", "14 лет"}, {"1.5", "MONTHS", "1,5 месяца"}, {"3", "DAYS", "3 дня"}, {"1", "YEARS", "1 год"}};
        for (String[] c : cases) {
            assertThat(single(Language.RU, duration, "{\"d\": {\"amount\": " + c[0] + ", \"unit\": \"" + c[1] + "\"}}"))
                    .isEqualTo(c[2]);
        }
        assertThat(single(Language.EN, duration, "{\"d\": {\"amount\": 1, \"unit\": \"weeks\"}}")).isEqualTo("1 week");
        assertThat(single(Language.EN, duration, "{\"d\": {\"amount\": 6, \"unit\": \"WEEKS\"}}")).isEqualTo("6 weeks");
        assertThat(single(Language.EN, duration, "{\"d\": {\"amount\": 1.5, \"unit\": \"YEARS\"}}")).isEqualTo("1.5 years");
        assertThat(single(Language.EN, duration, "{\"d\": {\"amount\": 3, \"unit\": \"FORTNIGHTS\"}}")).isEqualTo("3 FORTNIGHTS");
    }

    @Test
    void moneyCarriesItsCurrencyTheWayEachLanguageWritesIt() {
        QuestionField money = field("m", ValueType.MONEY);

        assertThat(single(Language.RU, money, "{\"m\": {\"amount\": 2400000, \"currency\": \"RUB\"}}")).isEqualTo("2 400 000 ₽");
        assertThat(single(Language.EN, money, "{\"m\": {\"amount\": 2400000, \"currency\": \"RUB\"}}")).isEqualTo("RUB 2,400,000");
        assertThat(single(Language.EN, money, "{\"m\": {\"amount\": 1250.5, \"currency\": \"USD\"}}")).isEqualTo("$1,250.50");
        assertThat(single(Language.RU, money, "{\"m\": {\"amount\": 99, \"currency\": \"EUR\"}}")).isEqualTo("99 €");
        assertThat(single(Language.EN, money, "{\"m\": {\"amount\": 10, \"currency\": \"XYZW\"}}")).isEqualTo("XYZW 10");
        assertThat(single(Language.EN, money, "{\"m\": {\"amount\": 10}}")).isEqualTo("10");
    }

    @Test
    void choicesProductsAndYesNoAreNamedInTheReadersLanguage() {
        QuestionField choice = field("c", ValueType.CHOICE,
                new FieldOption("referral", new LocalizedText("Referral", "Рекомендация")));
        QuestionField products = new QuestionField("p", ValueType.MULTI, new LocalizedText("Products", "Продукты"),
                List.of(), true, List.of(), List.of());
        QuestionField yesNo = field("y", ValueType.YESNO);

        List<ValueLine> lines = lines(Language.RU, question(choice, products, yesNo),
                "{\"c\": \"referral\", \"p\": [7, 8, 99], \"y\": true}");

        assertThat(lines).containsExactly(
                new ValueLine("c (ru)", List.of("Рекомендация")),
                new ValueLine("Продукты", List.of("Palleta WMS", "Implementation", "Продукт удалён из каталога (№\u00a099)")),
                ValueLine.of("y (ru)", "Да"));
        assertThat(single(Language.EN, choice, "{\"c\": \"unknown_key\"}")).isEqualTo("unknown_key");
    }

    @Test
    void numbersPercentagesAndFirmographicsAreReadable() {
        QuestionField firmographics = new QuestionField("f", ValueType.FIRMOGRAPHICS, new LocalizedText("Profile", "Профиль"),
                List.of(), false,
                List.of(new FieldOption("51-200", new LocalizedText("51–200 employees", "51–200 сотрудников"))),
                List.of(new FieldOption("medium", new LocalizedText("Mid-sized", "Среднее предприятие"))));

        assertThat(single(Language.RU, field("n", ValueType.NUMBER), "{\"n\": 12345.678}")).isEqualTo("12 345,68");
        assertThat(single(Language.RU, field("p", ValueType.PERCENT), "{\"p\": 27}")).isEqualTo("27 %");
        assertThat(single(Language.EN, field("p", ValueType.PERCENT), "{\"p\": 27}")).isEqualTo("27%");
        assertThat(lines(Language.EN, question(firmographics),
                "{\"f\": {\"industry\": \"Wholesale\", \"sizeBand\": \"51-200\", \"revenueBand\": \"medium\", \"region\": \"\"}}"))
                .containsExactly(ValueLine.of("Industry", "Wholesale"), ValueLine.of("Company size", "51–200 employees"),
                        ValueLine.of("Annual revenue", "Mid-sized"));
    }

    @Test
    void emptyMissingAndMalformedValuesAreLeftOut() {
        Question question = question(field("t", ValueType.TEXT), field("m", ValueType.MULTI));

        assertThat(lines(Language.EN, question, "{\"t\": \"  \", \"m\": [], \"other\": 1}")).isEmpty();
        assertThat(lines(Language.EN, question, "not json")).isEmpty();
        assertThat(lines(Language.EN, question, "")).isEmpty();
        assertThat(lines(Language.EN, question, "[1, 2]")).isEmpty();
    }

    @Test
    void fractionalAmountsTakeTheFormRussianUsesForFractions() {
        ExportTexts russian = ExportTexts.of(Language.RU);
        assertThat(russian.plural("unit.WEEKS", new BigDecimal("2.50"))).contains("2,5\u00a0недели");
        assertThat(russian.plural("unit.WEEKS", new BigDecimal("2.00"))).contains("2\u00a0недели");
        assertThat(russian.plural("unit.NOTHING", BigDecimal.ONE)).isEmpty();
    }
}
