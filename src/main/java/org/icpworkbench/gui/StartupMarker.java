package org.icpworkbench.gui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The steps of start-up, and the markers that measure them when asked for. The window shows its frame first and
 * builds the rest once that frame is on screen (ADR 0021). {@code -Dicp.startup.marker=true} prints
 * {@code ICP-FIRST-FRAME}, {@code ICP-WINDOW-COMPLETE} and {@code ICP-PROJECT-SHOWN}, each with the milliseconds
 * since the JVM started, on stdout; the benchmarks read them. {@code -Dicp.startup.exitWhenStarted=true} exits once the
 * project is shown: the training run that records the packaged application's AOT cache covers the whole start. The
 * bare-window floor prints its first frame the same way.
 */
public final class StartupMarker {

    static final String MARKER = "icp.startup.marker";
    static final String EXIT = "icp.startup.exitWhenStarted";

    private StartupMarker() {
    }

    /**
     * Runs {@code next} on the JavaFX thread once the scene's first pulse is laid out, that is once the first frame
     * is handed to the renderer. Call before the scene's window is shown.
     */
    public static void afterFirstFrame(Scene scene, Runnable next) {
        afterNextLayout(scene, () -> {
            print("ICP-FIRST-FRAME");
            Platform.runLater(next);
        });
    }

    /** Marks the next layout of the scene, the one that lays out what was just added to the frame. */
    public static void contentAdded(Scene scene) {
        afterNextLayout(scene, () -> print("ICP-WINDOW-COMPLETE"));
    }

    /** Once the workspace is open and the selected project's page shown. */
    public static void projectShown() {
        print("ICP-PROJECT-SHOWN");
        if (Boolean.getBoolean(EXIT)) {
            Platform.runLater(() -> System.exit(0));
        }
    }

    private static void afterNextLayout(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static void print(String marker) {
        if (Boolean.getBoolean(MARKER) || Boolean.getBoolean(EXIT)) {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(marker + " " + sinceJvmStart);
            System.out.flush();
        }
    }
}
