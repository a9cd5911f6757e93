package org.icpworkbench.testsupport;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.icpworkbench.model.common.Language;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the user guide's screenshots from the real application: a fresh workspace with the sample project, driven the
 * way a user would (clicks on the side navigation, a double-click to open an interview, the menu shortcut for Settings),
 * each window saved as a PNG of its scene. Run by {@code docs/take-screenshots.sh} under Xvfb, once per language:
 * {@code GuideScreenshots OUT_FOLDER en|ru}.
 */
public final class GuideScreenshots {

    private final FxRobot robot = new FxRobot();
    private final Path out;
    private RunningApp app;

    private GuideScreenshots(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Language language = Language.valueOf(args[1].toUpperCase());
        Files.createDirectories(out);
        Path temp = Files.createTempDirectory("icp-guide");
        GuideScreenshots tour = new GuideScreenshots(out);
        try {
            tour.app = RunningApp.start(temp, language, tour.robot, new ScriptedFileChoices(), java.time.Duration.ofMinutes(3));
            tour.run();
        } finally {
            if (tour.app != null) {
                tour.app.close();
            }
            Platform.exit();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        Stage stage = (Stage) robot.listWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
        onFx(() -> {
            stage.setWidth(1440);
            stage.setHeight(900);
            stage.setX(0);
            stage.setY(0);
            return null;
        });
        settle();
        shoot(stage, "01-main-window");

        openFirstInterview();
        shoot(stage, "02-interview");
        robot.clickOn("#runnerBack");
        waitFor(() -> robot.lookup("#interviewRunner").tryQuery().isEmpty());

        page("#answersTabNav", "#answerGrid");
        shoot(stage, "03-answers");
        page("#tagsTabNav", "#tagList");
        shoot(stage, "04-tags-and-quotes");
        page("#customersTabNav", "#customerTable");
        shoot(stage, "05-customers");
        robot.clickOn("#customerChartsTab");
        settle();
        shoot(stage, "06-customer-charts");
        page("#portraitTabNav", "#characteristicTable");
        selectRow("#characteristicTable", 0);
        shoot(stage, "07-portrait");
        robot.clickOn("#portraitDocumentTab");
        settle();
        shoot(stage, "08-portrait-summary");
        robot.clickOn("#portraitVersionsTab");
        settle();
        shoot(stage, "09-portrait-versions");
        page("#scorecardTabNav", "#criteriaTable");
        shoot(stage, "10-scorecard");

        robot.clickOn("#portraitTabNav");
        settle();
        robot.clickOn("#portraitExportPdf");
        shootDialog(stage, "11-export-pdf");
        robot.type(KeyCode.ESCAPE);
        settle();

        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        shootDialog(stage, "12-settings");
        robot.type(KeyCode.ESCAPE);
        settle();
    }

    private void openFirstInterview() throws Exception {
        robot.clickOn("#interviewsTabNav");
        TableView<?> table = robot.lookup("#interviewTable").queryTableView();
        waitFor(() -> !table.getItems().isEmpty());
        Node row = rowNode("#interviewTable", 0);
        robot.doubleClickOn(row);
        waitFor(() -> robot.lookup("#interviewRunner").tryQuery().isPresent());
        // Question 9 (first purchase) is answered with text and structured values: a sum of money and products.
        robot.clickOn(rowNode("#questionList", 3));
        settle();
    }

    private void page(String nav, String content) throws Exception {
        robot.clickOn(nav);
        waitFor(() -> robot.lookup(content).tryQuery().filter(Node::isVisible).isPresent() && hasItems(robot.lookup(content).query()));
        settle();
    }

    private static boolean hasItems(Node node) {
        if (node instanceof TableView<?> table) {
            return !table.getItems().isEmpty();
        }
        if (node instanceof ListView<?> list) {
            return !list.getItems().isEmpty();
        }
        return true;
    }

    private void selectRow(String table, int index) throws Exception {
        robot.clickOn(rowNode(table, index));
        settle();
    }

    private Node rowNode(String selector, int index) throws Exception {
        java.util.concurrent.atomic.AtomicReference<Node> found = new java.util.concurrent.atomic.AtomicReference<>();
        waitFor(() -> {
            for (Node node : robot.lookup(selector + " .indexed-cell").queryAll()) {
                if (node instanceof javafx.scene.control.IndexedCell<?> cell && !cell.isEmpty() && cell.getIndex() == index
                        && cell.isVisible()) {
                    found.set(cell);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    private void shootDialog(Stage owner, String name) throws Exception {
        waitFor(() -> dialogs(owner).size() == 1);
        settle();
        shoot(dialogs(owner).getFirst(), name);
    }

    private List<Window> dialogs(Stage owner) {
        return robot.listWindows().stream().filter(window -> window != owner && window.isShowing()
                && window.getScene() != null && window.getScene().getRoot() != null).toList();
    }

    /** Lets asynchronous loads, layout and charts' animations finish before a picture is taken. */
    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        app.services().workspace().database().submit(dsl -> null).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(Window window, String name) throws Exception {
        WritableImage image = onFx(() -> {
            Scene scene = window.getScene();
            return scene.snapshot(null);
        });
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        PixelReader reader = image.getPixelReader();
        reader.getPixels(0, 0, width, height, javafx.scene.image.PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(0, 0, width, height, pixels, 0, width);
        Path file = out.resolve(name + ".png");
        ImageIO.write(picture, "png", file.toFile());
        System.out.println("wrote " + file + " (" + width + "×" + height + ")");
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        app.waitUntil(condition);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(20, TimeUnit.SECONDS);
    }

    static {
        // Real windows under Xvfb rather than Monocle: the guide shows what users see.
        System.setProperty("testfx.robot", "glass");
        System.setProperty("testfx.setup.timeout", "30000");
    }
}
