package org.icpworkbench.gui.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.icpworkbench.gui.IcpWorkbenchApp;
import org.icpworkbench.gui.StartupOptions;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.model.coding.TagSummary;
import org.icpworkbench.model.common.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The answer grid in the real window: pick an answer, select words, tag them with a new tag. */
class AnswerGridViewTest {

    @TempDir
    Path temp;
    private final FxRobot robot = new FxRobot();
    private IcpWorkbenchApp application;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (application != null) {
            FxToolkit.cleanupApplication(application);
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    @Test
    void wordsOfAnAnswerAreTaggedFromTheGrid() throws Exception {
        StartupOptions options = new StartupOptions(temp.resolve("workspace"),
                new UserSettingsStore(temp.resolve("config")), Optional.of(Language.EN));
        application = (IcpWorkbenchApp) FxToolkit.setupApplication(() -> new IcpWorkbenchApp(options));
        waitUntil(() -> robot.lookup("#interviewTable").tryQuery().isPresent()
                && !robot.lookup("#interviewTable").queryTableView().getItems().isEmpty());

        robot.clickOn("Answers");
        TableView<?> grid = robot.lookup("#answerGrid").queryTableView();
        waitUntil(() -> grid.isVisible() && !grid.getItems().isEmpty());
        assertThat(grid.getItems()).hasSize(3);
        robot.clickOn(robot.lookup("#answerGrid .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        TextArea answer = robot.lookup("#gridAnswerText").queryAs(TextArea.class);
        waitUntil(() -> !answer.getText().isBlank());

        robot.clickOn(answer);
        robot.press(KeyCode.CONTROL, KeyCode.HOME).release(KeyCode.HOME, KeyCode.CONTROL);
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.SHIFT, KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL, KeyCode.SHIFT);
        }
        waitUntil(() -> !answer.getSelectedText().isBlank());
        String selected = answer.getSelectedText().strip();
        robot.clickOn("#gridNewTag").write("Mid-sized distributors");
        robot.clickOn("#gridApplyTags");

        ListView<?> passages = robot.lookup("#gridPassages").queryListView();
        waitUntil(() -> passages.getItems().size() == 1);
        long projectId = application.services().orElseThrow().projects().summaries(true).join().getFirst().id();
        TagSummary tag = application.services().orElseThrow().coding().tags(projectId).join().getFirst();
        assertThat(tag.tag().name()).isEqualTo("Mid-sized distributors");
        assertThat(tag.passageCount()).isEqualTo(1);
        assertThat(application.services().orElseThrow().coding().passagesOfTag(projectId, tag.tag().id()).join())
                .singleElement().satisfies(p -> assertThat(p.text()).isEqualTo(selected));
    }
}
