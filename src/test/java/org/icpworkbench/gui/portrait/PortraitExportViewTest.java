package org.icpworkbench.gui.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.testsupport.WindowTest;
import org.junit.jupiter.api.Test;

/**
 * The portrait export dialog in the real window, in Russian (the longer texts): every label and option is read whole,
 * and the password rows appear — the window growing with them — only while "Protect with a password" is ticked.
 */
class PortraitExportViewTest extends WindowTest {

    @Test
    void passwordRowsShowOnlyForAProtectedFileAndNoTextIsCut() throws Exception {
        startApplication(Language.RU);
        robot.clickOn("#portraitTabNav");
        waitUntil(() -> robot.lookup("#portraitExportPdf").tryQuery().filter(node -> node.isVisible() && !node.isDisabled())
                .isPresent());
        robot.clickOn("#portraitExportPdf");
        waitUntil(() -> robot.lookup("#exportProtect").tryQuery().filter(Node::isVisible).isPresent());
        Node password = robot.lookup("#exportPassword").query();
        Node again = robot.lookup("#exportPasswordAgain").query();
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Window dialog = pane.getScene().getWindow();

        waitUntil(() -> wholeTexts((Parent) pane.getContent()) && optionsApart());
        assertThat(password.isVisible()).isFalse();
        assertThat(again.isVisible()).isFalse();
        assertThat(pane.getContent().lookupAll(".label").stream()
                .filter(label -> label.isVisible() && label.getParent() == pane.getContent())
                .map(label -> ((Labeled) label).getText())).containsExactly("Язык", "");
        double shortHeight = dialog.getHeight();

        robot.clickOn("#exportProtect");
        waitUntil(() -> password.isVisible() && again.isVisible() && dialog.getHeight() > shortHeight
                && wholeTexts((Parent) pane.getContent()));
        assertThat(pane.getContent().lookupAll(".label").stream()
                .filter(label -> label.isVisible() && label.getParent() == pane.getContent())
                .map(label -> ((Labeled) label).getText()))
                .contains("Пароль", "Повторите пароль", "Введите пароль, который понадобится клиенту, чтобы открыть файл.");
        robot.clickOn("#exportPassword").write("secret");
        robot.clickOn("#exportPasswordAgain").write("secret");
        waitUntil(() -> !robot.lookup("#exportConfirm").query().isDisabled());

        robot.clickOn("#exportProtect");
        waitUntil(() -> !password.isVisible() && !again.isVisible() && dialog.getHeight() < shortHeight + 1);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !dialog.isShowing());
    }

    /** True when each option has the height of its (wrapped) text and none runs into the next. */
    private boolean optionsApart() {
        double bottom = Double.NEGATIVE_INFINITY;
        for (String id : new String[] {"#exportLanguage", "#exportAnonymous", "#exportAppendix", "#exportProtect"}) {
            Node option = robot.lookup(id).query();
            var bounds = option.localToScene(option.getLayoutBounds());
            if (bounds.getMinY() < bottom
                    || bounds.getHeight() + 0.5 < option.prefHeight(option.getLayoutBounds().getWidth())) {
                return false;
            }
            bottom = bounds.getMaxY();
        }
        return true;
    }

    /** True when every text is shown whole: no "Па…" where "Пароль" should be, long options wrapped rather than cut. */
    private static boolean wholeTexts(Parent parent) {
        for (Node node : parent.getChildrenUnmodifiable()) {
            if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
                    && !labeled.getText().isEmpty() && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY
                    && !(labeled.lookup(".text") instanceof Text shown && labeled.getText().equals(shown.getText()))) {
                return false;
            }
            if (node instanceof Parent child && !wholeTexts(child)) {
                return false;
            }
        }
        return true;
    }
}
