package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customer import and metrics from the command line: all rows or none, and figures as CSV or JSON. */
class CommandLineAppCustomersTest {

    @TempDir
    Path temp;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

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
        String project = cli.run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        Path file = russianCsv(
                "ООО «Альфа»;Дистрибуция;1 200 000,00;40;15.03.2024;активен;;3;9",
                "ООО «Бета»;Дистрибуция;800 000;30;01.06.2025;активен;;1;7",
                "ИП Гамма;Интернет-магазин;150 000;10;10.01.2025;ушёл;10.06.2026;1;3");

        Result imported = cli.run("--workspace", workspace(), "--lang", "ru", "--import-customers", project, file.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo("Импортировано клиентов: 3.");

        Result csv = cli.run("--workspace", workspace(), "--customer-metrics", project, "--as-of", "2026-11-23");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().toList()).hasSize(4);
        assertThat(csv.out().lines().toList().get(1)).startsWith("(all),3,2,");
        assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("segment,customers,activeCustomers");

        Result json = cli.run("--workspace", workspace(), "--customer-metrics", project, "--as-of", "2026-11-23", "--format", "json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"analysisDate\" : \"2026-11-23\"", "\"activeCustomers\" : 2", "Дистрибуция");
    }

    @Test
    void aFileWithAProblemImportsNothingAndSaysWhere() throws Exception {
        String project = cli.run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        Path file = russianCsv(
                "ООО «Альфа»;Дистрибуция;1 200 000;40;15.03.2024;активен;;3;9",
                "ООО «Бета»;Дистрибуция;много;30;01.06.2025;активен;;1;7");

        Result result = cli.run("--workspace", workspace(), "--lang", "ru", "--import-customers", project, file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("3", "Выручка").contains("Ничего не импортировано");
        Result metrics = cli.run("--workspace", workspace(), "--customer-metrics", project, "--format", "json");
        assertThat(metrics.out()).contains("\"customers\" : 0");
    }

    @Test
    void aFileCutInsideARowImportsNothing() throws Exception {
        String project = cli.run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        Path file = russianCsv(
                "ООО «Альфа»;Дистрибуция;1 200 000;40;15.03.2024;активен;;3;9",
                "ООО «Бета»;Дистрибуция;3019");

        Result result = cli.run("--workspace", workspace(), "--lang", "en", "--import-customers", project, file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("Row 3", "3 of the header’s 9 fields", "cut off");
        assertThat(cli.run("--workspace", workspace(), "--customer-metrics", project, "--format", "json").out())
                .contains("\"customers\" : 0");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        String project = cli.run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        assertThat(cli.run("--workspace", workspace(), "--customer-metrics", project, "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void reimportingTheSameFileNeverDoublesSilently() throws Exception {
        String project = cli.run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        Path file = russianCsv(
                "ООО «Альфа»;Дистрибуция;1 200 000;40;15.03.2024;активен;;3;9",
                "ООО «Бета»;Дистрибуция;800 000;30;01.06.2025;активен;;1;7");
        assertThat(cli.run("--workspace", workspace(), "--import-customers", project, file.toString()).exitCode()).isZero();

        Result again = cli.run("--workspace", workspace(), "--lang", "en", "--import-customers", project, file.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already in the project (same name): 2", "ООО «Альфа»", "--existing update");
        assertThat(customers(project)).contains("\"customers\" : 2");

        Result updated = cli.run("--workspace", workspace(), "--lang", "en", "--import-customers", project, file.toString(),
                "--existing", "update");
        assertThat(updated.exitCode()).as(updated.err()).isZero();
        assertThat(updated.out()).contains("Imported 0 customers.", "Existing customers updated (only the file’s columns): 2.");
        assertThat(customers(project)).contains("\"customers\" : 2");

        Result added = cli.run("--workspace", workspace(), "--import-customers", project, file.toString(), "--existing", "add");
        assertThat(added.exitCode()).isZero();
        assertThat(customers(project)).contains("\"customers\" : 4");
        assertThat(cli.run("--workspace", workspace(), "--import-customers", project, file.toString(), "--existing", "maybe")
                .exitCode()).isEqualTo(2);
    }

    @Test
    void encodingsAreDetectedOrChosenAndLimitsApply() throws Exception {
        String project = cli.run("--workspace", workspace(), "--create-project", "Acme").out().strip();
        Path koi8 = Files.write(temp.resolve("koi8.csv"), ("Клиент;Выручка;Статус\nООО Ромашка;301 945;активен\n"
                + "ИП Петров;250 000;ушёл\n").getBytes(Charset.forName("KOI8-R")));
        Result imported = cli.run("--workspace", workspace(), "--import-customers", project, koi8.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(customers(project)).contains("\"customers\" : 2");

        Path unclear = Files.write(temp.resolve("unclear.csv"),
                "Company;Revenue\nООО;100\n".getBytes(Charset.forName("windows-1251")));
        Result refused = cli.run("--workspace", workspace(), "--lang", "en", "--import-customers", project, unclear.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("encoding cannot be told", "--encoding");
        Result chosen = cli.run("--workspace", workspace(), "--import-customers", project, unclear.toString(),
                "--encoding", "windows-1251");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        assertThat(cli.run("--workspace", workspace(), "--import-customers", project, unclear.toString(), "--encoding", "klingon")
                .exitCode()).isEqualTo(2);

        Path three = russianCsv("А;Опт;1;1;01.01.2024;активен;;1;1", "Б;Опт;1;1;01.01.2024;активен;;1;1", "В;Опт;1;1;01.01.2024;активен;;1;1");
        Result limited = cli.run("--workspace", workspace(), "--lang", "en", "--import-customers", project, three.toString(),
                "--import-max-rows", "2");
        assertThat(limited.exitCode()).isEqualTo(1);
        assertThat(limited.err()).contains("“клиенты.csv” has more than 2 data rows");
        assertThat(cli.run("--help").out()).contains("--encoding", "--existing", "--import-max-rows", "--import-max-mb");
    }

    private String customers(String project) {
        return cli.run("--workspace", workspace(), "--customer-metrics", project, "--format", "json").out();
    }
}
