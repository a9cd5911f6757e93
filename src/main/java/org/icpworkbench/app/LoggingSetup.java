package org.icpworkbench.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * Logback's configuration in code, found through {@code META-INF/services}: warnings and errors to stderr, stdout
 * left clean for command-line output. Reading a {@code logback.xml} instead loads an XML parser and Logback's Joran
 * interpreter, about 0.4 s of every start (ADR 0021).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LoggingSetup extends ContextAwareBase implements Configurator {

    /**
     * No stack traces on stderr: a full disk or a bad file is the user's condition, told in their language by the
     * window or the command line; the log line beside it names the class and the reason. {@code -Dicp.log.stackTraces=true}
     * brings the traces back for debugging.
     */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n";
    static final String PATTERN_WITHOUT_TRACES = "%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n%nopex";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getStatusManager().add(new NopStatusListener());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(Boolean.getBoolean("icp.log.stackTraces") ? PATTERN : PATTERN_WITHOUT_TRACES);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        // jOOQ's start-up banner and "tip of the day".
        context.getLogger("org.jooq.Constants").setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
