package org.icpworkbench.testsupport;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the command line in this JVM with its own settings folder and captures what it prints. The application's
 * constructor is package-private, so each test passes it in as {@link Launcher}.
 */
public final class CommandLineRunner {

    /** Starts the command line with an environment, its two outputs, its standard input and the arguments. */
    @FunctionalInterface
    public interface Launcher {
        int run(Map<String, String> environment, PrintWriter out, PrintWriter err, InputStream stdin, String... args);
    }

    /** The exit code and everything printed on standard output and standard error. */
    public record Result(int exitCode, String out, String err) {
        public String[] outLines() {
            return out.isBlank() ? new String[0] : out.strip().split("\\R");
        }
    }

    private final Launcher launcher;
    private final Supplier<Path> temp;

    /** {@code temp} is asked on every run, so it may name a {@code @TempDir} field not injected yet. */
    public CommandLineRunner(Launcher launcher, Supplier<Path> temp) {
        this.launcher = launcher;
        this.temp = temp;
    }

    public Result run(String... args) {
        return launch(System.in, args);
    }

    /** With {@code stdin} as the standard input, which {@code -} reads passwords from. */
    public Result runWithInput(String stdin, String... args) {
        return launch(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private Result launch(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = Map.of("ICP_WORKBENCH_CONFIG", temp.get().resolve("config").toString());
        int code = launcher.run(environment, new PrintWriter(out, true), new PrintWriter(err, true), stdin, args);
        return new Result(code, out.toString(), err.toString());
    }
}
