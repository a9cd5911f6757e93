package org.icpworkbench.gui.interview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.gui.common.Failures;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.interview.AnswerAutosaver;
import org.icpworkbench.logic.interview.AnswerKey;
import org.icpworkbench.logic.interview.InterviewService;
import org.icpworkbench.model.interview.InterviewDetails;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.project.Product;

/**
 * A running interview: one question at a time or all on one page, the review, the timer and the
 * "saved at" indicator. Every edit goes to the autosaver at once; nothing waits for the disk.
 */
public final class InterviewRunnerViewModel {

    /** How the questions are shown. */
    public enum Mode { ONE_QUESTION, ALL_QUESTIONS, REVIEW }

    private final InterviewSheet sheet;
    private final InterviewService interviews;
    private final AnswerAutosaver autosaver;
    private final Messages messages;
    private final DialogService dialogs;
    private final Executor ui;
    private final ObservableList<QuestionPageViewModel> pages = FXCollections.observableArrayList();
    private final IntegerProperty currentIndex = new SimpleIntegerProperty(0);
    private final ObjectProperty<QuestionPageViewModel> current = new SimpleObjectProperty<>();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.ONE_QUESTION);
    private final StringProperty saveState = new SimpleStringProperty("");
    private final BooleanProperty saveFailed = new SimpleBooleanProperty(false);
    private final StringProperty elapsed = new SimpleStringProperty("0:00");
    private final BooleanProperty complete = new SimpleBooleanProperty(false);
    private final Clock clock;
    private final long baseSeconds;
    /** Only time on a draft is interview time: a completed interview opened to be read or corrected keeps its own. */
    private final boolean timed;
    private Instant openedAt;
    private Instant lastTick;
    private Consumer<InterviewRunnerViewModel> onClosed = runner -> { };
    private final Runnable unsubscribe;
    private final SaveProblemViewModel saveProblem;
    private Runnable exporter = () -> { };

    public InterviewRunnerViewModel(InterviewSheet sheet, List<Product> products, InterviewService interviews,
                                    AnswerAutosaver autosaver, Messages messages, DialogService dialogs, Executor ui,
                                    Clock clock) {
        this.sheet = sheet;
        this.interviews = interviews;
        this.autosaver = autosaver;
        this.messages = messages;
        this.dialogs = dialogs;
        this.ui = ui;
        this.clock = clock;
        Instant now = clock.instant();
        this.baseSeconds = sheet.details().durationSeconds();
        this.openedAt = now;
        this.lastTick = now;
        this.complete.set(sheet.details().status() == InterviewStatus.COMPLETE);
        this.timed = !complete.get();
        List<QuestionPageViewModel> built = new ArrayList<>();
        for (int i = 0; i < sheet.questions().size(); i++) {
            QuestionPageViewModel page = new QuestionPageViewModel(sheet.questions().get(i), i, messages, products);
            sheet.answerTo(page.question()).ifPresent(page::load);
            AnswerKey key = new AnswerKey(sheet.details().id(), page.question().id());
            page.onEdited(() -> {
                autosaver.update(key, page.draft());
                saveState.set(messages.get("runner.saving"));
            });
            built.add(page);
        }
        pages.setAll(built);
        Runnable stopSaved = autosaver.onSaved(saved -> {
            if (saved.key().interviewId() == sheet.details().id()) {
                ui.execute(() -> {
                    saveFailed.set(false);
                    saveState.set(messages.get("runner.savedAt", DateTimeFormatter.ofPattern("HH:mm:ss")
                            .withZone(ZoneId.systemDefault()).format(saved.at())));
                });
            }
        });
        Runnable stopFailed = autosaver.onFailure(failure -> ui.execute(() -> {
            saveFailed.set(true);
            saveState.set(messages.get("runner.saveFailed"));
        }));
        this.saveProblem = new SaveProblemViewModel(autosaver, messages, ui);
        this.unsubscribe = () -> {
            stopSaved.run();
            stopFailed.run();
            saveProblem.dispose();
        };
        currentIndex.addListener((observable, old, index) -> current.set(pages.get(index.intValue())));
        int landing = sheet.firstUnansweredIndex();
        current.set(pages.isEmpty() ? null : pages.get(landing));
        currentIndex.set(landing);
        if (complete.get()) {
            mode.set(Mode.REVIEW);
        }
        saveState.set(messages.get("runner.allSaved"));
        tick(now);
    }

    /**
     * Loads the project's customer metrics as of {@code today} and shows them beside the questions that ask for them;
     * does nothing when no question does. A failure only leaves the figures out: they are an aid, not the answer.
     */
    public CompletableFuture<Void> showCustomerFigures(CustomerService customers, LocalDate today) {
        List<QuestionPageViewModel> asking = pages.stream().filter(QuestionPageViewModel::asksForCustomerFigures).toList();
        if (asking.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        CustomerFigures figures = new CustomerFigures(messages);
        return customers.metrics(sheet.details().projectId(), today)
                .thenAcceptAsync(report -> asking.forEach(page -> page.showCustomerFigures(report, figures)), ui)
                .exceptionally(failure -> {
                    org.slf4j.LoggerFactory.getLogger(InterviewRunnerViewModel.class)
                            .warn("Customer figures not loaded", Failures.unwrap(failure));
                    return null;
                });
    }

    /** The banner shown while answers cannot be written. */
    public SaveProblemViewModel saveProblem() {
        return saveProblem;
    }

    /** What exports this interview as a PDF; given by the window that opened it. */
    public void onExport(Runnable exporter) {
        this.exporter = exporter;
    }

    /** Saves what was typed, then hands over to the export. */
    public CompletableFuture<Void> exportPdf() {
        return autosaver.flushAll().thenRunAsync(exporter, ui);
    }

    /** Starts in the user's preferred layout and reports when the user picks another one. */
    public void rememberLayout(boolean allQuestions, Consumer<Boolean> onChange) {
        if (mode.get() == Mode.ONE_QUESTION && allQuestions) {
            mode.set(Mode.ALL_QUESTIONS);
        }
        mode.addListener((observable, old, now) -> {
            if (now != Mode.REVIEW) {
                onChange.accept(now == Mode.ALL_QUESTIONS);
            }
        });
    }

    /** Saves a page at once, for example when its answer loses the focus. */
    public void flush(QuestionPageViewModel page) {
        autosaver.flush(new AnswerKey(sheet.details().id(), page.question().id()));
    }

    public void onClosed(Consumer<InterviewRunnerViewModel> listener) {
        this.onClosed = listener;
    }

    public void next() {
        flushCurrent();
        if (currentIndex.get() < pages.size() - 1) {
            currentIndex.set(currentIndex.get() + 1);
        } else {
            mode.set(Mode.REVIEW);
        }
    }

    public void previous() {
        flushCurrent();
        if (mode.get() == Mode.REVIEW) {
            mode.set(Mode.ONE_QUESTION);
        } else if (currentIndex.get() > 0) {
            currentIndex.set(currentIndex.get() - 1);
        }
    }

    public void goTo(int index) {
        if (index < 0 || index >= pages.size()) {
            return;
        }
        flushCurrent();
        currentIndex.set(index);
        if (mode.get() == Mode.REVIEW) {
            mode.set(Mode.ONE_QUESTION);
        }
    }

    /** Shows one question by its id, one question per page. */
    public void goToQuestion(long questionId) {
        for (QuestionPageViewModel page : pages) {
            if (page.question().id() == questionId) {
                goTo(page.index());
                mode.set(Mode.ONE_QUESTION);
                return;
            }
        }
    }

    public void showReview() {
        flushCurrent();
        mode.set(Mode.REVIEW);
    }

    public void toggleFlag() {
        QuestionPageViewModel page = current.get();
        page.flaggedProperty().set(!page.flaggedProperty().get());
    }

    public void toggleNotAsked() {
        QuestionPageViewModel page = current.get();
        page.notAskedProperty().set(!page.notAskedProperty().get());
    }

    /** Saves everything, marks the interview complete and closes it. */
    public CompletableFuture<Void> finish() {
        return saveAndSetStatus(InterviewStatus.COMPLETE).thenRunAsync(() -> {
            complete.set(true);
            unsubscribe.run();
            onClosed.accept(this);
        }, ui).exceptionallyAsync(this::report, ui);
    }

    /** Saves everything and leaves the interview as it is, to be resumed later. */
    public CompletableFuture<Void> close() {
        InterviewStatus status = complete.get() ? InterviewStatus.COMPLETE : InterviewStatus.DRAFT;
        CompletableFuture<Void> saved = timed ? saveAndSetStatus(status) : autosaver.flushAll();
        return saved.thenRunAsync(() -> {
            unsubscribe.run();
            onClosed.accept(this);
        }, ui).exceptionallyAsync(this::report, ui);
    }

    private CompletableFuture<Void> saveAndSetStatus(InterviewStatus status) {
        return autosaver.flushAll().thenCompose(done -> interviews.setStatus(sheet.details().id(), status, durationSeconds()));
    }

    private void flushCurrent() {
        QuestionPageViewModel page = current.get();
        if (page != null) {
            autosaver.flush(new AnswerKey(sheet.details().id(), page.question().id()));
        }
    }

    /** Advances the interview timer to the clock's time; the view calls it once a second. */
    public void tick() {
        tick(clock.instant());
    }

    /** Advances the interview timer to {@code now}. */
    public void tick(Instant now) {
        lastTick = now;
        long seconds = durationSeconds();
        elapsed.set(seconds >= 3600
                ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60));
    }

    int durationSeconds() {
        return timed ? (int) (baseSeconds + Duration.between(openedAt, lastTick).toSeconds()) : (int) baseSeconds;
    }

    private Void report(Throwable failure) {
        dialogs.showFailure(failure, messages);
        return null;
    }

    public String title() {
        InterviewDetails details = sheet.details();
        String who = String.join(" · ", java.util.stream.Stream.of(details.respondent().name(), details.respondent().role(),
                details.respondent().company()).filter(text -> !text.isBlank()).toList());
        return who;
    }

    public String subtitle() {
        return messages.name(sheet.details().audience()) + " · " + sheet.details().projectName();
    }

    public StringBinding progressText() {
        return Bindings.createStringBinding(() -> messages.get("runner.progress", currentIndex.get() + 1, pages.size()),
                currentIndex);
    }

    public StringBinding answeredText() {
        javafx.beans.Observable[] dependencies = pages.stream().map(QuestionPageViewModel::answeredProperty)
                .toArray(javafx.beans.Observable[]::new);
        return Bindings.createStringBinding(() -> messages.get("runner.answered",
                pages.stream().filter(p -> p.answeredProperty().get()).count(), pages.size()), dependencies);
    }

    public javafx.beans.binding.DoubleBinding progress() {
        return Bindings.createDoubleBinding(() -> pages.isEmpty() ? 0 : (currentIndex.get() + 1.0) / pages.size(), currentIndex);
    }

    public BooleanBinding atFirst() {
        return Bindings.createBooleanBinding(() -> currentIndex.get() == 0 && mode.get() != Mode.REVIEW, currentIndex, mode);
    }

    public InterviewDetails details() {
        return sheet.details();
    }

    public long interviewId() {
        return sheet.details().id();
    }

    public long projectId() {
        return sheet.details().projectId();
    }

    public ObservableList<QuestionPageViewModel> pages() {
        return pages;
    }

    public IntegerProperty currentIndexProperty() {
        return currentIndex;
    }

    public ObjectProperty<QuestionPageViewModel> currentProperty() {
        return current;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState;
    }

    public BooleanProperty saveFailedProperty() {
        return saveFailed;
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed;
    }

    public BooleanProperty completeProperty() {
        return complete;
    }
}
