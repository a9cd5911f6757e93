package org.icpworkbench.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Entry point. With a command-line action it does the work and exits with 0 (done), 1 (failed, one line on
 * stderr) or 2 (usage error); otherwise it opens the main window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exitCode = new CommandLineApp(System.getenv(), out, err).run(args);
        if (exitCode != CommandLineApp.OPEN_WINDOW) {
            System.exit(exitCode);
        }
    }

    static int run(Map<String, String> environment, PrintWriter out, PrintWriter err, String... args) {
        return new CommandLineApp(environment, out, err).run(args);
    }
}
