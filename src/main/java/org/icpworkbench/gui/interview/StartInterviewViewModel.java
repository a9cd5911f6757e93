package org.icpworkbench.gui.interview;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.NewRespondent;
import org.icpworkbench.model.respondent.Respondent;

/** The choices before an interview begins: audience, respondent (existing or new), interviewer and date. */
public final class StartInterviewViewModel {

    private final long projectId;
    private final Messages messages;
    private final ObservableList<Audience> audiences = FXCollections.observableArrayList(Audience.values());
    private final ObservableList<Respondent> respondents;
    private final ObjectProperty<Audience> audience = new SimpleObjectProperty<>(Audience.SERVICE_TEAM);
    private final BooleanProperty includeExtension = new SimpleBooleanProperty(false);
    private final ObjectProperty<Respondent> existingRespondent = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final BooleanProperty consentGiven = new SimpleBooleanProperty(false);
    private final StringProperty interviewer = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();

    public StartInterviewViewModel(long projectId, List<Respondent> respondents, String lastInterviewer, LocalDate today,
                                   Messages messages) {
        this.projectId = projectId;
        this.messages = messages;
        this.respondents = FXCollections.observableArrayList(respondents);
        this.interviewer.set(lastInterviewer);
        this.date.set(today);
        audience.addListener((observable, old, chosen) -> {
            if (chosen != Audience.CUSTOMERS) {
                includeExtension.set(false);
            }
        });
    }

    public BooleanBinding extensionAvailable() {
        return Bindings.createBooleanBinding(() -> audience.get() == Audience.CUSTOMERS, audience);
    }

    public BooleanBinding newRespondent() {
        return Bindings.isNull(existingRespondent);
    }

    public BooleanBinding canBegin() {
        return Bindings.createBooleanBinding(
                () -> audience.get() != null && date.get() != null
                        && (existingRespondent.get() != null || !name.get().isBlank()),
                audience, date, existingRespondent, name);
    }

    public InterviewStart toStart() {
        Optional<NewRespondent> created = existingRespondent.get() != null ? Optional.empty()
                : Optional.of(new NewRespondent(name.get().strip(), role.get().strip(), company.get().strip(),
                        contact.get().strip(), consentGiven.get(),
                        consentGiven.get() ? Optional.of(date.get()) : Optional.empty()));
        return new InterviewStart(projectId, Optional.ofNullable(existingRespondent.get()).map(Respondent::id), created,
                audience.get(), includeExtension.get(), date.get(), interviewer.get());
    }

    public String audienceName(Audience value) {
        return messages.name(value);
    }

    public String describe(Respondent respondent) {
        return String.join(" · ", java.util.stream.Stream.of(respondent.name(), respondent.role(), respondent.company())
                .filter(text -> !text.isBlank()).toList());
    }

    public ObservableList<Audience> audiences() {
        return audiences;
    }

    public ObservableList<Respondent> respondents() {
        return respondents;
    }

    public ObjectProperty<Audience> audienceProperty() {
        return audience;
    }

    public BooleanProperty includeExtensionProperty() {
        return includeExtension;
    }

    public ObjectProperty<Respondent> existingRespondentProperty() {
        return existingRespondent;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty companyProperty() {
        return company;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public BooleanProperty consentGivenProperty() {
        return consentGiven;
    }

    public StringProperty interviewerProperty() {
        return interviewer;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }
}
