package org.icpworkbench.gui.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
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
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.questionnaire.QuestionnaireService;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.ProjectQuestionnaire;
import org.icpworkbench.model.questionnaire.Question;

/** A project's questionnaire: read-only while built-in; once customised, every change is a new version. */
public final class QuestionnaireViewModel {

    private final Messages messages;
    private final DialogService dialogs;
    private final QuestionnaireDialogs questionDialogs;
    private final Executor ui;
    private QuestionnaireService service;
    private long projectId;
    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final ObjectProperty<Question> selected = new SimpleObjectProperty<>();
    private final BooleanProperty builtIn = new SimpleBooleanProperty(true);
    private final StringProperty status = new SimpleStringProperty("");

    public QuestionnaireViewModel(Messages messages, DialogService dialogs, QuestionnaireDialogs questionDialogs, Executor ui) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.questionDialogs = questionDialogs;
        this.ui = ui;
    }

    public void attach(QuestionnaireService questionnaireService) {
        this.service = questionnaireService;
    }

    public CompletableFuture<Void> load(long project) {
        this.projectId = project;
        return service.current(project).thenAcceptAsync(this::show, ui);
    }

    private void show(ProjectQuestionnaire questionnaire) {
        Question keep = selected.get();
        questions.setAll(questionnaire.questions());
        builtIn.set(questionnaire.builtIn());
        status.set(questionnaire.builtIn() ? messages.get("questionnaire.status.builtIn")
                : messages.get("questionnaire.status.own", questionnaire.versionNo()));
        selected.set(keep == null ? null : questions.stream().filter(q -> q.code().equals(keep.code())).findFirst().orElse(null));
    }

    public CompletableFuture<Void> customise() {
        return service.customise(projectId).thenAcceptAsync(this::show, ui).exceptionallyAsync(this::report, ui);
    }

    public CompletableFuture<Void> add() {
        Question after = selected.get();
        Audience audience = after == null ? Audience.SERVICE_TEAM : after.audience();
        QuestionEditViewModel editor = new QuestionEditViewModel(nextCode(), audience, messages);
        if (!questionDialogs.showQuestionEditor(editor)) {
            return CompletableFuture.completedFuture(null);
        }
        List<Question> changed = new ArrayList<>(questions);
        int index = after == null ? changed.size() : changed.indexOf(after) + 1;
        Question added = editor.toQuestion();
        changed.add(index, added);
        return save(changed, added.code());
    }

    public CompletableFuture<Void> editSelected() {
        Question question = selected.get();
        if (question == null) {
            return CompletableFuture.completedFuture(null);
        }
        QuestionEditViewModel editor = new QuestionEditViewModel(question, messages);
        if (!questionDialogs.showQuestionEditor(editor)) {
            return CompletableFuture.completedFuture(null);
        }
        List<Question> changed = new ArrayList<>(questions);
        changed.set(changed.indexOf(question), editor.toQuestion());
        return save(changed, question.code());
    }

    public CompletableFuture<Void> removeSelected() {
        Question question = selected.get();
        if (question == null || !dialogs.confirm(messages.get("questionnaire.remove.title"),
                messages.get("questionnaire.remove.header", question.code()), question.text().in(messages.language()),
                messages.get("questionnaire.remove.confirm"))) {
            return CompletableFuture.completedFuture(null);
        }
        List<Question> changed = new ArrayList<>(questions);
        changed.remove(question);
        return save(changed, null);
    }

    public CompletableFuture<Void> moveSelected(int offset) {
        Question question = selected.get();
        if (question == null) {
            return CompletableFuture.completedFuture(null);
        }
        int from = questions.indexOf(question);
        int to = from + offset;
        if (to < 0 || to >= questions.size()) {
            return CompletableFuture.completedFuture(null);
        }
        List<Question> changed = new ArrayList<>(questions);
        changed.remove(from);
        changed.add(to, question);
        return save(changed, question.code());
    }

    private CompletableFuture<Void> save(List<Question> changed, String selectCode) {
        return service.save(projectId, changed).thenAcceptAsync(questionnaire -> {
            show(questionnaire);
            selected.set(questions.stream().filter(q -> q.code().equals(selectCode)).findFirst().orElse(null));
        }, ui).exceptionallyAsync(this::report, ui);
    }

    /** Project questions are numbered P1, P2, … so they never clash with the built-in numbers. */
    private String nextCode() {
        int highest = questions.stream().map(Question::code).filter(code -> code.matches("P\\d+"))
                .mapToInt(code -> Integer.parseInt(code.substring(1))).max().orElse(0);
        return "P" + (highest + 1);
    }

    private Void report(Throwable failure) {
        dialogs.showFailure(failure, messages);
        return null;
    }

    public String audienceOf(Question question) {
        return messages.name(question.audience());
    }

    public String wordingOf(Question question) {
        return question.text().in(messages.language());
    }

    public String valuesOf(Question question) {
        return question.fields().stream().map(field -> messages.get("questionnaire.type." + field.type().name()))
                .collect(Collectors.joining(", "));
    }

    public ObservableList<Question> questions() {
        return questions;
    }

    public ObjectProperty<Question> selectedProperty() {
        return selected;
    }

    public BooleanProperty builtInProperty() {
        return builtIn;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** Editing commands need the project's own copy and a selected question. */
    public BooleanBinding cannotEditSelection() {
        return Bindings.createBooleanBinding(() -> builtIn.get() || selected.get() == null, builtIn, selected);
    }
}
