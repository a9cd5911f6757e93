package org.icpworkbench.app;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.icpworkbench.testsupport.CommandLineRunner;

/** The command line as the tests run it: in this JVM, through the application's package-private constructor. */
final class TestCommandLine {

    private TestCommandLine() {
    }

    static CommandLineRunner in(Supplier<Path> temp) {
        return new CommandLineRunner(
                (environment, out, err, stdin, args) -> new CommandLineApp(environment, out, err, stdin).run(args), temp);
    }
}
