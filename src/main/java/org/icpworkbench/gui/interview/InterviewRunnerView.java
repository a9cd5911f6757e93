package org.icpworkbench.gui.interview;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.SegmentedButton;
import org.icpworkbench.gui.interview.InterviewRunnerViewModel.Mode;
import org.icpworkbench.logic.i18n.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The interview runner: question list, the current question (or all of them), review and finish.
 *
 * <p>Over 400 lines: it only builds and binds controls (header, list, three page layouts, the save banner), which
 * read best together; what it shows is computed by {@link InterviewRunnerViewModel}.
 */
public final class InterviewRunnerView {

    private final InterviewRunnerViewModel viewModel;
    private final Messages messages;
    private final StackPane center = new StackPane();
    private final Timeline clock;
    private TextArea currentAnswer;
    private ListView<QuestionPageViewModel> questionList;

    public InterviewRunnerView(InterviewRunnerViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.clock = new Timeline(new KeyFrame(Duration.seconds(1), event -> viewModel.tick()));
        clock.setCycleCount(Animation.INDEFINITE);
    }

    public Parent build() {
        BorderPane root = new BorderPane();
        root.setId("interviewRunner");
        root.setTop(new VBox(header(), saveProblemBanner()));
        root.setLeft(questionList());
        root.setCenter(center);
        viewModel.currentProperty().addListener((observable, old, page) -> showMode());
        viewModel.modeProperty().addListener((observable, old, mode) -> showMode());
        showMode();
        // Shortcuts listen on the whole scene, so they work even when no control of the runner has the focus.
        javafx.event.EventHandler<KeyEvent> shortcuts = this::shortcut;
        clock.play();
        root.sceneProperty().addListener((observable, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
            if (scene == null) {
                clock.stop();
            } else {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
            }
        });
        return root;
    }

    private Node header() {
        Button back = new Button(messages.get("runner.back"), new FontIcon(Material2AL.ARROW_BACK));
        back.setId("runnerBack");
        back.getStyleClass().add("flat");
        back.setTooltip(new Tooltip(messages.get("runner.back.tooltip")));
        back.setOnAction(event -> viewModel.close());
        Label title = new Label(viewModel.title());
        title.setId("runnerTitle");
        title.getStyleClass().add("title-4");
        Label subtitle = new Label(viewModel.subtitle());
        subtitle.getStyleClass().add("text-muted");
        VBox who = new VBox(2, title, subtitle);

        Label timer = new Label();
        timer.setId("runnerTimer");
        timer.setGraphic(new FontIcon(Material2MZ.TIMER));
        timer.textProperty().bind(viewModel.elapsedProperty());
        timer.setTooltip(new Tooltip(messages.get("runner.timer.tooltip")));
        Label saved = new Label();
        saved.setId("runnerSaved");
        saved.getStyleClass().add("text-muted");
        saved.textProperty().bind(viewModel.saveStateProperty());
        saved.setGraphic(new FontIcon(Material2AL.CLOUD_DONE));
        viewModel.saveFailedProperty().addListener((observable, old, failed) -> {
            saved.getStyleClass().removeAll("text-muted", "danger");
            saved.getStyleClass().add(failed ? "danger" : "text-muted");
        });

        ToggleButton one = new ToggleButton(messages.get("runner.mode.one"));
        one.setId("modeOne");
        one.setTooltip(new Tooltip(messages.get("runner.mode.one.tooltip")));
        ToggleButton all = new ToggleButton(messages.get("runner.mode.all"));
        all.setId("modeAll");
        all.setTooltip(new Tooltip(messages.get("runner.mode.all.tooltip")));
        ToggleButton review = new ToggleButton(messages.get("runner.mode.review"));
        review.setId("modeReview");
        review.setTooltip(new Tooltip(messages.get("runner.mode.review.tooltip")));
        SegmentedButton modes = new SegmentedButton(one, all, review);
        one.setUserData(Mode.ONE_QUESTION);
        all.setUserData(Mode.ALL_QUESTIONS);
        review.setUserData(Mode.REVIEW);
        Runnable syncToggles = () -> modes.getButtons().forEach(b -> b.setSelected(b.getUserData() == viewModel.modeProperty().get()));
        syncToggles.run();
        viewModel.modeProperty().addListener((observable, old, mode) -> syncToggles.run());
        modes.getToggleGroup().selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                syncToggles.run();
            } else if (selected.getUserData() == Mode.REVIEW) {
                viewModel.showReview();
            } else {
                viewModel.modeProperty().set((Mode) selected.getUserData());
            }
        });

        Button pdf = new Button(messages.get("runner.pdf"), new FontIcon(Material2AL.INSERT_DRIVE_FILE));
        pdf.setId("runnerPdf");
        pdf.setTooltip(new Tooltip(messages.get("runner.pdf.tooltip")));
        pdf.setOnAction(event -> viewModel.exportPdf());
        for (javafx.scene.layout.Region fixed : new javafx.scene.layout.Region[] {back, timer, modes, pdf}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        // The save state gives way (with an ellipsis, the whole text in its tooltip) before the buttons leave the window.
        saved.setMinWidth(90);
        Tooltip savedTip = new Tooltip();
        savedTip.textProperty().bind(viewModel.saveStateProperty());
        saved.setTooltip(savedTip);
        title.setTooltip(new Tooltip(viewModel.title()));
        who.setMinWidth(120);
        HBox.setHgrow(who, Priority.SOMETIMES);
        // On a narrow window the state, timer, modes and PDF button wrap to a second line rather than leave the window.
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(14, 6, saved, timer, modes, pdf);
        controls.setAlignment(Pos.CENTER_RIGHT);
        controls.setColumnHalignment(javafx.geometry.HPos.RIGHT);
        HBox.setHgrow(controls, Priority.ALWAYS);
        // Preferred on one line; the pane wraps by its own width when the window is too narrow for that.
        controls.setPrefWrapLength(2000);
        HBox bar = new HBox(14, back, who, controls);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 8));
        bar.getStyleClass().add("runner-header");
        return bar;
    }

    /** Shown while answers cannot be written; the text stays in memory and the autosaver keeps trying. */
    private Node saveProblemBanner() {
        SaveProblemViewModel problem = viewModel.saveProblem();
        Label text = new Label();
        text.setId("saveProblemMessage");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0); // wraps rather than pushing "Try again" out of the window
        text.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        text.textProperty().bind(problem.messageProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        Button retry = new Button(messages.get("saveProblem.retry"));
        retry.setId("saveProblemRetry");
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setOnAction(event -> problem.retry());
        HBox banner = new HBox(12, text, retry);
        banner.setId("saveProblem");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(8, 16, 8, 16));
        banner.setStyle("-fx-background-color: -color-danger-subtle;");
        banner.visibleProperty().bind(problem.showingProperty());
        banner.managedProperty().bind(problem.showingProperty());
        return banner;
    }

    private Node questionList() {
        ListView<QuestionPageViewModel> list = new ListView<>(viewModel.pages());
        questionList = list;
        list.setId("questionList");
        list.setPrefWidth(260);
        list.setCellFactory(view -> new QuestionCell());
        list.getSelectionModel().select(viewModel.currentIndexProperty().get());
        viewModel.currentIndexProperty().addListener((observable, old, index) -> {
            list.getSelectionModel().select(index.intValue());
            list.scrollTo(Math.max(0, index.intValue() - 3));
        });
        list.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (index.intValue() >= 0 && index.intValue() != viewModel.currentIndexProperty().get()) {
                viewModel.goTo(index.intValue());
            }
        });
        list.setOnMouseClicked(event -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                viewModel.goTo(index);
                if (viewModel.modeProperty().get() != Mode.ONE_QUESTION) {
                    viewModel.modeProperty().set(Mode.ONE_QUESTION);
                }
            }
        });
        list.setTooltip(new Tooltip(messages.get("runner.list.tooltip")));
        return list;
    }

    private void showMode() {
        Mode mode = viewModel.modeProperty().get();
        if (mode == Mode.ONE_QUESTION) {
            center.getChildren().setAll(onePage());
            Platform.runLater(() -> {
                if (currentAnswer != null) {
                    currentAnswer.requestFocus();
                    currentAnswer.positionCaret(currentAnswer.getLength());
                }
            });
        } else {
            center.getChildren().setAll(allPages(mode == Mode.REVIEW));
        }
    }

    private Node onePage() {
        QuestionPageViewModel page = viewModel.currentProperty().get();
        if (page == null) {
            return new Label(messages.get("runner.noQuestions"));
        }
        Label progressText = new Label();
        progressText.setId("runnerProgress");
        progressText.textProperty().bind(viewModel.progressText());
        Label answered = new Label();
        answered.getStyleClass().add("text-muted");
        answered.textProperty().bind(viewModel.answeredText());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progress());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox progressRow = new HBox(12, progressText, progress, answered);
        progressRow.setAlignment(Pos.CENTER_LEFT);

        VBox question = questionPane(page, false);

        Button previous = new Button(messages.get("runner.previous"), new FontIcon(Material2AL.CHEVRON_LEFT));
        previous.setId("previousButton");
        previous.setTooltip(new Tooltip(messages.get("runner.previous.tooltip")));
        previous.disableProperty().bind(viewModel.atFirst());
        previous.setOnAction(event -> viewModel.previous());
        boolean last = page.index() == viewModel.pages().size() - 1;
        Button next = new Button(messages.get(last ? "runner.toReview" : "runner.next"), new FontIcon(Material2AL.CHEVRON_RIGHT));
        next.setId("nextButton");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.getStyleClass().add("accent");
        next.setTooltip(new Tooltip(messages.get("runner.next.tooltip")));
        next.setOnAction(event -> viewModel.next());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox navigation = new HBox(10, previous, spacer, next);

        VBox content = new VBox(16, progressRow, question, navigation);
        content.setPadding(new Insets(18, 24, 18, 24));
        content.setMaxWidth(980);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node allPages(boolean review) {
        VBox content = new VBox(22);
        content.setPadding(new Insets(18, 24, 18, 24));
        content.setMaxWidth(980);
        if (review) {
            Label heading = new Label(messages.get("runner.review.heading"));
            heading.getStyleClass().add("title-3");
            Label hint = new Label(messages.get("runner.review.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("text-muted");
            content.getChildren().addAll(heading, hint, finishRow());
        }
        currentAnswer = null;
        for (QuestionPageViewModel page : viewModel.pages()) {
            content.getChildren().add(questionPane(page, true));
        }
        if (review) {
            content.getChildren().add(finishRow());
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId(review ? "reviewPage" : "allQuestionsPage");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node finishRow() {
        Button finish = new Button(messages.get("runner.finish"), new FontIcon(Material2AL.CHECK_CIRCLE));
        finish.setId("finishButton");
        finish.getStyleClass().add("success");
        finish.setDefaultButton(false);
        finish.setTooltip(new Tooltip(messages.get("runner.finish.tooltip")));
        finish.setOnAction(event -> viewModel.finish());
        Label state = new Label();
        state.textProperty().bind(viewModel.answeredText());
        state.getStyleClass().add("text-muted");
        HBox row = new HBox(12, finish, state);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The read-only figures of the customer data that the question asks about, once they are loaded. */
    private Node customerFigures(QuestionPageViewModel page) {
        Label title = new Label();
        title.textProperty().bind(page.customerFiguresTitleProperty());
        title.getStyleClass().add("text-bold");
        title.setGraphic(new FontIcon(Material2AL.INSERT_CHART_OUTLINED));
        Label figures = new Label();
        figures.setId("customerFiguresText");
        figures.textProperty().bind(page.customerFiguresProperty());
        figures.setWrapText(true);
        figures.setMinHeight(Region.USE_PREF_SIZE);
        VBox panel = new VBox(4, title, figures);
        panel.setId("customerFigures");
        panel.getStyleClass().add("customer-figures");
        panel.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4; -fx-padding: 8;");
        panel.visibleProperty().bind(page.customerFiguresTitleProperty().isNotEmpty());
        panel.managedProperty().bind(panel.visibleProperty());
        return panel;
    }

    /** A question with its guidance, answer, structured values, flags and private note. */
    private VBox questionPane(QuestionPageViewModel page, boolean compact) {
        Label number = new Label(page.number());
        number.getStyleClass().addAll("text-muted", "text-bold");
        Label wording = new Label(page.wording());
        wording.setId(compact ? null : "questionText");
        wording.setWrapText(true);
        wording.getStyleClass().add(compact ? "title-4" : "title-3");
        wording.setMinHeight(Region.USE_PREF_SIZE);

        Label guidance = new Label(page.guidance(), new FontIcon(Material2AL.LIGHTBULB));
        guidance.setWrapText(true);
        guidance.getStyleClass().addAll("text-muted", "guidance");
        guidance.setMinHeight(Region.USE_PREF_SIZE);
        guidance.setVisible(!compact);
        guidance.setManaged(!compact);

        TextArea answer = new TextArea();
        answer.setWrapText(true);
        answer.setPrefRowCount(compact ? 4 : 8);
        answer.setPromptText(messages.get("runner.answer.prompt"));
        answer.textProperty().bindBidirectional(page.textProperty());
        answer.disableProperty().bind(page.notAskedProperty());
        answer.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                viewModel.flush(page);
            }
        });
        if (!compact) {
            answer.setId("answerText");
            currentAnswer = answer;
        }

        ToggleButton flag = new ToggleButton(messages.get("runner.flag"), new FontIcon(Material2AL.FLAG));
        flag.setId(compact ? null : "flagToggle");
        flag.setTooltip(new Tooltip(messages.get("runner.flag.tooltip")));
        flag.selectedProperty().bindBidirectional(page.flaggedProperty());
        ToggleButton notAsked = new ToggleButton(messages.get("runner.notAsked"), new FontIcon(Material2AL.BLOCK));
        notAsked.setId(compact ? null : "notAskedToggle");
        notAsked.setTooltip(new Tooltip(messages.get("runner.notAsked.tooltip")));
        notAsked.selectedProperty().bindBidirectional(page.notAskedProperty());
        page.notAskedProperty().addListener((observable, old, skipped) -> {
            if (skipped && answer.isFocused()) {
                notAsked.requestFocus();
            }
        });
        HBox toggles = new HBox(8, flag, notAsked);

        TextArea note = new TextArea();
        note.setId(compact ? null : "noteText");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.setPromptText(messages.get("runner.note.prompt"));
        note.textProperty().bindBidirectional(page.noteProperty());

        VBox pane = new VBox(8, number, wording, guidance, answer);
        if (!compact && page.asksForCustomerFigures()) {
            pane.getChildren().add(customerFigures(page));
        }
        if (!page.question().fields().isEmpty()) {
            pane.getChildren().add(new FieldEditors(page, messages).build());
        }
        pane.getChildren().addAll(toggles, note);
        if (compact) {
            pane.getStyleClass().add("review-question");
            pane.setPadding(new Insets(12));
        }
        return pane;
    }

    private void shortcut(KeyEvent event) {
        boolean handled = true;
        // Alt+arrows are avoided on purpose: a lone Alt release hands the keyboard to the menu bar on Linux.
        if (event.isShortcutDown() && !event.isShiftDown() && event.getCode() == KeyCode.ENTER
                || event.isShortcutDown() && event.getCode() == KeyCode.PAGE_DOWN) {
            viewModel.next();
        } else if (event.isShortcutDown() && event.isShiftDown() && event.getCode() == KeyCode.ENTER
                || event.isShortcutDown() && event.getCode() == KeyCode.PAGE_UP) {
            viewModel.previous();
        } else if (event.isShortcutDown() && event.isShiftDown() && event.getCode() == KeyCode.F) {
            viewModel.toggleFlag();
        } else if (event.isShortcutDown() && event.isShiftDown() && event.getCode() == KeyCode.N) {
            viewModel.toggleNotAsked();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.R) {
            viewModel.showReview();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.DIGIT1) {
            viewModel.modeProperty().set(Mode.ONE_QUESTION);
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.DIGIT2) {
            viewModel.modeProperty().set(Mode.ALL_QUESTIONS);
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.J) {
            questionList.requestFocus();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.W) {
            viewModel.close();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** A question in the side list: its number and wording, with answered and flagged marks. */
    private static final class QuestionCell extends ListCell<QuestionPageViewModel> {
        @Override
        protected void updateItem(QuestionPageViewModel page, boolean empty) {
            super.updateItem(page, empty);
            textProperty().unbind();
            if (empty || page == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(page.question().code() + ". " + page.wording());
            FontIcon mark = new FontIcon();
            mark.iconCodeProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() ->
                    page.flaggedProperty().get() ? Material2AL.FLAG
                            : page.answeredProperty().get() ? Material2AL.CHECK_CIRCLE : Material2MZ.RADIO_BUTTON_UNCHECKED,
                    page.flaggedProperty(), page.answeredProperty()));
            setGraphic(mark);
            setPrefWidth(0);
        }
    }
}
