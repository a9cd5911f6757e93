package org.icpworkbench.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up floor: a Stage with a Label, the same size as the main window, on the same JDK and JavaFX. It prints
 * {@code ICP-FIRST-FRAME <ms since JVM start>} exactly as {@code org.icpworkbench.gui.StartupMarker} does (a copy, so
 * the floor loads nothing of the application). Like the application's {@code Main}, this class is not itself an
 * {@link Application}, so JavaFX runs from the class path the same way.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("ICP Workbench")), 1180, 760);
            boolean exit = Boolean.getBoolean("icp.startup.exitWhenStarted");
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("ICP-FIRST-FRAME " + sinceJvmStart);
                System.out.flush();
                if (exit) {
                    Platform.runLater(() -> System.exit(0));
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setTitle("Bare window");
            stage.setScene(scene);
            stage.show();
        }
    }
}
