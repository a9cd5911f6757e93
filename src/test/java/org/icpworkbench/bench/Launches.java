package org.icpworkbench.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starting the application (or the bare-window floor) as a child process on an X display and waiting for a marker
 * line ({@code ICP-FIRST-FRAME ms}, {@code ICP-PROJECT-SHOWN ms}) on its stdout. Shared by the start-up and memory
 * benchmarks.
 */
final class Launches {

    static final Path TARGET = Path.of("target").toAbsolutePath();
    static final Path JAR = TARGET.resolve("icp-workbench.jar");
    static final Path JDK_JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private Launches() {
    }

    /** What one launch measured: from spawning the process, and from the JVM's own start time, to the marker. */
    record Timing(double fromSpawnMs, double fromJvmStartMs) {
    }

    /** A running child stopped at its last marker, with the time of each; {@link #close()} ends it. */
    record Child(Process process, Map<String, Timing> timings) implements AutoCloseable {

        /** The last marker's to arrive. */
        Timing timing() {
            return timings.values().stream().reduce((first, second) -> second).orElseThrow();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Starts {@code command} with {@code environment} added and returns once {@code marker} has been printed. */
    static Child untilMarker(List<String> command, Map<String, String> environment, String... markers) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        long spawned = System.nanoTime();
        Process process = builder.start();
        java.util.concurrent.atomic.AtomicBoolean seen = new java.util.concurrent.atomic.AtomicBoolean();
        // A child that never gets there is ended, which ends the read below.
        java.util.concurrent.CompletableFuture.delayedExecutor(5, TimeUnit.MINUTES).execute(() -> {
            if (!seen.get()) {
                process.destroyForcibly();
            }
        });
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Map<String, Timing> timings = new java.util.LinkedHashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                for (String marker : markers) {
                    if (line.startsWith(marker + " ")) {
                        double fromSpawn = (System.nanoTime() - spawned) / 1_000_000.0;
                        double fromJvm = Double.parseDouble(line.substring(marker.length() + 1).trim());
                        timings.put(marker, new Timing(fromSpawn, fromJvm));
                    }
                }
                if (timings.size() == markers.length) {
                    seen.set(true);
                    drain(reader);
                    return new Child(process, timings);
                }
            }
            throw new IllegalStateException("not all of " + List.of(markers) + " from " + String.join(" ", command)
                    + " (exit " + process.waitFor() + ")");
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** Keeps reading the child's stdout so it never blocks on a full pipe. */
    private static void drain(BufferedReader reader) {
        Thread thread = new Thread(() -> {
            try {
                while (reader.readLine() != null) {
                    // discard
                }
            } catch (IOException ignored) {
                // the child has ended
            }
        }, "bench-drain");
        thread.setDaemon(true);
        thread.start();
    }

    /** The floor's class path: the test classes and the JavaFX jars copied into {@code target/lib}. */
    static String floorClassPath(Path libFolder) throws IOException {
        return floorClassPath(TARGET.resolve("test-classes"), libFolder);
    }

    /** The same with the floor's classes from {@code classes} (a folder, or a jar as an AOT cache needs). */
    static String floorClassPath(Path classes, Path libFolder) throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(classes.toString());
        try (Stream<Path> jars = Files.list(libFolder)) {
            jars.filter(jar -> jar.getFileName().toString().startsWith("javafx-")).sorted()
                    .forEach(jar -> entries.add(jar.toString()));
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** An X server for the children: our own Xvfb when installed (so every run sees the same screen), else $DISPLAY. */
    static final class Display implements AutoCloseable {
        private final Optional<Process> xvfb;
        final String name;

        private Display(Optional<Process> xvfb, String name) {
            this.xvfb = xvfb;
            this.name = name;
        }

        static Display start() throws IOException {
            Optional<Path> binary = Stream.of("/usr/bin/Xvfb", "/usr/local/bin/Xvfb").map(Path::of)
                    .filter(Files::isExecutable).findFirst();
            if (binary.isEmpty()) {
                String existing = System.getenv("DISPLAY");
                if (existing == null || existing.isBlank()) {
                    throw new IllegalStateException("neither Xvfb nor $DISPLAY");
                }
                return new Display(Optional.empty(), existing);
            }
            Process process = new ProcessBuilder(binary.get().toString(), "-displayfd", "1", "-screen", "0",
                    "1920x1080x24", "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String number = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            if (number == null) {
                process.destroyForcibly();
                throw new IllegalStateException("Xvfb did not start");
            }
            return new Display(Optional.of(process), ":" + number.trim());
        }

        @Override
        public void close() throws InterruptedException {
            if (xvfb.isPresent()) {
                xvfb.get().destroy();
                xvfb.get().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Runs a command to its end (preparing a workspace, training an AOT cache); fails on a non-zero exit. */
    static void runToEnd(List<String> command, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    /** A jar of the floor's classes: an AOT cache cannot be trained with a folder on the class path. */
    static Path floorJar(Path folder) throws IOException {
        Path jar = folder.resolve("floor.jar");
        Path classes = TARGET.resolve("test-classes/org/icpworkbench/bench");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.list(classes)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("BareWindow")).toList()) {
                out.putNextEntry(new java.util.jar.JarEntry("org/icpworkbench/bench/" + file.getFileName()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
