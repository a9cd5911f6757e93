package org.icpworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpworkbench.logic.workspace.WorkspaceServices;

/**
 * Resident memory of the application with a generated project open: the project (every question of the interview's
 * audience answered, a third of the answers tagged, 500 customers; the generator of {@link PortraitBenchmark}) is the
 * only one in its workspace, so the window selects it; once its page is shown ({@code ICP-PROJECT-SHOWN}) VmRSS and
 * VmHWM are read from {@code /proc/<pid>/status}. JVM defaults (the heap may grow to a quarter of the machine's
 * memory), under Xvfb, started with {@code java -jar}.
 */
public final class MemoryBenchmark {

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        rows().forEach(row -> System.out.println("| " + row[0] + " | " + row[1] + " |"));
    }

    public static List<String[]> rows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        if (!Files.exists(Launches.JAR) || !Files.exists(Path.of("/proc/self/status"))) {
            rows.add(new String[] {"resident memory", "not measured: needs target/icp-workbench.jar and /proc"});
            return rows;
        }
        for (int interviews : List.of(100, 1000)) {
            Path folder = Files.createTempDirectory("icp-memory-bench");
            try (Launches.Display display = Launches.Display.start()) {
                Path workspace = folder.resolve("workspace");
                try (WorkspaceServices services = WorkspaceServices.open(workspace, Clock.systemUTC())) {
                    services.workspace().database().submit(dsl -> PortraitBenchmark.generate(dsl, interviews)).join();
                }
                Map<String, String> env = Map.of("DISPLAY", display.name, "ICP_WORKBENCH_CONFIG",
                        folder.resolve("config").toString());
                try (Launches.Child child = Launches.untilMarker(List.of(Launches.JDK_JAVA.toString(),
                        "-Dicp.startup.marker=true", "-jar", Launches.JAR.toString(), "--workspace", workspace.toString()),
                        env, "ICP-PROJECT-SHOWN")) {
                    List<String> status = Files.readAllLines(Path.of("/proc", String.valueOf(child.process().pid()), "status"));
                    rows.add(new String[] {String.format(Locale.ROOT,
                            "resident memory (VmRSS) with a %,d-interview project open in the window (shown after %.1f s)",
                            interviews, child.timing().fromSpawnMs() / 1000), megabytes(status, "VmRSS:")});
                    rows.add(new String[] {"  peak resident memory (VmHWM) until then", megabytes(status, "VmHWM:")});
                }
            } finally {
                Launches.deleteQuietly(folder);
            }
        }
        return rows;
    }

    private static String megabytes(List<String> status, String field) {
        long kilobytes = status.stream().filter(line -> line.startsWith(field)).findFirst()
                .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").trim())).orElse(-1L);
        return String.format(Locale.ROOT, "%.0f MB", kilobytes / 1024.0);
    }
}
