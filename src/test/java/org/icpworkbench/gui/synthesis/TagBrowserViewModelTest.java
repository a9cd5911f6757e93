package org.icpworkbench.gui.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.logic.coding.CodingService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.coding.TagSummary;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.testsupport.TestWorkspace;
import org.icpworkbench.testsupport.UncodedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagBrowserViewModelTest {

    @TempDir
    Path temp;

    @Test
    void tagsAreCreatedGroupedRenamedMergedAndTheirPassagesFollow() {
        FakeDialogService dialogs = new FakeDialogService();
        try (TestWorkspace workspace = TestWorkspace.openIn(temp)) {
            Project project = UncodedSample.create(workspace.services(), Language.RU);
            CodingService coding = workspace.services().coding();
            TagBrowserViewModel browser = new TagBrowserViewModel(Messages.of(Language.RU), dialogs, Runnable::run);
            browser.attach(coding);
            browser.load(project.id()).join();

            dialogs.textReplies.add(Optional.of("Цена"));
            browser.newTag().join();
            TagSummary price = browser.tags().getFirst();
            dialogs.textReplies.add(Optional.of("Стоимость"));
            browser.selectedProperty().set(null);
            browser.newTag().join();
            TagSummary cost = browser.tags().stream().filter(t -> t.tag().name().equals("Стоимость")).findFirst().orElseThrow();
            long interviewId = workspace.services().interviews().interviews(project.id()).join().getFirst().id();
            InterviewSheet sheet = workspace.services().interviews().sheet(interviewId).join();
            Question question = sheet.questions().getFirst();
            String text = sheet.answerTo(question).orElseThrow().text();
            coding.code(interviewId, question.id(), text, 0, 20, List.of(cost.tag().id()), true).join();

            browser.load(project.id()).join();
            browser.selectedProperty().set(browser.tags().stream().filter(t -> t.tag().name().equals("Стоимость")).findFirst().orElseThrow());
            dialogs.choiceReplies.add(browser.tags().indexOf(price) >= 0 ? 0 : 0);
            browser.mergeSelected().join();

            assertThat(browser.tags()).extracting(t -> t.tag().name()).containsExactly("Цена");
            assertThat(browser.selectedProperty().get().tag().name()).isEqualTo("Цена");
            assertThat(browser.passages()).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo(text.substring(0, 20).strip()));
            assertThat(browser.countsOf(browser.tags().getFirst())).startsWith("1 фрагмент");

            dialogs.textReplies.add(Optional.of("Цена и бюджет"));
            browser.renameSelected().join();
            assertThat(browser.tags().getFirst().tag().name()).isEqualTo("Цена и бюджет");

            browser.showingQuotesProperty().set(true);
            assertThat(browser.passages()).hasSize(1);

            browser.projectMemoProperty().set("Главное: склады и интеграция с 1С");
            assertThat(coding.memo(project.id(), org.icpworkbench.model.coding.MemoSubject.PROJECT, "").join())
                    .isEqualTo("Главное: склады и интеграция с 1С");
        }
    }
}
