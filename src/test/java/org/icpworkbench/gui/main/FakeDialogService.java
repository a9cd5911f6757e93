package org.icpworkbench.gui.main;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.gui.settings.SettingsViewModel;
import org.icpworkbench.gui.trash.TrashViewModel;
import org.icpworkbench.model.project.ProjectDetails;

/** Answers dialogs from scripted replies and records what was shown. */
public final class FakeDialogService implements DialogService {

    public FakeDialogService() {
    }

    public final Deque<Optional<String>> textReplies = new ArrayDeque<>();
    public final Deque<Boolean> confirmReplies = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    NotificationAction lastAction;

    @Override
    public Optional<String> askText(String title, String header, String label, String initialValue, String confirmLabel) {
        return textReplies.removeFirst();
    }

    @Override
    public boolean confirm(String title, String header, String content, String confirmLabel) {
        return confirmReplies.removeFirst();
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public void showInformation(String title, String header, String content) {
        informations.add(header + "\n" + content);
    }

    @Override
    public void notify(String message, Optional<NotificationAction> action) {
        notifications.add(message);
        lastAction = action.orElse(null);
    }

    @Override
    public Optional<ProjectDetails> editProjectDetails(ProjectDetails current) {
        return Optional.empty();
    }

    @Override
    public void showTrash(TrashViewModel trash) {
    }

    @Override
    public void showSettings(SettingsViewModel settings) {
    }

    public final Deque<java.util.function.Consumer<org.icpworkbench.gui.interview.StartInterviewViewModel>> startReplies =
            new ArrayDeque<>();

    public final Deque<java.util.function.Consumer<org.icpworkbench.gui.questionnaire.QuestionEditViewModel>> questionReplies =
            new ArrayDeque<>();

    /** Fills the question editor with the next scripted reply; cancels when none is scripted. */
    @Override
    public boolean showQuestionEditor(org.icpworkbench.gui.questionnaire.QuestionEditViewModel question) {
        if (questionReplies.isEmpty()) {
            return false;
        }
        questionReplies.removeFirst().accept(question);
        return true;
    }

    public final Deque<Integer> choiceReplies = new ArrayDeque<>();
    public final Deque<Integer> buttonReplies = new ArrayDeque<>();
    public final List<String> buttonQuestions = new ArrayList<>();

    @Override
    public int askWithButtons(String title, String header, String content, java.util.List<String> buttons) {
        buttonQuestions.add(header + "\n" + content + "\n" + String.join(" | ", buttons));
        Integer reply = buttonReplies.pollFirst();
        return reply == null ? buttons.size() - 1 : reply;
    }


    @Override
    public Optional<Integer> chooseOne(String title, String header, java.util.List<String> options) {
        return Optional.ofNullable(choiceReplies.pollFirst());
    }

    public final Deque<java.nio.file.Path> openReplies = new ArrayDeque<>();
    public final List<String> informations = new ArrayList<>();

    @Override
    public Optional<java.nio.file.Path> chooseOpenFile(String title, String filterDescription, java.util.List<String> extensions) {
        return Optional.ofNullable(openReplies.pollFirst());
    }

    public final Deque<java.nio.file.Path> saveReplies = new ArrayDeque<>();

    @Override
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                                       String extension) {
        return Optional.ofNullable(saveReplies.pollFirst());
    }

    public final Deque<java.util.function.Consumer<org.icpworkbench.gui.customer.CustomerEditViewModel>> customerReplies =
            new ArrayDeque<>();
    public final List<org.icpworkbench.gui.customer.CustomerEditViewModel> customerEditors = new ArrayList<>();

    /** Fills the customer editor with the next scripted reply and saves when its values are valid; cancels when none is scripted. */
    @Override
    public boolean editCustomer(org.icpworkbench.gui.customer.CustomerEditViewModel editor) {
        customerEditors.add(editor);
        if (customerReplies.isEmpty()) {
            return false;
        }
        customerReplies.removeFirst().accept(editor);
        return editor.valid().get();
    }

    /** Fills the start dialog with the next scripted reply; begins unless none is scripted. */
    @Override
    public boolean showStartInterview(org.icpworkbench.gui.interview.StartInterviewViewModel start) {
        if (startReplies.isEmpty()) {
            return false;
        }
        startReplies.removeFirst().accept(start);
        return true;
    }

    /** Scripted import dialogs: each reply drives the importer and says whether customers were imported. */
    public final Deque<java.util.function.Predicate<org.icpworkbench.gui.customer.CustomerImportViewModel>> importReplies =
            new ArrayDeque<>();

    @Override
    public boolean showCustomerImport(org.icpworkbench.gui.customer.CustomerImportViewModel importer) {
        return !importReplies.isEmpty() && importReplies.removeFirst().test(importer);
    }

    /** Scripted criterion editors: each reply fills the editor; confirmed when its values are valid. */
    public final Deque<java.util.function.Consumer<org.icpworkbench.gui.scorecard.CriterionEditViewModel>> criterionReplies =
            new ArrayDeque<>();

    @Override
    public boolean editCriterion(org.icpworkbench.gui.scorecard.CriterionEditViewModel editor) {
        if (criterionReplies.isEmpty()) {
            return false;
        }
        criterionReplies.removeFirst().accept(editor);
        return editor.valid().get();
    }

    /** Scripted prospect editors: each reply fills the editor; saved when its values are valid. */
    public final Deque<java.util.function.Consumer<org.icpworkbench.gui.scorecard.ProspectEditViewModel>> prospectReplies =
            new ArrayDeque<>();

    @Override
    public boolean editProspect(org.icpworkbench.gui.scorecard.ProspectEditViewModel editor) {
        if (prospectReplies.isEmpty()) {
            return false;
        }
        prospectReplies.removeFirst().accept(editor);
        return editor.valid().get();
    }

    /** Scripted portrait exports: each reply drives the export dialog and says whether a file was written. */
    public final Deque<java.util.function.Predicate<org.icpworkbench.gui.portrait.PortraitExportViewModel>> exportReplies =
            new ArrayDeque<>();

    @Override
    public boolean showPortraitExport(org.icpworkbench.gui.portrait.PortraitExportViewModel export) {
        return !exportReplies.isEmpty() && exportReplies.removeFirst().test(export);
    }

    /** Scripted workspace passwords, in order (empty = Quit); the errors each prompt showed are recorded. */
    public final Deque<Optional<String>> passwordReplies = new ArrayDeque<>();
    public final List<Optional<String>> passwordPromptErrors = new ArrayList<>();

    @Override
    public Optional<org.icpworkbench.logic.workspace.WorkspacePassword> askWorkspacePassword(java.nio.file.Path file,
            Optional<String> error) {
        passwordPromptErrors.add(error);
        return passwordReplies.removeFirst().map(typed -> org.icpworkbench.logic.workspace.WorkspacePassword.of(typed.toCharArray()));
    }

    /** Scripted password dialogs: each reply fills the dialog and says whether the user confirmed; none = cancel. */
    public final Deque<java.util.function.Predicate<org.icpworkbench.gui.workspace.WorkspacePasswordViewModel>> passwordEditReplies =
            new ArrayDeque<>();

    @Override
    public boolean editWorkspacePassword(org.icpworkbench.gui.workspace.WorkspacePasswordViewModel editor) {
        return !passwordEditReplies.isEmpty() && passwordEditReplies.removeFirst().test(editor) && editor.validProperty().get();
    }

    /** Scripted recovery choices, in order (none left = Quit); the explanations each dialog showed are recorded. */
    public final Deque<WorkspaceRecoveryViewModel.Choice> recoveryReplies = new ArrayDeque<>();
    public final List<String> recoveryExplanations = new ArrayList<>();

    @Override
    public WorkspaceRecoveryViewModel.Choice askRecovery(WorkspaceRecoveryViewModel recovery) {
        recoveryExplanations.add(recovery.explanation());
        return recoveryReplies.isEmpty() ? WorkspaceRecoveryViewModel.Choice.QUIT : recoveryReplies.removeFirst();
    }
}
