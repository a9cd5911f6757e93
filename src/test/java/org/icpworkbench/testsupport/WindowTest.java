package org.icpworkbench.testsupport;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icpworkbench.model.common.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Base of TestFX tests that drive the whole window on a fresh workspace with the sample project. */
public abstract class WindowTest {

    @TempDir
    protected Path temp;
    protected final FxRobot robot = new FxRobot();
    protected RunningApp app;

    protected void startApplication(Language language) throws Exception {
        app = RunningApp.start(temp, language, robot);
    }

    protected void waitUntil(Callable<Boolean> condition) throws Exception {
        app.waitUntil(condition);
    }

    @AfterEach
    void stopApplication() throws Exception {
        if (app != null) {
            app.close();
        }
    }
}
