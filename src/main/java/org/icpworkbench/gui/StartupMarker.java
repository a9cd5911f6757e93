package org.icpworkbench.gui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Start-up measurement hooks, off unless asked for. {@code -Dicp.startup.marker=true} prints
 * {@code ICP-FIRST-FRAME <ms since JVM start>} on stdout at the first pulse that lays out the shown window (the
 * benchmark reads it); {@code -Dicp.startup.exitAfterFirstFrame=true} also exits right after, which is the training
 * run that records the packaged application's AOT cache. The bare-window floor prints the same line the same way.
 */
public final class StartupMarker {

    static final String MARKER = "icp.startup.marker";
    static final String EXIT = "icp.startup.exitAfterFirstFrame";

    private StartupMarker() {
    }

    /** Call before the scene's window is shown. */
    public static void watch(Scene scene) {
        boolean exit = Boolean.getBoolean(EXIT);
        if (!exit && !Boolean.getBoolean(MARKER)) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("ICP-FIRST-FRAME " + sinceJvmStart);
            System.out.flush();
            if (exit) {
                // After this pulse has been rendered, so the training run covers the whole path to the first frame.
                Platform.runLater(() -> System.exit(0));
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Once the workspace is open and the selected project's page shown: {@code ICP-PROJECT-SHOWN <ms>} (for the memory benchmark). */
    public static void projectShown() {
        if (Boolean.getBoolean(MARKER)) {
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("ICP-PROJECT-SHOWN " + sinceJvmStart);
            System.out.flush();
        }
    }
}
