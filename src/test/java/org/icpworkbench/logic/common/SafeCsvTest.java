package org.icpworkbench.logic.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class SafeCsvTest {

    @Test
    void everyLeadingCharacterOwaspNamesIsTurnedIntoText() {
        assertThat(SafeCsv.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(SafeCsv.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(SafeCsv.cell("+1+cmd")).isEqualTo("'+1+cmd");
        assertThat(SafeCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SafeCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCsv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SafeCsv.cell("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAreAndGuardingTwiceChangesNothing() {
        assertThat(SafeCsv.cell("-5")).isEqualTo("-5");
        assertThat(SafeCsv.cell("+7")).isEqualTo("+7");
        assertThat(SafeCsv.cell("2,5")).isEqualTo("2,5");
        assertThat(SafeCsv.cell("Обычный ответ")).isEqualTo("Обычный ответ");
        assertThat(SafeCsv.cell("")).isEmpty();
        assertThat(SafeCsv.cell(SafeCsv.cell("=1"))).isEqualTo("'=1");
        String csv = SafeCsv.text(CSVFormat.DEFAULT, out -> out.printRecord("=x", new BigDecimal("-12.50"), -3, null, true));
        assertThat(csv).isEqualTo("'=x,-12.50,-3,,true\r\n");
    }

    @Test
    void aFormatWithItsOwnHeaderIsRefused() {
        assertThatThrownBy(() -> new SafeCsv(new StringWriter(), CSVFormat.DEFAULT.builder().setHeader("=a").get()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
