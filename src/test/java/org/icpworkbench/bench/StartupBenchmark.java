package org.icpworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up of the main window against the floor, a bare JavaFX window on the same runtime, under Xvfb with the real
 * GTK glass (what users see; Xvfb has no GPU, so Prism renders in software for both). The subjects
 * run alternately, {@value #RUNS} times each after one discarded warm-up (which also unpacks JavaFX's native libraries),
 * and each figure is a median. Times are from spawning the process to reading the marker line; the JVM's own figure
 * (start time → marker) is printed beside it. The disk cache is warm: this is every start but the first after boot.
 * The application is started as its desktop entry starts it, without arguments, and reports three moments: its first
 * frame (menus and status line), the window complete (project list and page laid out, ADR 0021), and the sample
 * project shown (workspace open, page filled).
 *
 * <p>With {@code mvn -Ppackage package} run first, the packaged application ({@code target/installer/image}: jlink'd
 * runtime, native launcher, AOT cache) is measured too, with and without its AOT cache, against the floor on the same
 * runtime with and without an AOT cache of its own.
 */
public final class StartupBenchmark {

    static final int RUNS = 5;
    static final Path IMAGE = Launches.TARGET.resolve("installer/image/icp-workbench");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        rows().forEach(row -> System.out.println("| " + row[0] + " | " + row[1] + " |"));
    }

    static final String FIRST_FRAME = "ICP-FIRST-FRAME";
    static final String WINDOW_COMPLETE = "ICP-WINDOW-COMPLETE";
    static final String PROJECT_SHOWN = "ICP-PROJECT-SHOWN";

    /** A way of starting, and the markers it prints (the floor has only a first frame). */
    private record Subject(String name, List<String> command, Map<String, String> environment, String... markers) {
    }

    public static List<String[]> rows() throws Exception {
        List<String[]> rows = new ArrayList<>();
        if (!Files.exists(Launches.JAR)) {
            rows.add(new String[] {"start-up", "not measured: target/icp-workbench.jar missing (mvn package)"});
            return rows;
        }
        Path folder = Files.createTempDirectory("icp-startup-bench");
        try (Launches.Display display = Launches.Display.start()) {
            Path workspace = folder.resolve("workspace");
            Map<String, String> env = Map.of("DISPLAY", display.name, "ICP_WORKBENCH_CONFIG",
                    folder.resolve("config").toString());
            // An existing workspace with the sample project: the usual start, not the very first one.
            Launches.runToEnd(List.of(Launches.JDK_JAVA.toString(), "-jar", Launches.JAR.toString(),
                    "--workspace", workspace.toString(), "--create-sample"), env);
            // Started as the desktop entry starts it: no arguments, the workspace from the environment.
            Map<String, String> appEnv = with(env, "ICP_WORKBENCH_WORKSPACE", workspace.toString());

            List<Subject> subjects = new ArrayList<>();
            subjects.add(new Subject("floor", List.of(Launches.JDK_JAVA.toString(), "-cp",
                    Launches.floorClassPath(Launches.TARGET.resolve("lib")), BareWindow.class.getName()), env, FIRST_FRAME));
            subjects.add(new Subject("app", List.of(Launches.JDK_JAVA.toString(), "-Dicp.startup.marker=true", "-jar",
                    Launches.JAR.toString()), appEnv, FIRST_FRAME, WINDOW_COMPLETE, PROJECT_SHOWN));
            boolean packaged = Files.isExecutable(IMAGE.resolve("bin/icp-workbench"));
            if (packaged) {
                subjects.addAll(packagedSubjects(folder, appEnv));
            }
            Map<String, List<Launches.Child>> runs = measure(subjects);

            double floor = median(runs.get("floor"), FIRST_FRAME);
            rows.add(row("start-up to first frame, bare JavaFX window (the floor), JDK + jars",
                    runs.get("floor"), FIRST_FRAME));
            appRows(rows, "ICP Workbench (java -jar)", runs.get("app"), floor, "floor");
            if (packaged) {
                double packagedFloor = median(runs.get("image floor"), FIRST_FRAME);
                double packagedFloorAot = median(runs.get("image floor aot"), FIRST_FRAME);
                rows.add(row("packaged runtime: floor, no AOT cache", runs.get("image floor"), FIRST_FRAME));
                rows.add(row("packaged runtime: floor with its own AOT cache", runs.get("image floor aot"), FIRST_FRAME));
                appRows(rows, "packaged launcher without its AOT cache", runs.get("image app noaot"), packagedFloor,
                        "packaged floor");
                appRows(rows, "packaged launcher with its AOT cache (as installed)", runs.get("image app"), packagedFloor,
                        "packaged floor");
                rows.add(ratio("  packaged first frame with AOT / packaged floor with AOT",
                        median(runs.get("image app"), FIRST_FRAME), packagedFloorAot));
            } else {
                rows.add(new String[] {"packaged start-up", "not measured: no target/installer/image (mvn -Ppackage package)"});
            }
        } finally {
            Launches.deleteQuietly(folder);
        }
        return rows;
    }

    /** First frame (menus and status line), window complete (project list and page laid out), project shown. */
    private static void appRows(List<String[]> rows, String what, List<Launches.Child> runs, double floor, String floorName) {
        rows.add(row(what + ": first frame (menus, status line)", runs, FIRST_FRAME));
        rows.add(ratio("  ratio first frame / " + floorName + " (goal ≤ 1.2×)", median(runs, FIRST_FRAME), floor));
        rows.add(row(what + ": window complete (project list and page laid out)", runs, WINDOW_COMPLETE));
        rows.add(ratio("  ratio window complete / " + floorName, median(runs, WINDOW_COMPLETE), floor));
        rows.add(row(what + ": sample project shown (workspace open, page filled)", runs, PROJECT_SHOWN));
    }

    private static List<Subject> packagedSubjects(Path folder, Map<String, String> env) throws Exception {
        String java = IMAGE.resolve("lib/runtime/bin/java").toString();
        String floorPath = Launches.floorClassPath(Launches.floorJar(folder), IMAGE.resolve("lib/app/lib"));
        Path floorCache = folder.resolve("floor.aot");
        Path floorConfig = folder.resolve("floor.aotconf");
        String bare = BareWindow.class.getName();
        // The floor's cache is trained on the same runtime the same way as the application's: run to the end of its start.
        Launches.runToEnd(List.of(java, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + floorConfig,
                "-Dicp.startup.exitWhenStarted=true", "-cp", floorPath, bare), env);
        Launches.runToEnd(List.of(java, "-XX:AOTMode=create", "-XX:AOTConfiguration=" + floorConfig,
                "-XX:AOTCache=" + floorCache, "-cp", floorPath, bare), env);
        List<String> app = List.of(IMAGE.resolve("bin/icp-workbench").toString());
        return List.of(
                new Subject("image floor", List.of(java, "-cp", floorPath, bare), env, FIRST_FRAME),
                new Subject("image floor aot", List.of(java, "-XX:AOTCache=" + floorCache, "-cp", floorPath, bare), env,
                        FIRST_FRAME),
                new Subject("image app noaot", app, with(env, "JAVA_TOOL_OPTIONS", "-XX:AOTMode=off -Dicp.startup.marker=true"),
                        FIRST_FRAME, WINDOW_COMPLETE, PROJECT_SHOWN),
                new Subject("image app", app, with(env, "JAVA_TOOL_OPTIONS", "-Dicp.startup.marker=true"),
                        FIRST_FRAME, WINDOW_COMPLETE, PROJECT_SHOWN));
    }

    /** The launcher takes its JVM options from its .cfg file; extra ones go through JAVA_TOOL_OPTIONS. */
    private static Map<String, String> with(Map<String, String> env, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(env);
        copy.put(name, value);
        return copy;
    }

    /** One warm-up each, then {@value #RUNS} rounds, the subjects taking turns within a round. */
    private static Map<String, List<Launches.Child>> measure(List<Subject> subjects) throws Exception {
        Map<String, List<Launches.Child>> runs = new LinkedHashMap<>();
        for (int round = 0; round <= RUNS; round++) {
            for (Subject subject : subjects) {
                try (Launches.Child child = Launches.untilMarker(subject.command(), subject.environment(), subject.markers())) {
                    if (round > 0) {
                        runs.computeIfAbsent(subject.name(), name -> new ArrayList<>()).add(child);
                    }
                }
            }
        }
        return runs;
    }

    private static double median(List<Launches.Child> runs, String marker) {
        return Launches.median(runs.stream().map(run -> run.timings().get(marker).fromSpawnMs()).toList());
    }

    private static String[] row(String what, List<Launches.Child> runs, String marker) {
        double jvm = Launches.median(runs.stream().map(run -> run.timings().get(marker).fromJvmStartMs()).toList());
        return new String[] {what + ", median of " + RUNS,
                String.format(Locale.ROOT, "%.0f ms (JVM start → marker %.0f ms)", median(runs, marker), jvm)};
    }

    private static String[] ratio(String what, double numerator, double denominator) {
        return new String[] {what, String.format(Locale.ROOT, "%.2f×", numerator / denominator)};
    }
}
