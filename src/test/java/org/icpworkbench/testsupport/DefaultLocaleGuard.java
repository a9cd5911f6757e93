package org.icpworkbench.testsupport;

import java.util.Locale;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The window sets the JVM's default locale to its language, as the application must (JavaFX's own dialogs follow it).
 * All test classes share one JVM, so after each class the default is put back: a command-line test run after a window
 * test must not speak Russian because of the order the classes ran in.
 */
public final class DefaultLocaleGuard implements TestExecutionListener {

    private Locale original;
    private Locale display;
    private Locale format;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        original = Locale.getDefault();
        display = Locale.getDefault(Locale.Category.DISPLAY);
        format = Locale.getDefault(Locale.Category.FORMAT);
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (original != null && identifier.isContainer()) {
            Locale.setDefault(original);
            Locale.setDefault(Locale.Category.DISPLAY, display);
            Locale.setDefault(Locale.Category.FORMAT, format);
        }
    }
}
