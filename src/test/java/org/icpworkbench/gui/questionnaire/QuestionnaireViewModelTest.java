package org.icpworkbench.gui.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.ValueType;
import org.icpworkbench.model.respondent.NewRespondent;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireViewModelTest {

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeQuestionnaireDialogs questionDialogs = new FakeQuestionnaireDialogs();
    private QuestionnaireViewModel questionnaire;
    private long projectId;

    @BeforeEach
    void setUp() {
        workspace = TestWorkspace.openIn(temp);
        projectId = workspace.services().projects().create(ProjectDetails.named("Acme")).join().id();
        questionnaire = new QuestionnaireViewModel(Messages.of(Language.EN), dialogs, questionDialogs, Runnable::run);
        questionnaire.attach(workspace.services().questionnaires());
        questionnaire.load(projectId).join();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private Question question(String code) {
        return questionnaire.questions().stream().filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }

    private long interview(Audience audience) {
        return workspace.services().interviews().start(new InterviewStart(projectId, Optional.empty(),
                Optional.of(new NewRespondent("R", "", "", "", false, Optional.empty())), audience, false,
                LocalDate.now(), "")).join();
    }

    @Test
    void theBuiltInQuestionnaireIsReadOnlyUntilCustomised() {
        assertThat(questionnaire.builtInProperty().get()).isTrue();
        assertThat(questionnaire.questions()).hasSize(26);

        questionnaire.customise().join();

        assertThat(questionnaire.builtInProperty().get()).isFalse();
        assertThat(questionnaire.statusProperty().get()).contains("version 1");
    }

    @Test
    void addingEditingMovingAndRemovingEachMakeANewVersion() {
        questionnaire.customise().join();
        questionnaire.selectedProperty().set(question("5"));
        questionDialogs.questionReplies.add(editor -> {
            editor.textEnProperty().set("How many warehouses do they run?");
            editor.textRuProperty().set("Сколько у них складов?");
            editor.kindProperty().set(QuestionEditViewModel.ValueKind.NUMBER);
        });
        questionnaire.add().join();
        assertThat(questionnaire.questions().get(5).code()).isEqualTo("P1");
        assertThat(question("P1").audience()).isEqualTo(Audience.SERVICE_TEAM);
        assertThat(question("P1").fields()).singleElement().satisfies(f -> assertThat(f.type()).isEqualTo(ValueType.NUMBER));

        questionnaire.selectedProperty().set(question("1"));
        questionDialogs.questionReplies.add(editor -> editor.textEnProperty().set("Describe our best customers."));
        questionnaire.editSelected().join();
        questionnaire.selectedProperty().set(question("P1"));
        questionnaire.moveSelected(-1).join();
        questionnaire.selectedProperty().set(question("2"));
        dialogs.confirmReplies.add(true);
        questionnaire.removeSelected().join();

        assertThat(questionnaire.statusProperty().get()).contains("version 5");
        assertThat(question("1").text().en()).isEqualTo("Describe our best customers.");
        assertThat(question("1").fields()).isNotEmpty();
        assertThat(questionnaire.questions()).extracting(Question::code).startsWith("1", "3", "4", "P1", "5")
                .doesNotContain("2");
    }

    @Test
    void interviewsKeepTheWordingTheyWereAskedWith() {
        long before = interview(Audience.SERVICE_TEAM);
        questionnaire.customise().join();
        questionnaire.selectedProperty().set(question("1"));
        questionDialogs.questionReplies.add(editor -> editor.textEnProperty().set("Reworded question"));
        questionnaire.editSelected().join();
        long after = interview(Audience.SERVICE_TEAM);

        var oldSheet = workspace.services().interviews().sheet(before).join();
        var newSheet = workspace.services().interviews().sheet(after).join();
        assertThat(oldSheet.questions().getFirst().text().en()).startsWith("What do our best");
        assertThat(newSheet.questions().getFirst().text().en()).isEqualTo("Reworded question");
    }

    @Test
    void aChoiceQuestionNeedsOptionsInBothLanguages() {
        var editor = new QuestionEditViewModel("P1", Audience.SALES, Messages.of(Language.EN));
        editor.textEnProperty().set("Which CRM do they use?");
        editor.kindProperty().set(QuestionEditViewModel.ValueKind.CHOICE);
        assertThat(editor.valid().get()).isFalse();

        editor.optionsProperty().set("Bitrix24 | Битрикс24\namoCRM\n");

        assertThat(editor.valid().get()).isTrue();
        Question question = editor.toQuestion();
        assertThat(question.text().ru()).isEqualTo("Which CRM do they use?");
        assertThat(question.fields().getFirst().options()).extracting(o -> o.label().ru()).containsExactly("Битрикс24", "amoCRM");
    }
}
