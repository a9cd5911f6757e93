package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customer import and metrics from the command line: all rows or none, and figures as CSV or JSON. */
class CommandLineAppCustomersTest {

    @TempDir
    Path temp;

    private record Result(int exitCode, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLineApp(Map.of("ICP_WORKBENCH_CONFIG", temp.resolve("config").toString()),
                new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    private String workspace() {
        return temp.resolve("ws").toString();
    }

    private Path russianCsv(String... rows) throws Exception {
        String text = "Клиент;Сегмент;Выручка;Маржа, %;Дата первой покупки;Статус;Дата ухода;Число покупок;NPS\n"
                + String.join("\n", rows) + "\n";
        return Files.write(temp.resolve("клиенты.csv"), text.getBytes(Charset.forName("windows-1251")));
    }

    @Test
    void aCleanFileIsImportedAndItsMetricsPrinted() throws Exception {
        String project = run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        Path file = russianCsv(
                "ООО «Альфа»;Дистрибуция;1 200 000,00;40;15.03.2024;активен;;3;9",
                "ООО «Бета»;Дистрибуция;800 000;30;01.06.2025;активен;;1;7",
                "ИП Гамма;Интернет-магазин;150 000;10;10.01.2025;ушёл;10.06.2026;1;3");

        Result imported = run("--workspace", workspace(), "--lang", "ru", "--import-customers", project, file.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo("Импортировано клиентов: 3.");

        Result csv = run("--workspace", workspace(), "--customer-metrics", project, "--as-of", "2026-11-23");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().toList()).hasSize(4);
        assertThat(csv.out().lines().toList().get(1)).startsWith("(all),3,2,");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("segment,customers,activeCustomers");

        Result json = run("--workspace", workspace(), "--customer-metrics", project, "--as-of", "2026-11-23", "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"analysisDate\" : \"2026-11-23\"", "\"activeCustomers\" : 2", "Дистрибуция");
    }

    @Test
    void aFileWithAProblemImportsNothingAndSaysWhere() throws Exception {
        String project = run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        Path file = russianCsv(
                "ООО «Альфа»;Дистрибуция;1 200 000;40;15.03.2024;активен;;3;9",
                "ООО «Бета»;Дистрибуция;много;30;01.06.2025;активен;;1;7");

        Result result = run("--workspace", workspace(), "--lang", "ru", "--import-customers", project, file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("3", "Выручка").contains("Ничего не импортировано");
        Result metrics = run("--workspace", workspace(), "--customer-metrics", project, "--format", "json");
        assertThat(metrics.out()).contains("\"customers\" : 0");
    }

    @Test
    void aFileCutInsideARowImportsNothing() throws Exception {
        String project = run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        Path file = russianCsv(
                "ООО «Альфа»;Дистрибуция;1 200 000;40;15.03.2024;активен;;3;9",
                "ООО «Бета»;Дистрибуция;3019");

        Result result = run("--workspace", workspace(), "--lang", "en", "--import-customers", project, file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Row 3", "3 of the header’s 9 fields", "cut off");
        assertThat(run("--workspace", workspace(), "--customer-metrics", project, "--format", "json").out())
                .contains("\"customers\" : 0");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        String project = run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        assertThat(run("--workspace", workspace(), "--customer-metrics", project, "--format", "xml").exitCode()).isEqualTo(2);
    }
}
