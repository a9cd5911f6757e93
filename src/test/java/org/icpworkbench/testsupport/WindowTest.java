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
    /** Files to hand the application when it opens a file dialog. */
    protected final ScriptedFileChoices files = new ScriptedFileChoices();

    protected void startApplication(Language language) throws Exception {
        app = RunningApp.start(temp, language, robot, files);
    }

    protected void waitUntil(Callable<Boolean> condition) throws Exception {
        app.waitUntil(condition);
    }

    /**
     * The rendered, filled cell (list cell or table row) showing the item at {@code index} of the control found by
     * {@code selector}, once there is one. Text lookups are avoided on purpose: they can hit a hidden measuring cell.
     */
    protected javafx.scene.Node cell(String selector, int index) throws Exception {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.Node> found = new java.util.concurrent.atomic.AtomicReference<>();
        waitUntil(() -> {
            for (javafx.scene.Node node : robot.lookup(selector + " .indexed-cell").queryAll()) {
                if (node instanceof javafx.scene.control.IndexedCell<?> cell && !cell.isEmpty() && cell.getIndex() == index
                        && cell.isVisible() && cell.getParent() != null && cell.getParent().isVisible()) {
                    found.set(cell);
                    return true;
                }
            }
            return false;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return found.get();
    }

    @AfterEach
    void stopApplication() throws Exception {
        // A dialog a failed test left open would take the keyboard and the lookups of every later test in this JVM.
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream()
                .filter(window -> window.isShowing() && !(window instanceof javafx.stage.Stage stage && stage.getOwner() == null))
                .forEach(javafx.stage.Window::hide)).get(10, java.util.concurrent.TimeUnit.SECONDS);
        if (app != null) {
            app.close();
        }
    }
}
