package org.icpworkbench.gui.interview;

import org.icpworkbench.gui.common.Dialogs;
import org.icpworkbench.gui.common.Cells;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.Respondent;

/** The dialog before an interview: audience, respondent, interviewer and date. */
public final class StartInterviewView implements org.icpworkbench.gui.common.ModalView {

    private final StartInterviewViewModel viewModel;
    private final Messages messages;

    public StartInterviewView(StartInterviewViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @Override
    public boolean showAndWait(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Dialogs.prepare(dialog, owner, messages.get("start.title"), messages.get("start.header"));

        ComboBox<Audience> audience = new ComboBox<>(viewModel.audiences());
        audience.setId("startAudience");
        audience.valueProperty().bindBidirectional(viewModel.audienceProperty());
        audience.setCellFactory(list -> Cells.text(viewModel::audienceName));
        audience.setButtonCell(Cells.text(viewModel::audienceName));
        CheckBox extension = new CheckBox(messages.get("start.extension"));
        extension.setId("startExtension");
        extension.selectedProperty().bindBidirectional(viewModel.includeExtensionProperty());
        extension.disableProperty().bind(viewModel.extensionAvailable().not());

        ComboBox<Respondent> respondent = new ComboBox<>(viewModel.respondents());
        respondent.setId("startRespondent");
        respondent.setPromptText(messages.get("start.respondent.new"));
        respondent.valueProperty().bindBidirectional(viewModel.existingRespondentProperty());
        respondent.setCellFactory(list -> Cells.text(viewModel::describe));
        respondent.setButtonCell(Cells.text(viewModel::describe));
        respondent.setMaxWidth(Double.MAX_VALUE);

        TextField name = field("startName", viewModel.nameProperty(), "start.name.prompt");
        TextField role = field("startRole", viewModel.roleProperty(), "start.role.prompt");
        TextField company = field("startCompany", viewModel.companyProperty(), "start.company.prompt");
        TextField contact = field("startContact", viewModel.contactProperty(), "start.contact.prompt");
        CheckBox consent = new CheckBox(messages.get("start.consent"));
        consent.setId("startConsent");
        consent.selectedProperty().bindBidirectional(viewModel.consentGivenProperty());
        for (var control : new javafx.scene.Node[] {name, role, company, contact, consent}) {
            control.disableProperty().bind(viewModel.newRespondent().not());
        }

        TextField interviewer = field("startInterviewer", viewModel.interviewerProperty(), "start.interviewer.prompt");
        DatePicker date = new DatePicker();
        date.setId("startDate");
        date.valueProperty().bindBidirectional(viewModel.dateProperty());

        GridPane grid = new GridPane(12, 8);
        grid.setPadding(new Insets(16));
        grid.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(340));
        grid.getColumnConstraints().get(1).setHgrow(Priority.ALWAYS);
        int row = 0;
        grid.addRow(row++, new Label(messages.get("start.audience")), audience);
        grid.add(extension, 1, row++);
        grid.add(new Separator(), 0, row++, 2, 1);
        javafx.scene.control.Button newOne = new javafx.scene.control.Button(messages.get("start.respondent.newButton"));
        newOne.setId("startNewRespondent");
        newOne.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        newOne.disableProperty().bind(viewModel.newRespondent());
        newOne.setOnAction(event -> {
            viewModel.existingRespondentProperty().set(null);
            name.requestFocus();
        });
        javafx.scene.layout.HBox.setHgrow(respondent, Priority.ALWAYS);
        grid.addRow(row++, new Label(messages.get("start.respondent")), new javafx.scene.layout.HBox(8, respondent, newOne));
        grid.addRow(row++, new Label(messages.get("start.name")), name);
        grid.addRow(row++, new Label(messages.get("start.role")), role);
        grid.addRow(row++, new Label(messages.get("start.company")), company);
        grid.addRow(row++, new Label(messages.get("start.contact")), contact);
        grid.add(consent, 1, row++);
        grid.add(new Separator(), 0, row++, 2, 1);
        grid.addRow(row++, new Label(messages.get("start.interviewer")), interviewer);
        grid.addRow(row, new Label(messages.get("start.date")), date);
        dialog.getDialogPane().setContent(grid);

        ButtonType begin = new ButtonType(messages.get("start.begin"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(begin,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(begin).disableProperty().bind(viewModel.canBegin().not());
        dialog.setOnShown(event -> name.requestFocus());
        return dialog.showAndWait().filter(begin::equals).isPresent();
    }

    private TextField field(String id, javafx.beans.property.StringProperty property, String promptKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(property);
        return field;
    }
}
