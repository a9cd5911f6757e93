package org.icpworkbench.gui.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.icpworkbench.gui.IcpWorkbenchApp;
import org.icpworkbench.gui.StartupOptions;
import org.icpworkbench.logic.search.SearchHit;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.model.common.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Search in the real window, in Russian: another word form finds the answer, and a hit opens its interview. */
class SearchViewTest {

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
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    @Test
    void aRussianWordFindsItsOtherFormsAndOpensTheInterview() throws Exception {
        StartupOptions options = new StartupOptions(temp.resolve("workspace"),
                new UserSettingsStore(temp.resolve("config")), Optional.of(Language.RU));
        application = (IcpWorkbenchApp) FxToolkit.setupApplication(() -> new IcpWorkbenchApp(options));
        waitUntil(() -> robot.lookup("#interviewTable").tryQuery().isPresent()
                && !robot.lookup("#interviewTable").queryTableView().getItems().isEmpty());

        robot.clickOn("Поиск");
        robot.clickOn("#searchQuery").write("клиент");
        robot.type(javafx.scene.input.KeyCode.ENTER);

        ListView<SearchHit> hits = robot.lookup("#searchHits").queryListView();
        waitUntil(() -> !hits.getItems().isEmpty());
        assertThat(hits.getItems()).anySatisfy(hit -> {
            String matched = hit.snippet().substring(hit.highlights().getFirst().start(), hit.highlights().getFirst().end());
            assertThat(matched.toLowerCase()).startsWith("клиент").isNotEqualTo("клиент");
        });
        assertThat(robot.lookup("#searchStatus").queryAs(Label.class).getText()).startsWith("Найден");

        SearchHit first = hits.getItems().getFirst();
        robot.doubleClickOn(robot.lookup("#searchHits .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> robot.lookup("#questionText").tryQuery().isPresent());
        String question = robot.lookup("#questionText").queryAs(Label.class).getText();
        var sheet = application.services().orElseThrow().interviews().sheet(first.document().interviewId()).join();
        assertThat(sheet.questions()).anySatisfy(q -> {
            assertThat(q.id()).isEqualTo(first.document().questionId());
            assertThat(q.text().ru()).isEqualTo(question);
        });
    }
}
