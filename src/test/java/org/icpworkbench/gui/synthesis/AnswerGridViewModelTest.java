package org.icpworkbench.gui.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.logic.coding.AnswerGridService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerGridViewModelTest {

    @TempDir
    Path temp;

    @Test
    void aQuestionsAnswersAreFilteredAndAWholeAudienceShowsEveryQuestion() throws Exception {
        try (TestWorkspace workspace = TestWorkspace.openIn(temp)) {
            Project project = workspace.services().samples().createSample(Language.EN).join();
            AnswerGridViewModel grid = new AnswerGridViewModel(Messages.of(Language.EN), new FakeDialogService(), Runnable::run);
            List<Long> opened = new java.util.ArrayList<>();
            grid.attach(new AnswerGridService(workspace.services().workspace().database()), workspace.services().coding(),
                    workspace.services().questionnaires(), opened::add);
            grid.load(project.id()).join();
            grid.questionProperty().set(grid.questions().stream().filter(q -> q.code().equals("14")).findFirst().orElseThrow());
            grid.refresh().join();

            assertThat(grid.rows()).hasSize(4).allSatisfy(row -> assertThat(row.audience()).isEqualTo(Audience.CUSTOMERS));
            grid.textFilterProperty().set(grid.rows().getFirst().respondentCompany());
            assertThat(grid.rows()).hasSize(1);
            grid.textFilterProperty().set("");
            grid.flaggedOnlyProperty().set(true);
            assertThat(grid.rows()).allSatisfy(row -> assertThat(row.flagged()).isTrue());
            grid.flaggedOnlyProperty().set(false);

            grid.selectedProperty().set(grid.rows().getFirst());
            grid.openSelectedInterview();
            assertThat(opened).containsExactly(grid.rows().getFirst().interviewId());

            grid.wholeAudienceProperty().set(true);
            grid.refresh().join();
            AnswerGridService.AudienceGrid audience = grid.audienceGridProperty().get();
            assertThat(audience.questions()).extracting(q -> q.code()).containsExactly("14", "15", "16", "17", "18", "A1", "A2");
            assertThat(audience.rows()).hasSize(4).allSatisfy(row -> assertThat(row.answers()).containsKey("14"));
        }
    }
}
