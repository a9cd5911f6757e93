package org.icpworkbench.gui.synthesis;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.coding.AnswerGridService;
import org.icpworkbench.logic.coding.CodingService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.questionnaire.QuestionnaireService;
import org.icpworkbench.model.coding.AnswerRow;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.MemoSubject;
import org.icpworkbench.model.coding.TagSummary;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;

/**
 * The answer grid: for one question, every interview's answer beside the respondent's attributes, with
 * filters, the coding of passages of the selected answer, and the question's memo.
 */
public final class AnswerGridViewModel {

    private final Messages messages;
    private final DialogService dialogs;
    private final Executor ui;
    private AnswerGridService grid;
    private CodingService coding;
    private QuestionnaireService questionnaires;
    private LongConsumer openInterview = id -> { };
    private long projectId;

    private final ObservableList<Question> questions = FXCollections.observableArrayList();
    private final ObjectProperty<Question> question = new SimpleObjectProperty<>();
    private final ObservableList<AnswerRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AnswerRow> visibleRows = new FilteredList<>(rows);
    private final Map<AnswerRow, String> values = new IdentityHashMap<>();
    private final ObjectProperty<Audience> audienceFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<TagSummary> tagFilter = new SimpleObjectProperty<>();
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(false);
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObservableList<TagSummary> tags = FXCollections.observableArrayList();
    private final ObjectProperty<AnswerRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<CodedPassage> passages = FXCollections.observableArrayList();
    private final StringProperty memo = new SimpleStringProperty("");
    private final BooleanProperty wholeAudience = new SimpleBooleanProperty(false);
    private final ObjectProperty<AnswerGridService.AudienceGrid> audienceGrid = new SimpleObjectProperty<>();
    private boolean loadingMemo;

    public AnswerGridViewModel(Messages messages, DialogService dialogs, Executor ui) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.ui = ui;
        audienceFilter.addListener(o -> refilter());
        tagFilter.addListener(o -> refilter());
        flaggedOnly.addListener(o -> refilter());
        textFilter.addListener(o -> refilter());
        question.addListener((o, old, now) -> loadGrid());
        wholeAudience.addListener((o, old, now) -> loadGrid());
        selected.addListener((o, old, now) -> loadPassages());
        memo.addListener((o, old, text) -> {
            if (!loadingMemo && question.get() != null) {
                coding.saveMemo(projectId, MemoSubject.QUESTION, question.get().code(), text);
            }
        });
    }

    public void attach(AnswerGridService gridService, CodingService codingService, QuestionnaireService questionnaireService,
                       LongConsumer opener) {
        this.grid = gridService;
        this.coding = codingService;
        this.questionnaires = questionnaireService;
        this.openInterview = opener;
    }

    public CompletableFuture<Void> load(long project) {
        boolean sameProject = project == projectId;
        this.projectId = project;
        Question keep = sameProject ? question.get() : null;
        return questionnaires.current(project).thenCombine(coding.tags(project), (questionnaire, tagList) -> {
            ui.execute(() -> {
                tags.setAll(tagList);
                questions.setAll(questionnaire.questions());
                Question next = keep == null ? null : questions.stream().filter(q -> q.code().equals(keep.code())).findFirst().orElse(null);
                if (next == null && !questions.isEmpty()) {
                    next = questions.getFirst();
                }
                if (next == question.get()) {
                    loadGrid();
                } else {
                    question.set(next);
                }
            });
            return null;
        });
    }

    /** Reads the grid again for the chosen question and layout; completes when it is shown. */
    public CompletableFuture<Void> refresh() {
        return loadGrid();
    }

    private CompletableFuture<Void> loadGrid() {
        Question chosen = question.get();
        if (chosen == null) {
            rows.clear();
            return CompletableFuture.completedFuture(null);
        }
        loadingMemo = true;
        memo.set("");
        loadingMemo = false;
        coding.memo(projectId, MemoSubject.QUESTION, chosen.code()).thenAcceptAsync(text -> {
            loadingMemo = true;
            memo.set(text);
            loadingMemo = false;
        }, ui);
        if (wholeAudience.get()) {
            return grid.audienceGrid(projectId, List.copyOf(questions), chosen.audience())
                    .thenAcceptAsync(audienceGrid::set, ui);
        }
        return grid.grid(projectId, chosen.code(), messages.language()).thenAcceptAsync(result -> {
            AnswerRow keep = selected.get();
            values.clear();
            values.putAll(result.values());
            rows.setAll(result.rows());
            selected.set(keep == null ? null : rows.stream().filter(r -> r.interviewId() == keep.interviewId()).findFirst().orElse(null));
        }, ui);
    }

    private void loadPassages() {
        AnswerRow row = selected.get();
        if (row == null) {
            passages.clear();
            return;
        }
        coding.passagesOfAnswer(projectId, row.interviewId(), row.question().id()).thenAcceptAsync(passages::setAll, ui);
    }

    private void refilter() {
        visibleRows.setPredicate(row -> (audienceFilter.get() == null || row.audience() == audienceFilter.get())
                && (tagFilter.get() == null || row.tagNames().contains(tagFilter.get().tag().name()))
                && (!flaggedOnly.get() || row.flagged())
                && matches(row, textFilter.get()));
    }

    private static boolean matches(AnswerRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase();
        return (row.respondentName() + " " + row.respondentRole() + " " + row.respondentCompany() + " " + row.text())
                .toLowerCase().contains(needle);
    }

    /** Tags the selected stretch of the selected answer with the chosen tags, a new tag typed by name, and/or a star. */
    public CompletableFuture<Void> codeSelection(int start, int end, List<Long> tagIds, String newTagName, boolean star) {
        AnswerRow row = selected.get();
        if (row == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<List<Long>> chosen = newTagName == null || newTagName.isBlank()
                ? CompletableFuture.completedFuture(tagIds)
                : coding.createTag(projectId, newTagName, Optional.empty()).thenApply(tag -> {
                    List<Long> all = new java.util.ArrayList<>(tagIds);
                    all.add(tag.id());
                    return all;
                });
        return chosen.thenCompose(ids -> coding.code(row.interviewId(), row.question().id(), row.text(), start, end, ids, star))
                .thenCompose(id -> load(projectId))
                .thenRunAsync(this::loadPassages, ui)
                .exceptionallyAsync(this::report, ui);
    }

    public CompletableFuture<Void> toggleStar(CodedPassage passage) {
        return after(coding.setStarred(passage.id(), !passage.starred()));
    }

    public CompletableFuture<Void> removePassage(CodedPassage passage) {
        return after(coding.deletePassage(passage.id()));
    }

    private CompletableFuture<Void> after(CompletableFuture<Void> change) {
        return change.thenCompose(done -> load(projectId)).thenRunAsync(this::loadPassages, ui).exceptionallyAsync(this::report, ui);
    }

    public void openSelectedInterview() {
        AnswerRow row = selected.get();
        if (row != null) {
            openInterview.accept(row.interviewId());
        }
    }

    private Void report(Throwable failure) {
        dialogs.showFailure(failure, messages);
        return null;
    }

    public String valuesOf(AnswerRow row) {
        return values.getOrDefault(row, "");
    }

    public String audienceOf(AnswerRow row) {
        return messages.name(row.audience());
    }

    public String answerOf(AnswerRow row) {
        return row.notAsked() ? messages.get("grid.notAsked") : row.text();
    }

    public String describe(Question q) {
        return q == null ? "" : q.code() + ". " + q.text().in(messages.language());
    }

    public String describe(TagSummary tag) {
        return tag == null ? messages.get("grid.anyTag") : tag.tag().name() + " (" + tag.passageCount() + ")";
    }

    public String describe(CodedPassage passage) {
        String tagNames = tags.stream().filter(t -> passage.tagIds().contains(t.tag().id())).map(t -> t.tag().name())
                .collect(java.util.stream.Collectors.joining(", "));
        return (passage.starred() ? "★ " : "") + "«" + passage.text() + "»" + (tagNames.isEmpty() ? "" : " — " + tagNames);
    }

    public StringBinding countText() {
        return Bindings.createStringBinding(() -> messages.get("grid.count", visibleRows.size(), rows.size(),
                visibleRows.stream().filter(AnswerRow::flagged).count()), visibleRows, rows);
    }

    public String audienceName(Audience audience) {
        return audience == null ? messages.get("grid.allAudiences") : messages.name(audience);
    }

    public ObservableList<Question> questions() {
        return questions;
    }

    public ObjectProperty<Question> questionProperty() {
        return question;
    }

    public ObservableList<AnswerRow> rows() {
        return visibleRows;
    }

    public ObjectProperty<Audience> audienceFilterProperty() {
        return audienceFilter;
    }

    public ObjectProperty<TagSummary> tagFilterProperty() {
        return tagFilter;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public ObservableList<TagSummary> tags() {
        return tags;
    }

    public ObjectProperty<AnswerRow> selectedProperty() {
        return selected;
    }

    public ObservableList<CodedPassage> passages() {
        return passages;
    }

    public StringProperty memoProperty() {
        return memo;
    }

    /** Whether the grid shows the whole audience of the chosen question, one column per question. */
    public BooleanProperty wholeAudienceProperty() {
        return wholeAudience;
    }

    public ObjectProperty<AnswerGridService.AudienceGrid> audienceGridProperty() {
        return audienceGrid;
    }

    public void openInterview(long interviewId) {
        openInterview.accept(interviewId);
    }
}
