package org.icpworkbench.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The application's main flows from the command line, one after another in one JVM, for a test that watches the
 * process for network sockets. Prints "OK" when every command succeeded, else the failing command and its output.
 */
public final class OfflineFlows {

    private OfflineFlows() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String ws = folder.resolve("ws").toString();
        Path customers = Files.writeString(folder.resolve("customers.csv"),
                "Компания;Сегмент;Выручка;Дата первой покупки\nАльфа-Тест;Опт;1 200 000,50;15.03.2021\n",
                java.nio.charset.Charset.forName("windows-1251"));
        Files.writeString(folder.resolve("password.txt"), "s3cret", StandardCharsets.UTF_8);
        List<List<String>> commands = List.of(
                List.of("--create-sample"),
                List.of("--list-interviews", "1"),
                List.of("--export-interview", "1", folder.resolve("interview.pdf").toString()),
                List.of("--export-matrix", "1", folder.resolve("matrix.csv").toString()),
                List.of("--import-customers", "1", customers.toString()),
                List.of("--customer-metrics", "1", "--format", "json"),
                List.of("--portrait", "1", "--format", "json"),
                List.of("--score", "1"),
                List.of("--export-pdf", "1", folder.resolve("portrait.pdf").toString(), "--appendix", "--anonymous"),
                List.of("--export-pdf", "1", folder.resolve("locked.pdf").toString(), "--password-file",
                        folder.resolve("password.txt").toString()),
                List.of("--export-guide", "customers", folder.resolve("guide.pdf").toString()),
                List.of("--export-markdown", "1", folder.resolve("portrait.md").toString()),
                List.of("--export-answers", "1", folder.resolve("answers.csv").toString()),
                List.of("--export-archive", "1", folder.resolve("project.icpw").toString()),
                List.of("--import-archive", folder.resolve("project.icpw").toString()),
                List.of("--backup"),
                List.of("--list-backups"));
        for (List<String> command : commands) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            var arguments = new java.util.ArrayList<>(List.of("--workspace", ws, "--lang", "ru"));
            arguments.addAll(command);
            int code = new CommandLineApp(Map.of("ICP_WORKBENCH_CONFIG", folder.resolve("config").toString()),
                    new PrintWriter(out, true), new PrintWriter(err, true)).run(arguments.toArray(String[]::new));
            if (code != 0) {
                System.out.println("FAILED " + command + " → " + code + ": " + err);
                System.exit(1);
            }
        }
        System.out.println("OK");
    }
}
