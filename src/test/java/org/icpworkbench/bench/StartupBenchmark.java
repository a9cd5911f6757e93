package org.icpworkbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Start-up to the first frame of the main window against the floor, a bare JavaFX window on the same runtime, under
 * Xvfb with the real GTK glass (what users see; Xvfb has no GPU, so Prism renders in software for both). The subjects
 * run alternately, {@value #RUNS} times each after one discarded warm-up (which also unpacks JavaFX's native libraries),
 * and each figure is a median. Times are from spawning the process to reading the marker line; the JVM's own figure
 * (start time → first frame) is printed beside it. The disk cache is warm: this is every start but the first after boot.
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

    private record Subject(String name, List<String> command, Map<String, String> environment) {
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

            List<Subject> subjects = new ArrayList<>();
            subjects.add(new Subject("floor", List.of(Launches.JDK_JAVA.toString(), "-cp",
                    Launches.floorClassPath(Launches.TARGET.resolve("lib")), BareWindow.class.getName()), env));
            subjects.add(new Subject("app", List.of(Launches.JDK_JAVA.toString(), "-Dicp.startup.marker=true", "-jar",
                    Launches.JAR.toString(), "--workspace", workspace.toString()), env));
            boolean packaged = Files.isExecutable(IMAGE.resolve("bin/icp-workbench"));
            if (packaged) {
                subjects.addAll(packagedSubjects(folder, workspace, env));
            }
            Map<String, List<Launches.Timing>> timings = measure(subjects);

            double floor = spawnMedian(timings.get("floor"));
            double app = spawnMedian(timings.get("app"));
            rows.add(row("start-up to first frame, bare JavaFX window (the floor), JDK + jars, median of " + RUNS,
                    timings.get("floor")));
            rows.add(row("start-up to first frame, ICP Workbench (java -jar), median of " + RUNS, timings.get("app")));
            rows.add(ratio("  start-up ratio ICP Workbench / floor (goal ≤ 1.2×)", app, floor));
            if (packaged) {
                double packagedFloor = spawnMedian(timings.get("image floor"));
                rows.add(row("packaged runtime: floor, no AOT cache", timings.get("image floor")));
                rows.add(row("packaged runtime: floor with its own AOT cache", timings.get("image floor aot")));
                rows.add(row("packaged launcher: ICP Workbench without its AOT cache", timings.get("image app noaot")));
                rows.add(row("packaged launcher: ICP Workbench with its AOT cache (as installed)", timings.get("image app")));
                rows.add(ratio("  packaged ratio with AOT / floor without", spawnMedian(timings.get("image app")), packagedFloor));
                rows.add(ratio("  packaged ratio with AOT / floor with AOT", spawnMedian(timings.get("image app")),
                        spawnMedian(timings.get("image floor aot"))));
            } else {
                rows.add(new String[] {"packaged start-up", "not measured: no target/installer/image (mvn -Ppackage package)"});
            }
        } finally {
            Launches.deleteQuietly(folder);
        }
        return rows;
    }

    private static List<Subject> packagedSubjects(Path folder, Path workspace, Map<String, String> env) throws Exception {
        String java = IMAGE.resolve("lib/runtime/bin/java").toString();
        String floorPath = Launches.floorClassPath(Launches.floorJar(folder), IMAGE.resolve("lib/app/lib"));
        Path floorCache = folder.resolve("floor.aot");
        Path floorConfig = folder.resolve("floor.aotconf");
        String bare = BareWindow.class.getName();
        // The floor's cache is trained on the same runtime the same way as the application's: run to the first frame.
        Launches.runToEnd(List.of(java, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + floorConfig,
                "-Dicp.startup.exitAfterFirstFrame=true", "-cp", floorPath, bare), env);
        Launches.runToEnd(List.of(java, "-XX:AOTMode=create", "-XX:AOTConfiguration=" + floorConfig,
                "-XX:AOTCache=" + floorCache, "-cp", floorPath, bare), env);
        String launcher = IMAGE.resolve("bin/icp-workbench").toString();
        List<String> app = List.of(launcher, "--workspace", workspace.toString());
        return List.of(
                new Subject("image floor", List.of(java, "-cp", floorPath, bare), env),
                new Subject("image floor aot", List.of(java, "-XX:AOTCache=" + floorCache, "-cp", floorPath, bare), env),
                new Subject("image app noaot", app, with(env, "-XX:AOTMode=off -Dicp.startup.marker=true")),
                new Subject("image app", app, with(env, "-Dicp.startup.marker=true")));
    }

    /** The launcher takes its JVM options from its .cfg file; extra ones go through JAVA_TOOL_OPTIONS. */
    private static Map<String, String> with(Map<String, String> env, String toolOptions) {
        Map<String, String> copy = new LinkedHashMap<>(env);
        copy.put("JAVA_TOOL_OPTIONS", toolOptions);
        return copy;
    }

    /** One warm-up each, then {@value #RUNS} rounds, the subjects taking turns within a round. */
    private static Map<String, List<Launches.Timing>> measure(List<Subject> subjects) throws Exception {
        Map<String, List<Launches.Timing>> timings = new LinkedHashMap<>();
        for (int round = 0; round <= RUNS; round++) {
            for (Subject subject : subjects) {
                try (Launches.Child child = Launches.untilMarker(subject.command(), subject.environment(), "ICP-FIRST-FRAME")) {
                    if (round > 0) {
                        timings.computeIfAbsent(subject.name(), name -> new ArrayList<>()).add(child.timing());
                    }
                }
            }
        }
        return timings;
    }

    private static double spawnMedian(List<Launches.Timing> timings) {
        return Launches.median(timings.stream().map(Launches.Timing::fromSpawnMs).toList());
    }

    private static String[] row(String what, List<Launches.Timing> timings) {
        double jvm = Launches.median(timings.stream().map(Launches.Timing::fromJvmStartMs).toList());
        return new String[] {what, String.format(Locale.ROOT, "%.0f ms (JVM start → frame %.0f ms)", spawnMedian(timings), jvm)};
    }

    private static String[] ratio(String what, double numerator, double denominator) {
        return new String[] {what, String.format(Locale.ROOT, "%.2f×", numerator / denominator)};
    }
}
