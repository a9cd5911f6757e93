package org.icpworkbench.testsupport;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.icpworkbench.gui.IcpWorkbenchApp;
import org.icpworkbench.gui.StartupOptions;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application, started headless on a new workspace (with the sample project) for a TestFX test. */
public final class RunningApp implements AutoCloseable {

    private final IcpWorkbenchApp application;
    private final FxRobot robot;

    private RunningApp(IcpWorkbenchApp application, FxRobot robot) {
        this.application = application;
        this.robot = robot;
    }

    /** Starts the window in a folder of the test's and waits until the sample project's interviews are listed. */
    public static RunningApp start(Path folder, Language language, FxRobot robot) throws Exception {
        return start(folder, language, robot, new ScriptedFileChoices());
    }

    /** As {@link #start(Path, Language, FxRobot)}, with the files the test wants chosen in file dialogs. */
    public static RunningApp start(Path folder, Language language, FxRobot robot, ScriptedFileChoices files) throws Exception {
        return start(folder, language, robot, files, java.time.Duration.ofSeconds(20));
    }

    /** As above, waiting up to {@code firstLoad} for the sample project (a busy machine takes longer to create it). */
    public static RunningApp start(Path folder, Language language, FxRobot robot, ScriptedFileChoices files,
            java.time.Duration firstLoad) throws Exception {
        FxToolkit.registerPrimaryStage();
        StartupOptions options = new StartupOptions(folder.resolve("workspace"),
                new UserSettingsStore(folder.resolve("config")), Optional.of(language), files);
        IcpWorkbenchApp application = (IcpWorkbenchApp) FxToolkit.setupApplication(() -> new IcpWorkbenchApp(options));
        RunningApp running = new RunningApp(application, robot);
        running.waitUntil(firstLoad, () -> robot.lookup("#interviewTable").tryQuery().isPresent()
                && !robot.lookup("#interviewTable").queryTableView().getItems().isEmpty());
        return running;
    }

    public WorkspaceServices services() {
        return application.services().orElseThrow();
    }

    public long firstProjectId() {
        return services().projects().summaries(true).join().getFirst().id();
    }

    /**
     * Waits for a condition of the window, failing with the open windows named. The condition is checked on the
     * JavaFX thread: looking up nodes from the test thread can meet a scene graph the application is changing.
     */
    public void waitUntil(Callable<Boolean> condition) throws Exception {
        waitUntil(java.time.Duration.ofSeconds(20), condition);
    }

    private void waitUntil(java.time.Duration timeout, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting; windows: " + robot.listWindows(), e);
        }
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(application);
    }
}
