package org.icpworkbench.gui.common;

import java.util.Optional;
import org.icpworkbench.gui.settings.SettingsViewModel;
import org.icpworkbench.gui.trash.TrashViewModel;
import org.icpworkbench.model.project.ProjectDetails;

/** The dialogs a view model may open; views implement it, tests fake it. */
public interface DialogService {

    /** Asks for one line of text; empty when cancelled. */
    Optional<String> askText(String title, String header, String label, String initialValue, String confirmLabel);

    /** Asks the user to confirm; true only for the confirming button. */
    boolean confirm(String title, String header, String content, String confirmLabel);

    void showError(String message);

    /**
     * Shows why something failed, in the user's words; work that only met the workspace being closed or reopened is
     * not shown, since the window loads everything again once the workspace is back (or is closing).
     */
    default void showFailure(Throwable failure, org.icpworkbench.logic.i18n.Messages messages) {
        if (Failures.isWorkspaceClosed(failure)) {
            org.slf4j.LoggerFactory.getLogger(DialogService.class).debug("Not shown: {}", failure.toString());
            return;
        }
        showError(Failures.describe(failure, messages));
    }

    void showInformation(String title, String header, String content);

    /** A passing notice, with an optional action such as Undo. */
    void notify(String message, Optional<NotificationAction> action);

    Optional<ProjectDetails> editProjectDetails(ProjectDetails current);

    void showTrash(TrashViewModel trash);

    void showSettings(SettingsViewModel settings);

    /** Shows the "new interview" choices; true when the user chose to begin. */
    boolean showStartInterview(org.icpworkbench.gui.interview.StartInterviewViewModel start);

    /**
     * Asks a question answered by one of several buttons (the last one cancels, as does closing the dialog); the index
     * of the button chosen.
     */
    int askWithButtons(String title, String header, String content, java.util.List<String> buttons);

    /** Asks the user to pick one of the options; the index chosen, empty when cancelled. */
    Optional<Integer> chooseOne(String title, String header, java.util.List<String> options);

    /** Asks which file to open; empty when cancelled. */
    Optional<java.nio.file.Path> chooseOpenFile(String title, String filterDescription, java.util.List<String> extensions);

    /** Asks where to save a file; empty when cancelled. */
    Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String filterDescription, String extension);

    /** Shows the question editor; true when the user saved. */
    boolean showQuestionEditor(org.icpworkbench.gui.questionnaire.QuestionEditViewModel question);

    /** Shows the customer editor (add or edit); true when the user saved valid values. */
    boolean editCustomer(org.icpworkbench.gui.customer.CustomerEditViewModel editor);

    /** A button on a notice and what it does. */
    record NotificationAction(String label, java.util.function.Supplier<java.util.concurrent.CompletableFuture<Void>> action) {
    }

    /** Runs the customer import dialog on a file already chosen; true when customers were imported. */
    boolean showCustomerImport(org.icpworkbench.gui.customer.CustomerImportViewModel importer);

    /** Shows the scorecard criterion editor (add or edit); true when the user confirmed valid values. */
    boolean editCriterion(org.icpworkbench.gui.scorecard.CriterionEditViewModel editor);

    /** Shows the prospect editor (add or edit); true when the user saved valid values. */
    boolean editProspect(org.icpworkbench.gui.scorecard.ProspectEditViewModel editor);

    /** Runs the portrait PDF export dialog; true when a file was written. */
    boolean showPortraitExport(org.icpworkbench.gui.portrait.PortraitExportViewModel export);

    /**
     * Asks for the password of the encrypted workspace file, with {@code error} shown above the field (a wrong password
     * typed before); empty when the user chose to quit.
     */
    Optional<org.icpworkbench.logic.workspace.WorkspacePassword> askWorkspacePassword(java.nio.file.Path file,
            Optional<String> error);

    /** Shows the dialog to protect the workspace, change or remove its password; true when the user confirmed. */
    boolean editWorkspacePassword(org.icpworkbench.gui.workspace.WorkspacePasswordViewModel editor);

    /** Shows why the workspace file cannot be used and asks what to do with it; closing the dialog is Quit. */
    org.icpworkbench.gui.main.WorkspaceRecoveryViewModel.Choice askRecovery(org.icpworkbench.gui.main.WorkspaceRecoveryViewModel recovery);
}
