package org.icpworkbench.logic.customer.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class MappingGuesserTest {

    @Test
    void russianHandMadeSheet() {
        List<String> header = List.of("Название компании", "Сегмент", "Отрасль", "Годовая выручка, руб.", "Маржа, %",
                "Регион", "Дата первой покупки", "Статус", "Дата ухода", "Число покупок", "NPS", "Комментарий");
        ColumnMapping mapping = MappingGuesser.guess(header);
        assertThat(mapping.columns()).containsOnly(entry(CustomerField.NAME, 0), entry(CustomerField.SEGMENT, 1),
                entry(CustomerField.INDUSTRY, 2), entry(CustomerField.ANNUAL_REVENUE, 3),
                entry(CustomerField.GROSS_MARGIN, 4), entry(CustomerField.REGION, 5),
                entry(CustomerField.FIRST_PURCHASE, 6), entry(CustomerField.STATUS, 7),
                entry(CustomerField.CHURN_DATE, 8), entry(CustomerField.PURCHASES, 9), entry(CustomerField.NPS, 10),
                entry(CustomerField.NOTES, 11));
    }

    @Test
    void russianCrmExportWithClientAndRevenue() {
        ColumnMapping mapping = MappingGuesser.guess(List.of("ID", "Клиент", "Выручка", "Дата ухода клиента",
                "Компания ответственного"));
        assertThat(mapping.column(CustomerField.NAME)).hasValue(1);
        assertThat(mapping.column(CustomerField.ANNUAL_REVENUE)).hasValue(2);
        assertThat(mapping.column(CustomerField.CHURN_DATE)).hasValue(3);
    }

    @Test
    void englishCrmExport() {
        List<String> header = List.of("Record ID", "Company name", "Industry", "Annual Revenue", "Number of Employees",
                "Lifecycle Stage", "Region", "First purchase date", "Close Date");
        ColumnMapping mapping = MappingGuesser.guess(header);
        assertThat(mapping.columns()).containsOnly(entry(CustomerField.NAME, 1), entry(CustomerField.INDUSTRY, 2),
                entry(CustomerField.ANNUAL_REVENUE, 3), entry(CustomerField.SIZE_BAND, 4),
                entry(CustomerField.STATUS, 5), entry(CustomerField.REGION, 6),
                entry(CustomerField.FIRST_PURCHASE, 7));
        assertThat(MappingGuesser.guess(List.of("NAME:", " close date ")).columns())
                .containsOnly(entry(CustomerField.NAME, 0), entry(CustomerField.FIRST_PURCHASE, 1));
    }

    @Test
    void mappingSurvivesJsonAndFollowsHeadersToNewPlaces() {
        List<String> header = List.of("Компания", "Выручка", "Маржа, %");
        ColumnMapping mapping = MappingGuesser.guess(header);
        String json = mapping.toJson();
        ColumnMapping back = ColumnMapping.fromJson(json);
        assertThat(back).isEqualTo(mapping);
        assertThat(back.headers()).containsEntry(CustomerField.NAME, "Компания");

        ColumnMapping moved = back.applyTo(List.of("Маржа, %", "ИНН", "компания"));
        assertThat(moved.columns()).containsOnly(entry(CustomerField.NAME, 2), entry(CustomerField.GROSS_MARGIN, 0));

        assertThatThrownBy(() -> ColumnMapping.fromJson("{not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColumnMapping.fromJson("[]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aColumnFeedsOneField() {
        List<String> header = List.of("A", "B");
        ColumnMapping mapping = ColumnMapping.empty().with(CustomerField.NAME, 0, header)
                .with(CustomerField.SEGMENT, 0, header);
        assertThat(mapping.columns()).containsOnly(entry(CustomerField.SEGMENT, 0));
        assertThat(mapping.field(0)).contains(CustomerField.SEGMENT);
        assertThat(mapping.without(CustomerField.SEGMENT).isEmpty()).isTrue();
    }
}
