package org.icpworkbench.gui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.icpworkbench.gui.common.FakeDialogService;
import java.util.Optional;
import org.icpworkbench.gui.trash.TrashViewModel;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.ProjectSummary;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's behaviour, without a window: a real workspace, scripted dialogs. */
class MainWindowViewModelTest {

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeFeatureDialogs features = new FakeFeatureDialogs();
    private MainWindowViewModel viewModel;

    @BeforeEach
    void setUp() {
        workspace = TestWorkspace.openIn(temp.resolve("ws"));
        viewModel = new MainWindowViewModel(Messages.of(Language.EN), dialogs, features.all(), Runnable::run,
                new UserSettingsStore(temp.resolve("config")));
        viewModel.attach(workspace.services(), false).join();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private ProjectSummary create(String name) {
        dialogs.textReplies.add(Optional.of(name));
        viewModel.createProject().join();
        return viewModel.selectedProjectProperty().get();
    }

    @Test
    void aNewProjectIsListedSelectedAndShownOnItsPage() {
        ProjectSummary created = create("Acme ICP");

        assertThat(created.name()).isEqualTo("Acme ICP");
        assertThat(viewModel.projects()).extracting(ProjectSummary::name).containsExactly("Acme ICP");
        assertThat(viewModel.page().titleProperty().get()).isEqualTo("Acme ICP");
        assertThat(viewModel.page().statsProperty().get()).startsWith("0 interviews");
    }

    @Test
    void cancellingTheNewProjectDialogCreatesNothing() {
        dialogs.textReplies.add(Optional.empty());

        viewModel.createProject().join();

        assertThat(viewModel.projects()).isEmpty();
        assertThat(workspace.services().projects().summaries(true).join()).isEmpty();
    }

    @Test
    void aTooLongNameIsRefusedWithAMessage() {
        dialogs.textReplies.add(Optional.of("x".repeat(201)));

        viewModel.createProject().join();

        assertThat(dialogs.errors).containsExactly("A project name can be at most 200 characters long.");
        assertThat(viewModel.projects()).isEmpty();
    }

    @Test
    void renamingChangesTheListAndThePage() {
        create("Old name");
        dialogs.textReplies.add(Optional.of("New name"));

        viewModel.renameSelected().join();

        assertThat(viewModel.projects()).extracting(ProjectSummary::name).containsExactly("New name");
        assertThat(viewModel.page().titleProperty().get()).isEqualTo("New name");
    }

    @Test
    void archivedProjectsAreHiddenUnlessAskedFor() {
        create("Keep");
        create("Archive me");

        viewModel.toggleArchiveSelected().join();
        assertThat(viewModel.projects()).extracting(ProjectSummary::name).containsExactly("Keep");

        viewModel.showArchivedProperty().set(true);
        viewModel.reload().join();
        assertThat(viewModel.projects()).extracting(ProjectSummary::name).containsExactlyInAnyOrder("Keep", "Archive me");
    }

    @Test
    void aProjectMovedToTheTrashComesBackWithUndo() {
        create("Precious");
        dialogs.confirmReplies.add(true);

        viewModel.moveSelectedToTrash().join();

        assertThat(viewModel.projects()).isEmpty();
        assertThat(dialogs.notifications).containsExactly("“Precious” was moved to the trash.");
        dialogs.lastAction.action().get().join();
        assertThat(viewModel.projects()).extracting(ProjectSummary::name).containsExactly("Precious");
        assertThat(viewModel.selectedProjectProperty().get().name()).isEqualTo("Precious");
    }

    @Test
    void nothingIsTrashedWithoutConfirmation() {
        create("Stays");
        dialogs.confirmReplies.add(false);

        viewModel.moveSelectedToTrash().join();

        assertThat(viewModel.projects()).hasSize(1);
    }

    @Test
    void theTrashRestoresOrDeletesForGood() {
        create("One");
        dialogs.confirmReplies.add(true);
        viewModel.moveSelectedToTrash().join();
        create("Two");
        dialogs.confirmReplies.add(true);
        viewModel.moveSelectedToTrash().join();
        TrashViewModel trash = new TrashViewModel(workspace.services().projects(), viewModel.messages(), dialogs, Runnable::run);
        trash.load().join();
        assertThat(trash.items()).extracting("name").containsExactlyInAnyOrder("One", "Two");

        trash.selectedProperty().set(trash.items().stream().filter(p -> p.name().equals("One")).findFirst().orElseThrow());
        trash.restoreSelected().join();
        trash.selectedProperty().set(trash.items().getFirst());
        dialogs.confirmReplies.add(true);
        trash.deleteSelectedPermanently().join();

        assertThat(trash.items()).isEmpty();
        assertThat(trash.changed()).isTrue();
        viewModel.reload().join();
        assertThat(viewModel.projects()).extracting(ProjectSummary::name).containsExactly("One");
    }

    @Test
    void theFilterNarrowsTheList() {
        create("Acme ICP");
        create("Globex ICP");

        viewModel.filterProperty().set("glob");

        assertThat(viewModel.projects()).extracting(ProjectSummary::name).containsExactly("Globex ICP");
    }

    @Test
    void theSampleProjectCanBeAddedFromHelp() {
        viewModel.addSampleProject().join();

        assertThat(viewModel.selectedProjectProperty().get().interviewCount()).isEqualTo(12);
        assertThat(viewModel.page().interviews()).hasSize(12);
        assertThat(viewModel.page().respondents()).hasSize(12);
        assertThat(dialogs.notifications).hasSize(1);
    }

    @Test
    void theLastOpenedProjectIsSelectedAgainOnTheNextAttach() {
        create("First");
        create("Second");
        ProjectSummary first = viewModel.projects().stream().filter(p -> p.name().equals("First")).findFirst().orElseThrow();
        viewModel.selectedProjectProperty().set(first);

        MainWindowViewModel next = new MainWindowViewModel(Messages.of(Language.EN), dialogs, features.all(), Runnable::run,
                new UserSettingsStore(temp.resolve("config")));
        next.attach(workspace.services(), false).join();

        assertThat(next.selectedProjectProperty().get().name()).isEqualTo("First");
    }

    @Test
    void anInterviewIsExportedAsAPdfWhereTheUserChose() throws Exception {
        viewModel.addSampleProject().join();
        var interview = viewModel.page().interviews().getFirst();
        Path target = temp.resolve("out/interview.pdf");
        java.nio.file.Files.createDirectories(target.getParent());
        dialogs.saveReplies.add(target);

        viewModel.exportInterview(interview.id(), interview.respondentName(), interview.date()).join();

        assertThat(target).isRegularFile();
        assertThat(java.nio.file.Files.readAllBytes(target)).startsWith("%PDF".getBytes());
        assertThat(dialogs.notifications).last().asString().startsWith("Saved ");
    }

    @Test
    void aFailedExportSaysWhy() {
        viewModel.addSampleProject().join();
        var interview = viewModel.page().interviews().getFirst();
        dialogs.saveReplies.add(temp.resolve("missing-folder/interview.pdf"));

        viewModel.exportInterview(interview.id(), interview.respondentName(), interview.date()).join();

        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not save the PDF as ");
        assertThat(temp.resolve("missing-folder")).doesNotExist();
    }

    @Test
    void theCodedAnswersAreExportedAsASpreadsheet() throws Exception {
        viewModel.addSampleProject().join();
        Path target = temp.resolve("coded.csv");
        dialogs.saveReplies.add(target);

        viewModel.exportMatrix().join();

        byte[] bytes = java.nio.file.Files.readAllBytes(target);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(java.nio.file.Files.readAllLines(target)).hasSizeGreaterThan(12);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void theInterviewGuideOfTheChosenAudienceIsExported() throws Exception {
        viewModel.addSampleProject().join();
        Path target = temp.resolve("guide.pdf");
        dialogs.choiceReplies.add(2);
        dialogs.saveReplies.add(target);

        viewModel.exportGuide().join();

        assertThat(java.nio.file.Files.readAllBytes(target)).startsWith("%PDF".getBytes());
        assertThat(dialogs.notifications).last().asString().startsWith("Saved ").contains("guide.pdf");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void cancellingTheAudienceOrTheFileExportsNothing() {
        viewModel.addSampleProject().join();
        int before = dialogs.notifications.size();

        viewModel.exportGuide().join();
        dialogs.choiceReplies.add(0);
        viewModel.exportGuide().join();
        viewModel.exportMarkdown().join();
        viewModel.exportAnswers().join();

        assertThat(dialogs.notifications).hasSize(before);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void thePortraitIsExportedAsMarkdownAndAllAnswersAsCsv() throws Exception {
        viewModel.addSampleProject().join();
        Path markdown = temp.resolve("portrait.md");
        Path answers = temp.resolve("answers.csv");
        dialogs.saveReplies.add(markdown);
        dialogs.saveReplies.add(answers);

        viewModel.exportMarkdown().join();
        viewModel.exportAnswers().join();

        assertThat(java.nio.file.Files.readString(markdown)).startsWith("# ");
        assertThat(java.nio.file.Files.readAllBytes(answers)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(java.nio.file.Files.readAllLines(answers)).hasSizeGreaterThan(50);
        assertThat(dialogs.notifications).last().asString().startsWith("Saved ").contains("answers.csv");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFailedAnswersExportSaysWhy() {
        viewModel.addSampleProject().join();
        dialogs.saveReplies.add(temp.resolve("missing-folder/answers.csv"));

        viewModel.exportAnswers().join();

        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not save the spreadsheet as ");
    }

    @Test
    void aProjectArchiveExportedFromTheMenuImportsAsACopyAndIsSelected() throws Exception {
        viewModel.addSampleProject().join();
        String name = viewModel.selectedProjectProperty().get().name();
        Path archive = temp.resolve("sample.icpw");
        dialogs.saveReplies.add(archive);

        viewModel.exportArchive().join();
        assertThat(archive).exists();
        dialogs.openReplies.add(archive);
        viewModel.importArchive().join();

        assertThat(dialogs.errors).isEmpty();
        assertThat(viewModel.projects()).extracting(ProjectSummary::name).contains(name, name + " (2)");
        assertThat(viewModel.selectedProjectProperty().get().name()).isEqualTo(name + " (2)");
        assertThat(dialogs.notifications).last().asString().isEqualTo("Project imported from sample.icpw.");
    }

    @Test
    void aDamagedArchiveIsRefusedAndNoProjectAppears() throws Exception {
        viewModel.addSampleProject().join();
        int before = viewModel.projects().size();
        Path damaged = java.nio.file.Files.writeString(temp.resolve("damaged.icpw"), "not a zip");
        dialogs.openReplies.add(damaged);

        viewModel.importArchive().join();

        assertThat(dialogs.errors).singleElement().asString().contains("damaged.icpw");
        assertThat(viewModel.projects()).hasSize(before);
    }

    @Test
    void aRespondentIsErasedOnlyAfterConfirmationWithEveryInterviewTheyGave() throws Exception {
        viewModel.addSampleProject().join();
        var page = viewModel.page();
        int respondents = page.respondents().size();
        var doomed = page.respondents().getFirst();

        dialogs.confirmReplies.add(false);
        page.eraseRespondent(doomed).join();
        assertThat(page.respondents()).hasSize(respondents);

        dialogs.confirmReplies.add(true);
        page.eraseRespondent(doomed).join();

        assertThat(page.respondents()).hasSize(respondents - 1).doesNotContain(doomed);
        assertThat(dialogs.notifications).last().asString().isEqualTo(doomed.name() + " has been erased.");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void whatOpeningTheWorkspaceFoundIsToldOnceTheProjectsAreListed() throws Exception {
        workspace.close();
        java.nio.file.Files.writeString(temp.resolve("ws").resolve("workspace.seal"), "garbage");
        workspace = TestWorkspace.openIn(temp.resolve("ws"));
        dialogs.informations.clear();

        viewModel.attach(workspace.services(), false).join();

        assertThat(dialogs.informations).singleElement().asString().startsWith("Found when the workspace was opened\n")
                .contains("workspace.seal").contains("could not be read");
    }

    @Test
    void quittingWhileAnswersCannotBeSavedAsksFirst() throws Exception {
        assertThat(viewModel.mayQuit()).as("nothing failing: no question").isTrue();
        assertThat(dialogs.buttonQuestions).isEmpty();

        var services = workspace.services();
        var key = org.icpworkbench.testsupport.Interviews.firstQuestionOfNewInterview(services, "Acme");
        java.nio.file.Path file = services.workspace().databaseFile();
        org.junit.jupiter.api.Assumptions.assumeTrue(org.icpworkbench.testsupport.ImmutableFile.set(file),
                "chattr +i is not available here");
        try {
            services.autosaver().update(key, org.icpworkbench.model.interview.AnswerDraft.text("typed"));
            services.autosaver().flush(key).get(10, java.util.concurrent.TimeUnit.SECONDS);

            dialogs.buttonReplies.add(2);
            assertThat(viewModel.mayQuit()).as("Don't quit").isFalse();
            assertThat(dialogs.buttonQuestions).singleElement().asString().startsWith("Some answers are not saved yet")
                    .contains("(Operation not permitted)").contains("(1)").contains("Keep them in a file and quit");

            dialogs.buttonReplies.add(1);
            assertThat(viewModel.mayQuit()).as("Keep them in a file and quit").isTrue();
        } finally {
            org.icpworkbench.testsupport.ImmutableFile.clear(file);
        }
    }
}
