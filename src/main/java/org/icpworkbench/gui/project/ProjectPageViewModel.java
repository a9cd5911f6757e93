package org.icpworkbench.gui.project;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.gui.questionnaire.QuestionnaireViewModel;
import org.icpworkbench.logic.interview.InterviewService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.project.ProjectService;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.respondent.Respondent;

/** The page of one project: its header, interviews and respondents. */
public final class ProjectPageViewModel {

    private final Messages messages;
    private final Executor ui;
    private final AtomicLong latestRequest = new AtomicLong();
    private long currentProject;
    private ProjectService projects;
    private InterviewService interviewService;

    private final BooleanProperty showing = new SimpleBooleanProperty(false);
    private final BooleanProperty archived = new SimpleBooleanProperty(false);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final StringProperty stats = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<InterviewSummary> interviews = FXCollections.observableArrayList();
    private final ObservableList<Respondent> respondents = FXCollections.observableArrayList();

    private final QuestionnaireViewModel questionnaire;
    private final CatalogueViewModel catalogue;
    private final org.icpworkbench.gui.synthesis.AnswerGridViewModel answerGrid;
    private final org.icpworkbench.gui.synthesis.TagBrowserViewModel tagBrowser;
    private final org.icpworkbench.gui.synthesis.CompareViewModel compare;
    private final org.icpworkbench.gui.synthesis.SearchViewModel search;
    private final org.icpworkbench.gui.customer.CustomersViewModel customers;
    private boolean customersAttached;
    private final org.icpworkbench.gui.portrait.PortraitViewModel portrait;
    private final org.icpworkbench.gui.scorecard.ScorecardViewModel scorecard;
    private final DialogService dialogs;

    /** Builds every page's view model; they work once {@link #attach} gives them an open workspace. */
    public ProjectPageViewModel(Messages messages, DialogService dialogs, PageDialogs pageDialogs, Executor ui) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.ui = ui;
        this.questionnaire = new QuestionnaireViewModel(messages, dialogs, pageDialogs.questionnaire(), ui);
        this.catalogue = new CatalogueViewModel(messages, dialogs, ui);
        this.answerGrid = new org.icpworkbench.gui.synthesis.AnswerGridViewModel(messages, dialogs, ui);
        this.tagBrowser = new org.icpworkbench.gui.synthesis.TagBrowserViewModel(messages, dialogs, ui);
        this.compare = new org.icpworkbench.gui.synthesis.CompareViewModel(messages, ui);
        this.search = new org.icpworkbench.gui.synthesis.SearchViewModel(messages, ui);
        this.customers = new org.icpworkbench.gui.customer.CustomersViewModel(messages, dialogs, pageDialogs.customers(), ui);
        this.portrait = new org.icpworkbench.gui.portrait.PortraitViewModel(messages, dialogs, pageDialogs.portrait(), ui,
                java.time.LocalDate::now);
        this.scorecard = new org.icpworkbench.gui.scorecard.ScorecardViewModel(messages, dialogs, pageDialogs.scorecard(), ui,
                java.time.LocalDate::now);
    }

    /**
     * Connects every page to an open workspace, in one place (the window is built before the workspace opens, and
     * attached again after every reopening).
     */
    public void attach(PageServices services) {
        this.projects = services.projects();
        this.interviewService = services.interviews();
        catalogue.attach(services.catalogue());
        customers.attachCatalogue(services.catalogue());
        questionnaire.attach(services.questionnaires());
        answerGrid.attach(services.answerGrid(), services.coding(), services.questionnaires(), services.openInterview());
        tagBrowser.attach(services.coding());
        compare.attach(services.coding());
        search.attach(services.search(), interviewService, projects, services.openInterviewAt());
        customers.attach(services.customers());
        customersAttached = true;
        portrait.attach(services.portraits());
        portrait.attachExport(services.portraitPdf());
        scorecard.attach(services.scorecards(), services.portraits(), services.customers());
    }

    public org.icpworkbench.gui.portrait.PortraitViewModel portrait() {
        return portrait;
    }

    /** Recomputes the portrait's proposals, which follow every answer, tag and customer change. */
    public void refreshPortrait() {
        if (currentProject > 0 && portrait.attached()) {
            portrait.load(currentProject);
        }
    }

    public org.icpworkbench.gui.scorecard.ScorecardViewModel scorecard() {
        return scorecard;
    }

    /** Scores again, since customers, prospects and the portrait change elsewhere; unsaved edits are kept. */
    public void refreshScorecard() {
        if (currentProject > 0 && scorecard.attached() && !scorecard.dirtyProperty().get()) {
            scorecard.load(currentProject);
        }
    }

    public org.icpworkbench.gui.customer.CustomersViewModel customers() {
        return customers;
    }

    public org.icpworkbench.gui.synthesis.SearchViewModel search() {
        return search;
    }

    public org.icpworkbench.gui.synthesis.CompareViewModel compare() {
        return compare;
    }

    public org.icpworkbench.gui.synthesis.TagBrowserViewModel tagBrowser() {
        return tagBrowser;
    }

    public org.icpworkbench.gui.synthesis.AnswerGridViewModel answerGrid() {
        return answerGrid;
    }

    /** Reads tags and answers again, since coding in one tab changes the other. */
    public void refreshAnalysis() {
        if (currentProject > 0) {
            answerGrid.load(currentProject);
            tagBrowser.load(currentProject);
            compare.load(currentProject);
        }
    }

    public CatalogueViewModel catalogue() {
        return catalogue;
    }

    public QuestionnaireViewModel questionnaire() {
        return questionnaire;
    }

    /** Shows the project; a later call wins over an earlier one still loading. */
    public CompletableFuture<Void> load(long projectId) {
        currentProject = projectId;
        search.load(projectId);
        if (customersAttached) {
            customers.load(projectId);
        }
        if (portrait.attached()) {
            portrait.load(projectId);
        }
        if (scorecard.attached()) {
            scorecard.load(projectId);
        }
        long request = latestRequest.incrementAndGet();
        CompletableFuture<Project> project = projects.find(projectId).thenApply(found -> found.orElse(null));
        CompletableFuture<List<InterviewSummary>> interviewList = interviewService.interviews(projectId);
        CompletableFuture<List<Respondent>> respondentList = interviewService.respondents(projectId);
        CompletableFuture<Void> questions = questionnaire.load(projectId);
        CompletableFuture<Void> products = catalogue.load(projectId);
        CompletableFuture<Void> grid = answerGrid.load(projectId);
        CompletableFuture<Void> tagList = tagBrowser.load(projectId).thenCompose(done -> compare.load(projectId));
        return CompletableFuture.allOf(project, interviewList, respondentList, questions, products, grid, tagList).thenRunAsync(() -> {
            if (request != latestRequest.get()) {
                return;
            }
            show(project.join(), interviewList.join(), respondentList.join());
        }, ui);
    }

    public void clear() {
        latestRequest.incrementAndGet();
        show(null, List.of(), List.of());
    }

    private void show(Project project, List<InterviewSummary> interviewList, List<Respondent> respondentList) {
        showing.set(project != null);
        title.set(project == null ? "" : project.name());
        portrait.setProjectName(project == null ? "" : project.name());
        archived.set(project != null && project.archived());
        notes.set(project == null ? "" : project.notes());
        subtitle.set(project == null ? "" : subtitleOf(project));
        long complete = interviewList.stream().filter(i -> i.status() == InterviewStatus.COMPLETE).count();
        stats.set(messages.get("project.page.stats", messages.plural("interviews", interviewList.size()),
                complete, interviewList.size() - complete));
        interviews.setAll(interviewList);
        respondents.setAll(respondentList);
    }

    private String subtitleOf(Project project) {
        String joined = String.join(" · ", java.util.stream.Stream.of(project.clientCompany(), project.industry())
                .filter(text -> !text.isBlank()).toList());
        return joined.isEmpty() ? messages.get("project.page.noDetails") : joined;
    }

    public String audienceOf(InterviewSummary interview) {
        return messages.name(interview.audience());
    }

    public String statusOf(InterviewSummary interview) {
        return messages.name(interview.status());
    }

    public String progressOf(InterviewSummary interview) {
        return messages.get("interviews.progress", interview.answeredCount(), interview.questionCount());
    }

    public double progressFraction(InterviewSummary interview) {
        return interview.questionCount() == 0 ? 0 : Math.min(1.0, (double) interview.answeredCount() / interview.questionCount());
    }

    public String dateOf(InterviewSummary interview) {
        return shortDate(interview.date());
    }

    private String shortDate(java.time.LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", messages.language().locale()).format(date);
    }

    public String consentOf(Respondent respondent) {
        if (!respondent.consentGiven()) {
            return messages.get("respondents.consent.missing");
        }
        return respondent.consentDate()
                .map(date -> messages.get("respondents.consent.given", shortDate(date)))
                .orElse(messages.get("respondents.consent.givenUndated"));
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing;
    }

    public ReadOnlyBooleanProperty archivedProperty() {
        return archived;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle;
    }

    public ReadOnlyStringProperty statsProperty() {
        return stats;
    }

    public ReadOnlyStringProperty notesProperty() {
        return notes;
    }

    public ObservableList<InterviewSummary> interviews() {
        return interviews;
    }

    public ObservableList<Respondent> respondents() {
        return respondents;
    }

    /**
     * Erases a respondent after confirmation: their interviews, answers, notes, quotes and tagged passages are deleted
     * for good, and the workspace file is rewritten when it closes.
     */
    public CompletableFuture<Void> eraseRespondent(Respondent respondent) {
        if (respondent == null || interviewService == null) {
            return CompletableFuture.completedFuture(null);
        }
        boolean confirmed = dialogs.confirm(messages.get("privacy.erase.title"),
                messages.get("privacy.erase.header", respondent.name()), messages.get("privacy.erase.content"),
                messages.get("privacy.erase.confirm"));
        if (!confirmed) {
            return CompletableFuture.completedFuture(null);
        }
        return interviewService.eraseRespondent(respondent.id())
                .thenComposeAsync(projectId -> {
                    dialogs.notify(messages.get("privacy.erase.done", respondent.name()), java.util.Optional.empty());
                    return load(projectId);
                }, ui)
                .exceptionallyAsync(failure -> {
                    dialogs.showFailure(failure, messages);
                    return null;
                }, ui);
    }
}
