package org.icpworkbench.logic.customer.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files over the size or row limit are refused before anything is stored, naming the file and the limit. */
class ImportLimitsTest {

    @TempDir
    Path folder;

    private static ReadOptions limits(long megabytes, int rows) {
        return new ReadOptions(Optional.empty(), ImportLimits.defaults().withMaxFileMegabytes(megabytes).withMaxRows(rows));
    }

    private Path csvRows(String name, int rows) throws IOException {
        StringBuilder text = new StringBuilder("Company;Revenue\n");
        for (int i = 1; i <= rows; i++) {
            text.append("Customer ").append(i).append(";1000\n");
        }
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void theDefaultsAreDocumentedAndSystemPropertiesChangeThem() {
        assertThat(ImportLimits.defaults()).isEqualTo(new ImportLimits(100L * 1024 * 1024, 200_000));
        assertThat(ImportLimits.fromProperties(Map.of("icp.import.maxFileMb", "5", "icp.import.maxRows", "1000")::get))
                .isEqualTo(new ImportLimits(5L * 1024 * 1024, 1000));
        assertThat(ImportLimits.fromProperties(Map.of("icp.import.maxRows", "many", "icp.import.maxFileMb", "-1")::get))
                .isEqualTo(ImportLimits.defaults());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path big = Files.write(folder.resolve("big.csv"), new byte[1024 * 1024 + 1]);

        CustomerTable table = CustomerFileReader.read(big, limits(1, 10));

        assertThat(table.problems()).containsExactly(ImportProblem.file("import.problem.limit.fileSize", "big.csv", "2", "1"));
        assertThat(table.rows()).isEmpty();
    }

    @Test
    void aCsvWithMoreRowsThanTheLimitIsRefused() throws IOException {
        CustomerTable atLimit = CustomerFileReader.read(csvRows("ten.csv", 10), limits(100, 10));
        assertThat(atLimit.problems()).isEmpty();
        assertThat(atLimit.rows()).hasSize(10);

        CustomerTable over = CustomerFileReader.read(csvRows("eleven.csv", 11), limits(100, 10));
        assertThat(over.problems()).containsExactly(ImportProblem.file("import.problem.limit.rows", "eleven.csv", "10"));
        CustomerImportPlan plan = CustomerImportParser.parse(over, MappingGuesser.guess(over.header()), LocalDate.of(2026, 11, 23));
        assertThat(plan.canImport()).isFalse();
        assertThat(plan.canImportValidRows()).isFalse();
    }

    @Test
    void anXlsxSheetIsRefusedWhileStreamingNotAfterReadingItAll() throws IOException {
        Path file = folder.resolve("many.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Клиенты");
            sheet.value(0, 0, "Company");
            for (int r = 1; r <= 5_000; r++) {
                sheet.value(r, 0, "Customer " + r);
            }
            workbook.finish();
        }

        CustomerTable table = CustomerFileReader.read(file, limits(100, 100));

        assertThat(table.problems()).containsExactly(ImportProblem.file("import.problem.limit.rows", "many.xlsx", "100"));
        assertThat(table.rows()).hasSize(100);
    }
}
