package org.icpworkbench.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the real application in a child JVM on a real X server (Xvfb), GTK, no test toolkit. When the X server
 * goes away, or another program destroys the window, the application closes the workspace as on a normal close
 * (closing backup, the seal's digest) and ends; before, the first ran no shutdown at all and the second left the JVM
 * holding the workspace's lock. Skipped without Linux, Xvfb, xdotool or GTK 3 (.ci/run installs them).
 */
class WindowSystemLossTest {

    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final Duration END_LIMIT = Duration.ofSeconds(40);

    @TempDir
    Path folder;

    private final List<Process> started = new ArrayList<>();
    private Process xvfb;
    private String display;

    @BeforeEach
    void startXServer() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"), "X11 is Linux here");
        assumeTrue(onPath("Xvfb") && onPath("xdotool"), "Xvfb and xdotool are not installed");
        assumeTrue(gtkInstalled(), "GTK 3 is not installed");
        for (int number = 140 + (int) (ProcessHandle.current().pid() % 40); xvfb == null && number < 240; number++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
                continue;
            }
            Process server = start(List.of("Xvfb", ":" + number, "-screen", "0", "1280x800x24", "-nolisten", "tcp"), null);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (server.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + number)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            if (server.isAlive() && Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                xvfb = server;
                display = ":" + number;
            }
        }
        assumeTrue(xvfb != null, "no X display could be started");
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (Process process : started.reversed()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWindowDestroyedByAnotherProgramClosesTheWorkspaceAndEnds() throws Exception {
        Path workspace = folder.resolve("workspace");
        Process app = startApplication(workspace);
        String window = waitForWindow(app, workspace);

        assertThat(run("xdotool", "windowclose", window)).isZero();

        assertThat(app.waitFor(END_LIMIT.toSeconds(), TimeUnit.SECONDS))
                .as("the JVM ends instead of holding the workspace without a window").isTrue();
        assertThat(app.exitValue()).isZero();
        assertClosedCleanly(workspace);
    }

    @Test
    void theXServerGoingAwayClosesTheWorkspaceAsOnANormalClose() throws Exception {
        Path workspace = folder.resolve("workspace");
        Process app = startApplication(workspace);
        waitForWindow(app, workspace);

        xvfb.destroy();

        assertThat(app.waitFor(END_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the JVM ends").isTrue();
        assertThat(app.exitValue()).as("as GTK ends it, but after closing the workspace").isEqualTo(1);
        assertClosedCleanly(workspace);
    }

    private static void assertClosedCleanly(Path workspace) throws IOException {
        assertThat(Files.readAllLines(workspace.resolve("workspace.seal"), StandardCharsets.UTF_8))
                .as("the seal of a clean close: the commit number, then size, time and CRC")
                .anyMatch(line -> line.startsWith("closed "));
        try (Stream<Path> backups = Files.list(workspace.resolve("backups"))) {
            assertThat(backups.map(file -> file.getFileName().toString())).as("a closing backup")
                    .anyMatch(name -> name.contains("-close-"));
        }
    }

    private Process startApplication(Path workspace) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return start(List.of(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-Dprism.order=sw",
                "-cp", System.getProperty("java.class.path"), "org.icpworkbench.app.Main",
                "--workspace", workspace.toString(), "--lang=en"), folder.resolve("app.log"));
    }

    /** Waits until the window is there and the new workspace (with its sample project) is open and written. */
    private String waitForWindow(Process app, Path workspace) throws Exception {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the application runs; its output: %s", output()).isTrue();
            String window = searchWindow();
            if (!window.isEmpty() && Files.isDirectory(workspace.resolve("search-index"))
                    && hasBackup(workspace.resolve("backups"))) {
                Thread.sleep(3000);
                return window;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the window did not open; output: " + output());
    }

    private static boolean hasBackup(Path backups) throws IOException {
        if (!Files.isDirectory(backups)) {
            return false;
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.anyMatch(file -> file.getFileName().toString().contains("-open-"));
        }
    }

    private String searchWindow() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("xdotool", "search", "--name", "^ICP Workbench$");
        builder.environment().put("DISPLAY", display);
        Process search = builder.redirectErrorStream(true).start();
        String out = new String(search.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        search.waitFor(10, TimeUnit.SECONDS);
        return out.lines().findFirst().orElse("").matches("\\d+") ? out.lines().findFirst().orElseThrow() : "";
    }

    private int run(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", display);
        Process process = builder.start();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    private Process start(List<String> command, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile()));
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        builder.environment().put("ICP_WORKBENCH_CONFIG", folder.resolve("config").toString());
        builder.environment().remove("ICP_WORKBENCH_WORKSPACE");
        Process process = builder.start();
        started.add(process);
        return process;
    }

    private String output() {
        try {
            return Files.readString(folder.resolve("app.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(none)";
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static boolean gtkInstalled() {
        return Stream.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib")
                .anyMatch(dir -> Files.exists(Path.of(dir, "libgtk-3.so.0")));
    }
}
