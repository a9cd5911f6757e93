package org.icpworkbench.gui.main;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.gui.common.DialogService.NotificationAction;
import java.time.Clock;
import java.time.LocalDate;
import org.icpworkbench.gui.interview.InterviewRunnerViewModel;
import org.icpworkbench.gui.interview.StartInterviewViewModel;
import org.icpworkbench.gui.project.ProjectPageViewModel;
import org.icpworkbench.gui.settings.SettingsViewModel;
import org.icpworkbench.gui.trash.TrashViewModel;
import org.icpworkbench.gui.workspace.WorkspaceReopener;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.project.ProjectSummary;

/**
 * The main window: the project list with its commands and the page of the selected project.
 * Every command returns a future that completes once the window shows its outcome.
 *
 * <p>Over 400 lines, for now: the project list and its commands (create, rename, details, archive, trash, sample)
 * still live here beside the window's own commands (interviews, exports through {@link ExportCommand}, archives,
 * settings, password, reopening, about); moving the list into a project-list view model is the next step of issue 16.
 */
public final class MainWindowViewModel {

    private final javafx.beans.property.BooleanProperty projectListShown = new javafx.beans.property.SimpleBooleanProperty(true);

    private final Clock clock;
    private final Messages messages;
    private final DialogService dialogs;
    private final FeatureDialogs featureDialogs;
    private final ExportCommand exports;
    private final Executor ui;
    private final UserSettingsStore settingsStore;
    private WorkspaceServices services;

    private final ObservableList<ProjectSummary> projects = FXCollections.observableArrayList();
    private final FilteredList<ProjectSummary> visibleProjects = new FilteredList<>(projects);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ProjectSummary> selectedProject = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final BooleanProperty ready = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final ProjectPageViewModel page;
    private final ObjectProperty<InterviewRunnerViewModel> activeInterview = new SimpleObjectProperty<>();
    private CompletableFuture<Void> pageLoading = CompletableFuture.completedFuture(null);
    private final BooleanProperty reopening = new SimpleBooleanProperty(false);
    private WorkspaceReopener reopener;

    public MainWindowViewModel(Messages messages, DialogService dialogs, FeatureDialogs featureDialogs, Executor ui,
            UserSettingsStore settingsStore) {
        this(messages, dialogs, featureDialogs, ui, settingsStore, Clock.systemUTC());
    }

    /** {@code clock} times the interviews opened from this window. */
    public MainWindowViewModel(Messages messages, DialogService dialogs, FeatureDialogs featureDialogs, Executor ui,
            UserSettingsStore settingsStore, Clock clock) {
        this.clock = clock;
        this.messages = messages;
        this.dialogs = dialogs;
        this.featureDialogs = featureDialogs;
        this.exports = new ExportCommand(messages, dialogs, ui);
        this.ui = ui;
        this.settingsStore = settingsStore;
        this.page = new ProjectPageViewModel(messages, dialogs, featureDialogs.page(), ui);
        status.set(messages.get("status.opening"));
        filter.addListener((observable, old, text) -> visibleProjects.setPredicate(project -> matches(project, text)));
        selectedProject.addListener((observable, old, project) -> onSelected(old, project));
        showArchived.addListener((observable, old, show) -> reload());
    }

    /** Connects the window to an open workspace, optionally adding the sample project first. */
    public CompletableFuture<Void> attach(WorkspaceServices workspaceServices, boolean addSample) {
        this.services = workspaceServices;
        workspaceEncrypted.set(workspaceServices.workspace().password().isPresent());
        reopening.set(false);
        page.attach(new org.icpworkbench.gui.project.PageServices(workspaceServices.projects(),
                workspaceServices.interviews(), workspaceServices.questionnaires(), workspaceServices.catalogue(),
                new org.icpworkbench.logic.coding.AnswerGridService(workspaceServices.workspace().database()),
                workspaceServices.coding(), workspaceServices.search(), workspaceServices.customers(),
                workspaceServices.portraits(), workspaceServices.portraitPdf(), workspaceServices.scorecards(),
                this::openInterview, this::openInterviewAt));
        workspaceServices.startSearch();
        CompletableFuture<Optional<Long>> toSelect = addSample
                ? workspaceServices.samples().createSample(messages.language()).thenApply(project -> {
                    workspaceServices.projectTextsChanged(project.id());
                    return Optional.of(project.id());
                })
                : workspaceServices.projects().lastOpenedProject();
        return toSelect.thenCompose(id -> workspaceServices.projects().summaries(showArchived.get())
                .thenComposeAsync(list -> {
                    ready.set(true);
                    status.set(messages.get("status.workspace", workspaceServices.workspace().folder()));
                    return showProjects(list, id);
                }, ui)).thenRunAsync(() -> tellNotices(workspaceServices), ui).exceptionallyAsync(this::report, ui);
    }

    /**
     * Whether the window may close now. While answers cannot be saved (the disk is full, the file read-only) the user
     * is told so and chooses: try again (and close when that saved everything), keep them in a file beside the
     * workspace and quit (what closing does with unsaved answers, ADR 0018), or stay.
     */
    public boolean mayQuit() {
        while (services != null && services.autosaver().failing().isPresent()) {
            Throwable failure = services.autosaver().failing().get();
            String reason = org.icpworkbench.gui.interview.SaveProblemViewModel.reasonFor(failure, messages);
            int choice = dialogs.askWithButtons(messages.get("saveProblem.close.title"), messages.get("saveProblem.close.header"),
                    messages.get("saveProblem.close.message", reason, services.autosaver().unsavedDrafts().size()),
                    java.util.List.of(messages.get("saveProblem.close.retry"), messages.get("saveProblem.close.keep"),
                            messages.get("saveProblem.close.cancel")));
            if (choice == 2) {
                return false;
            }
            if (choice == 1) {
                return true;
            }
            try {
                services.autosaver().retryNow().get(15, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG_QUIT.debug("Retry before quitting did not finish: {}", e.getMessage());
            }
        }
        return true;
    }

    private static final org.slf4j.Logger LOG_QUIT = org.slf4j.LoggerFactory.getLogger("org.icpworkbench.gui.main.Quit");

    /** What opening the workspace found (an unreadable seal renewed, unsaved answers put back): told once, after the list. */
    private void tellNotices(WorkspaceServices workspaceServices) {
        for (var notice : workspaceServices.notices()) {
            dialogs.showInformation(messages.get("app.title"), messages.get("workspace.notice.header"),
                    messages.get(notice.messageKey(), notice.argumentArray()));
        }
    }

    public CompletableFuture<Void> reload() {
        if (services == null) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<Long> keep = Optional.ofNullable(selectedProject.get()).map(ProjectSummary::id);
        return reloadSelecting(keep);
    }

    private CompletableFuture<Void> reloadSelecting(Optional<Long> id) {
        return services.projects().summaries(showArchived.get())
                .thenComposeAsync(list -> showProjects(list, id), ui)
                .exceptionallyAsync(this::report, ui);
    }

    /** Shows the list and selects a project; completes once that project's page is shown. */
    private CompletableFuture<Void> showProjects(List<ProjectSummary> list, Optional<Long> select) {
        projects.setAll(list);
        ProjectSummary match = select.flatMap(id -> list.stream().filter(p -> p.id() == id).findFirst())
                .orElse(list.isEmpty() ? null : list.getFirst());
        if (match != null && match.equals(selectedProject.get())) {
            pageLoading = page.load(match.id());
        }
        selectedProject.set(match);
        return pageLoading;
    }

    public CompletableFuture<Void> createProject() {
        Optional<String> name = dialogs.askText(messages.get("dialog.newProject.title"),
                messages.get("dialog.newProject.header"), messages.get("dialog.newProject.label"), "",
                messages.get("button.create"));
        if (name.isEmpty() || services == null) {
            return CompletableFuture.completedFuture(null);
        }
        return services.projects().create(ProjectDetails.named(name.get()))
                .thenComposeAsync(project -> {
                    filter.set("");
                    return reloadSelecting(Optional.of(project.id()));
                }, ui)
                .exceptionallyAsync(this::report, ui);
    }

    public CompletableFuture<Void> renameSelected() {
        ProjectSummary project = selectedProject.get();
        if (project == null) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<String> name = dialogs.askText(messages.get("dialog.rename.title"),
                messages.get("dialog.rename.header", project.name()), messages.get("dialog.rename.label"),
                project.name(), messages.get("button.rename"));
        if (name.isEmpty() || name.get().strip().equals(project.name())) {
            return CompletableFuture.completedFuture(null);
        }
        return services.projects().rename(project.id(), name.get())
                .thenCompose(done -> reload())
                .exceptionallyAsync(this::report, ui);
    }

    public CompletableFuture<Void> editSelectedDetails() {
        ProjectSummary summary = selectedProject.get();
        if (summary == null) {
            return CompletableFuture.completedFuture(null);
        }
        return services.projects().find(summary.id()).thenComposeAsync(found -> {
            if (found.isEmpty()) {
                return CompletableFuture.<Void>completedFuture(null);
            }
            Project project = found.get();
            Optional<ProjectDetails> edited = featureDialogs.window().editProjectDetails(new ProjectDetails(project.name(),
                    project.clientCompany(), project.industry(), project.notes()));
            return edited.map(details -> services.projects().updateDetails(project.id(), details).thenCompose(done -> reload()))
                    .orElse(CompletableFuture.completedFuture(null));
        }, ui).exceptionallyAsync(this::report, ui);
    }

    public CompletableFuture<Void> toggleArchiveSelected() {
        ProjectSummary project = selectedProject.get();
        if (project == null) {
            return CompletableFuture.completedFuture(null);
        }
        return services.projects().setArchived(project.id(), !project.archived())
                .thenCompose(done -> reload())
                .exceptionallyAsync(this::report, ui);
    }

    public CompletableFuture<Void> moveSelectedToTrash() {
        ProjectSummary project = selectedProject.get();
        if (project == null || !dialogs.confirm(messages.get("dialog.trash.title"),
                messages.get("dialog.trash.header", project.name()), messages.get("dialog.trash.content"),
                messages.get("button.moveToTrash"))) {
            return CompletableFuture.completedFuture(null);
        }
        return services.projects().moveToTrash(project.id())
                .thenRun(() -> services.projectTextsChanged(project.id()))
                .thenCompose(done -> reloadSelecting(Optional.empty()))
                .thenRunAsync(() -> dialogs.notify(messages.get("notification.trashed", project.name()),
                        Optional.of(new NotificationAction(messages.get("notification.undo"), () -> restore(project)))), ui)
                .exceptionallyAsync(this::report, ui);
    }

    /** Takes a project out of the trash again and selects it. */
    public CompletableFuture<Void> restore(ProjectSummary project) {
        return services.projects().restoreFromTrash(project.id())
                .thenRun(() -> services.projectTextsChanged(project.id()))
                .thenCompose(done -> reloadSelecting(Optional.of(project.id())))
                .exceptionallyAsync(this::report, ui);
    }

    public CompletableFuture<Void> addSampleProject() {
        if (services == null) {
            return CompletableFuture.completedFuture(null);
        }
        status.set(messages.get("status.sampleCreating"));
        return services.samples().createSample(messages.language())
                .thenApply(project -> {
                    services.projectTextsChanged(project.id());
                    return project;
                })
                .thenCompose(project -> reloadSelecting(Optional.of(project.id()))
                        .thenRunAsync(() -> {
                            status.set(messages.get("status.workspace", services.workspace().folder()));
                            dialogs.notify(messages.get("notification.sampleCreated", project.name()), Optional.empty());
                        }, ui))
                .exceptionallyAsync(this::report, ui);
    }

    /** Asks who is interviewed and begins the interview for the selected project. */
    public CompletableFuture<Void> startInterview() {
        ProjectSummary project = selectedProject.get();
        if (project == null || services == null) {
            return CompletableFuture.completedFuture(null);
        }
        var interviews = services.interviews();
        return interviews.respondents(project.id()).thenCombine(interviews.lastInterviewer(project.id()),
                        (respondents, interviewer) -> new StartInterviewViewModel(project.id(), respondents, interviewer,
                                LocalDate.now(), messages))
                .thenComposeAsync(start -> featureDialogs.interview().showStartInterview(start)
                        ? interviews.start(start.toStart()).thenCompose(this::openInterview)
                        : CompletableFuture.<Void>completedFuture(null), ui)
                .exceptionallyAsync(this::report, ui);
    }

    /** Opens an interview at one question, e.g. where a search hit was found. */
    public CompletableFuture<Void> openInterviewAt(long interviewId, long questionId) {
        return openInterview(interviewId).thenRunAsync(() -> {
            InterviewRunnerViewModel runner = activeInterview.get();
            if (runner != null) {
                runner.goToQuestion(questionId);
            }
        }, ui);
    }

    /** Opens an interview where it was left: at its first unanswered question, or at the review when complete. */
    public CompletableFuture<Void> openInterview(long interviewId) {
        var interviews = services.interviews();
        return interviews.sheet(interviewId)
                .thenCompose(sheet -> interviews.products(sheet.details().projectId())
                        .thenApplyAsync(products -> new InterviewRunnerViewModel(sheet, products, interviews,
                                services.autosaver(), messages, dialogs, ui, clock), ui))
                .thenAcceptAsync(runner -> {
                    var details = runner.details();
                    runner.rememberLayout(settingsStore.load().allQuestionsOnOnePage(),
                            allOnOne -> settingsStore.update(stored -> stored.withAllQuestionsOnOnePage(allOnOne)));
                    runner.onExport(() -> exportInterview(details.id(), details.respondent().name(), details.date()));
                    runner.showCustomerFigures(services.customers(), LocalDate.now());
                    runner.onClosed(closed -> {
                        activeInterview.set(null);
                        reload();
                    });
                    activeInterview.set(runner);
                }, ui)
                .exceptionallyAsync(this::report, ui);
    }

    /** Asks where to save and exports the interview as a PDF in the window's language. */
    public CompletableFuture<Void> exportInterview(long interviewId, String respondentName, LocalDate date) {
        if (services == null) {
            return CompletableFuture.completedFuture(null);
        }
        return exports.saveAs(messages.get("export.interview.title"),
                org.icpworkbench.logic.export.InterviewPdfExporter.suggestedFileName(respondentName, date, messages.language()),
                "export.filter.pdf", "pdf", target -> {
                    status.set(messages.get("export.running"));
                    return services.interviewPdf().export(interviewId, target, messages.language()).whenCompleteAsync(
                            (written, failure) -> status.set(messages.get("status.workspace", services.workspace().folder())), ui);
                });
    }

    /** Asks where to save and exports the selected project's answers and tags as a CSV spreadsheet. */
    public CompletableFuture<Void> exportMatrix() {
        ProjectSummary project = selectedProject.get();
        if (project == null || services == null) {
            return CompletableFuture.completedFuture(null);
        }
        return exports.saveAs(messages.get("export.matrix.title"),
                org.icpworkbench.logic.export.CodedMatrixExporter.suggestedFileName(project.name(), LocalDate.now(),
                        messages.language()), "export.filter.csv", "csv",
                target -> new org.icpworkbench.logic.export.CodedMatrixExporter(services.workspace().database())
                        .export(project.id(), target, messages.language()));
    }

    /**
     * Asks for the audience and where to save, and exports a blank printable interview guide in the window's language,
     * with the selected project's questions and products (the built-in questionnaire when no project is selected).
     */
    public CompletableFuture<Void> exportGuide() {
        if (services == null) {
            return CompletableFuture.completedFuture(null);
        }
        List<org.icpworkbench.model.questionnaire.Audience> audiences =
                List.of(org.icpworkbench.model.questionnaire.Audience.values());
        Optional<Integer> chosen = dialogs.chooseOne(messages.get("export.guide.title"), messages.get("export.guide.audience"),
                audiences.stream().map(audience -> messages.get("audience." + audience.name())).toList());
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        org.icpworkbench.model.questionnaire.Audience audience = audiences.get(chosen.get());
        Optional<Long> projectId = Optional.ofNullable(selectedProject.get()).map(ProjectSummary::id);
        return exports.saveAs(messages.get("export.guide.title"),
                org.icpworkbench.logic.export.InterviewGuidePdfExporter.suggestedFileName(audience, messages.language()),
                "export.filter.pdf", "pdf",
                target -> new org.icpworkbench.logic.export.InterviewGuidePdfExporter(services.workspace().database())
                        .export(audience, projectId, target, messages.language()));
    }

    /** Asks where to save and exports the selected project's portrait as Markdown, as of today. */
    public CompletableFuture<Void> exportMarkdown() {
        ProjectSummary project = selectedProject.get();
        if (project == null || services == null) {
            return CompletableFuture.completedFuture(null);
        }
        return exports.saveAs(messages.get("export.markdown.title"),
                org.icpworkbench.logic.export.MarkdownPortraitExporter.suggestedFileName(project.name(), LocalDate.now(),
                        messages.language()), "export.filter.markdown", "md",
                target -> new org.icpworkbench.logic.export.MarkdownPortraitExporter(services.projects(), services.portraits())
                        .export(project.id(), target, LocalDate.now(), messages));
    }

    /** Asks where to save and exports every answer of the selected project as a CSV spreadsheet. */
    public CompletableFuture<Void> exportAnswers() {
        ProjectSummary project = selectedProject.get();
        if (project == null || services == null) {
            return CompletableFuture.completedFuture(null);
        }
        return exports.saveAs(messages.get("export.answers.title"),
                org.icpworkbench.logic.export.AnswersCsvExporter.suggestedFileName(project.name(), LocalDate.now(),
                        messages.language()), "export.filter.csv", "csv",
                target -> new org.icpworkbench.logic.export.AnswersCsvExporter(services.workspace().database())
                        .export(project.id(), target, messages.language()));
    }

    /** Saves the selected project with everything it holds as one archive file (.icpw). */
    public CompletableFuture<Void> exportArchive() {
        ProjectSummary project = selectedProject.get();
        if (project == null || services == null) {
            return CompletableFuture.completedFuture(null);
        }
        return exports.saveAs(messages.get("archive.gui.export.title"),
                org.icpworkbench.logic.archive.ProjectArchiveExporter.suggestedFileName(project.name(), LocalDate.now()),
                "archive.gui.filter", "icpw",
                target -> new org.icpworkbench.logic.archive.ProjectArchiveExporter(services.workspace().database(),
                        java.time.Clock.systemDefaultZone()).export(project.id(), target));
    }

    /** Reads a project archive — all of it, or nothing when anything in it is wrong — and shows the new project. */
    public CompletableFuture<Void> importArchive() {
        if (services == null) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<java.nio.file.Path> file = dialogs.chooseOpenFile(messages.get("archive.gui.import.title"),
                messages.get("archive.gui.filter"), List.of("icpw", "zip"));
        return file.map(this::importArchive).orElseGet(() -> CompletableFuture.completedFuture(null));
    }

    /** Imports {@code file} without asking for one: the archive the application was opened with (a double-click). */
    public CompletableFuture<Void> importArchive(java.nio.file.Path file) {
        if (services == null) {
            return CompletableFuture.completedFuture(null);
        }
        return new org.icpworkbench.logic.archive.ProjectArchiveImporter(services.workspace().database(),
                        java.time.Clock.systemDefaultZone())
                .importArchive(file)
                .thenComposeAsync(id -> {
                    services.projectTextsChanged(id);
                    dialogs.notify(messages.get("archive.gui.imported", file.getFileName()), Optional.empty());
                    return reloadSelecting(Optional.of(id));
                }, ui)
                .exceptionallyAsync(this::report, ui);
    }

    public ObjectProperty<InterviewRunnerViewModel> activeInterviewProperty() {
        return activeInterview;
    }

    public void openTrash() {
        if (services == null) {
            return;
        }
        TrashViewModel trash = new TrashViewModel(services.projects(), messages, dialogs, ui);
        featureDialogs.window().showTrash(trash);
        if (trash.changed()) {
            services.startSearch().thenRun(services.search()::rebuild);
            reload();
        }
    }

    public void openSettings() {
        String folder = services == null ? "" : services.workspace().folder().toString();
        SettingsViewModel settings = new SettingsViewModel(settingsStore, messages.language(), folder);
        if (services != null && reopener != null) {
            settings.attachBackups(new org.icpworkbench.gui.settings.BackupsViewModel(services.workspace().folder(),
                    () -> Optional.ofNullable(services), reopener, messages, dialogs, ui,
                    java.time.Clock.systemDefaultZone()));
        }
        featureDialogs.window().showSettings(settings);
    }

    /** How the window closes and reopens its workspace (a restore, a new password); given by the application. */
    private final javafx.beans.property.BooleanProperty workspaceEncrypted = new javafx.beans.property.SimpleBooleanProperty();

    /** Whether the open workspace is protected with a password: which of the password menu items apply. */
    public javafx.beans.property.ReadOnlyBooleanProperty workspaceEncryptedProperty() {
        return workspaceEncrypted;
    }

    /** File → Protect with a password… / Change password… / Remove password…: closes, re-encrypts and reopens. */
    public void changeWorkspacePassword(org.icpworkbench.gui.workspace.WorkspacePasswordViewModel.Mode mode) {
        if (services == null || reopener == null) {
            return;
        }
        var editor = new org.icpworkbench.gui.workspace.WorkspacePasswordViewModel(messages, mode, reopener,
                java.time.Clock.systemDefaultZone());
        if (!featureDialogs.workspace().editWorkspacePassword(editor)) {
            return;
        }
        editor.apply().whenCompleteAsync((message, failure) -> {
            if (failure == null) {
                dialogs.notify(message, Optional.empty());
            } else {
                dialogs.showFailure(failure, messages);
            }
        }, ui);
    }

    public void setReopener(WorkspaceReopener workspaceReopener) {
        this.reopener = workspaceReopener;
    }

    /**
     * Lets go of the workspace before it is closed for a reopening: an open interview is saved and closed, the page
     * finishes loading, and edits are refused until {@link #attach} shows the reopened workspace.
     */
    public CompletableFuture<Void> detach() {
        reopening.set(true);
        ready.set(false);
        status.set(messages.get("status.reopening"));
        InterviewRunnerViewModel runner = activeInterview.get();
        CompletableFuture<Void> closed = runner == null ? CompletableFuture.completedFuture(null) : runner.close();
        // The reload queues behind the one the closed interview asked for, so nothing is left reading the old file.
        return closed.thenComposeAsync(done -> reload(), ui).thenRunAsync(() -> {
            activeInterview.set(null);
            services = null;
        }, ui);
    }

    /** True while the workspace is closed and reopened; the window refuses edits meanwhile. */
    public ReadOnlyBooleanProperty reopeningProperty() {
        return reopening;
    }

    public void showAbout(String version) {
        String folder = services == null ? "" : services.workspace().folder().toString();
        dialogs.showInformation(messages.get("about.title"), messages.get("about.header", version),
                messages.get("about.text", folder));
    }

    private void onSelected(ProjectSummary old, ProjectSummary project) {
        if (project == null) {
            page.clear();
            pageLoading = CompletableFuture.completedFuture(null);
            return;
        }
        pageLoading = page.load(project.id());
        if (old == null || old.id() != project.id()) {
            services.projects().rememberOpenedProject(project.id());
        }
    }

    private Void report(Throwable failure) {
        dialogs.showFailure(failure, messages);
        return null;
    }

    private static boolean matches(ProjectSummary project, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase();
        return project.name().toLowerCase().contains(needle)
                || project.clientCompany().toLowerCase().contains(needle)
                || project.industry().toLowerCase().contains(needle);
    }

    public String describe(ProjectSummary project) {
        String client = project.clientCompany().isBlank() ? "" : project.clientCompany() + " · ";
        return client + messages.plural("interviews", project.interviewCount());
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<ProjectSummary> projects() {
        return visibleProjects;
    }

    public ObservableList<ProjectSummary> allProjects() {
        return projects;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ProjectSummary> selectedProjectProperty() {
        return selectedProject;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public BooleanBinding noProjectSelected() {
        return Bindings.isNull(selectedProject);
    }

    public BooleanBinding selectedIsArchived() {
        return Bindings.createBooleanBinding(() -> selectedProject.get() != null && selectedProject.get().archived(),
                selectedProject);
    }

    /** Whether the project list is shown beside the project (hidden, the project's pages get the whole width). */
    public javafx.beans.property.BooleanProperty projectListShownProperty() {
        return projectListShown;
    }

    public ProjectPageViewModel page() {
        return page;
    }
}
