package org.icpworkbench.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class StartupMarkerTest {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream original;
    private Stage stage;

    @BeforeEach
    void captureStdout() throws Exception {
        FxToolkit.registerPrimaryStage();
        original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() throws Exception {
        System.setOut(original);
        System.clearProperty(StartupMarker.MARKER);
        if (stage != null) {
            FxToolkit.setupFixture(stage::hide);
        }
    }

    @Test
    void printsTheFirstFrameOnceWhenAskedForThenRunsTheNextStep() throws Exception {
        System.setProperty(StartupMarker.MARKER, "true");
        java.util.concurrent.atomic.AtomicInteger nextSteps = new java.util.concurrent.atomic.AtomicInteger();
        show(nextSteps::incrementAndGet);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> nextSteps.get() == 1);
        FxToolkit.setupFixture(() -> ((Label) stage.getScene().getRoot()).setText("changed"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(output()).matches("(?s)ICP-FIRST-FRAME \\d+\\R");
        assertThat(nextSteps).hasValue(1);
    }

    @Test
    void marksTheLayoutOfWhatWasAddedAfterTheFirstFrame() throws Exception {
        System.setProperty(StartupMarker.MARKER, "true");
        show(() -> {
            ((Label) stage.getScene().getRoot()).setText("content");
            StartupMarker.contentAdded(stage.getScene());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> output().contains("ICP-WINDOW-COMPLETE"));

        assertThat(output()).matches("(?s)ICP-FIRST-FRAME (\\d+)\\RICP-WINDOW-COMPLETE \\d+\\R");
    }

    @Test
    void staysSilentByDefaultButStillRunsTheNextStep() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean next = new java.util.concurrent.atomic.AtomicBoolean();
        show(() -> next.set(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, next::get);

        assertThat(output()).isEmpty();
    }

    @Test
    void reportsTheProjectShownOnlyWhenAskedFor() {
        StartupMarker.projectShown();
        assertThat(output()).isEmpty();

        System.setProperty(StartupMarker.MARKER, "true");
        StartupMarker.projectShown();
        assertThat(output()).matches("ICP-PROJECT-SHOWN \\d+\\R");
    }

    private void show(Runnable afterFirstFrame) throws Exception {
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            Scene scene = new Scene(new Label("frame"), 200, 100);
            StartupMarker.afterFirstFrame(scene, afterFirstFrame);
            stage.setScene(scene);
            stage.show();
        });
    }

    private String output() {
        return captured.toString(StandardCharsets.UTF_8);
    }
}
