package org.icpworkbench.gui.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.icpworkbench.logic.coding.CodingService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.MemoSubject;
import org.icpworkbench.model.coding.TagSummary;
import org.icpworkbench.model.questionnaire.Audience;

/** The tag browser: tags with counts per audience, the passages of a tag, its memo; and all starred quotes. */
public final class TagBrowserViewModel {

    private final Messages messages;
    private final DialogService dialogs;
    private final Executor ui;
    private CodingService coding;
    private long projectId;
    private final ObservableList<TagSummary> tags = FXCollections.observableArrayList();
    private final ObjectProperty<TagSummary> selected = new SimpleObjectProperty<>();
    private final ObservableList<CodedPassage> passages = FXCollections.observableArrayList();
    private final BooleanProperty showingQuotes = new SimpleBooleanProperty(false);
    private final StringProperty memo = new SimpleStringProperty("");
    private final StringProperty projectMemo = new SimpleStringProperty("");
    private boolean loadingMemo;

    public TagBrowserViewModel(Messages messages, DialogService dialogs, Executor ui) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.ui = ui;
        selected.addListener((o, old, now) -> {
            if (now != null) {
                showingQuotes.set(false);
            }
            loadDetail();
        });
        showingQuotes.addListener((o, old, now) -> loadDetail());
        projectMemo.addListener((o, old, text) -> {
            if (!loadingMemo) {
                coding.saveMemo(projectId, MemoSubject.PROJECT, "", text);
            }
        });
        memo.addListener((o, old, text) -> {
            if (!loadingMemo && selected.get() != null) {
                coding.saveMemo(projectId, MemoSubject.TAG, Long.toString(selected.get().tag().id()), text);
            }
        });
    }

    public void attach(CodingService codingService) {
        this.coding = codingService;
    }

    public CompletableFuture<Void> load(long project) {
        boolean otherProject = project != projectId;
        this.projectId = project;
        if (otherProject) {
            coding.memo(project, MemoSubject.PROJECT, "").thenAcceptAsync(text -> {
                loadingMemo = true;
                projectMemo.set(text);
                loadingMemo = false;
            }, ui);
        }
        return coding.tags(project).thenAcceptAsync(list -> {
            Long keep = selected.get() == null ? null : selected.get().tag().id();
            tags.setAll(list);
            selected.set(keep == null ? null : list.stream().filter(t -> t.tag().id() == keep).findFirst().orElse(null));
        }, ui);
    }

    private void loadDetail() {
        loadingMemo = true;
        memo.set("");
        loadingMemo = false;
        if (showingQuotes.get()) {
            coding.quotes(projectId).thenAcceptAsync(passages::setAll, ui);
            return;
        }
        TagSummary tag = selected.get();
        if (tag == null) {
            passages.clear();
            return;
        }
        coding.passagesOfTag(projectId, tag.tag().id()).thenAcceptAsync(passages::setAll, ui);
        coding.memo(projectId, MemoSubject.TAG, Long.toString(tag.tag().id())).thenAcceptAsync(text -> {
            loadingMemo = true;
            memo.set(text);
            loadingMemo = false;
        }, ui);
    }

    public CompletableFuture<Void> newTag() {
        Optional<String> name = dialogs.askText(messages.get("tags.new.title"), messages.get("tags.new.header"),
                messages.get("tags.name"), "", messages.get("button.create"));
        Optional<Long> parent = Optional.ofNullable(selected.get()).map(t -> t.tag().parentId().orElse(t.tag().id()));
        return name.map(n -> after(coding.createTag(projectId, n, parent).thenApply(t -> null))).orElse(done());
    }

    public CompletableFuture<Void> renameSelected() {
        TagSummary tag = selected.get();
        if (tag == null) {
            return done();
        }
        Optional<String> name = dialogs.askText(messages.get("tags.rename.title"), messages.get("tags.rename.header", tag.tag().name()),
                messages.get("tags.name"), tag.tag().name(), messages.get("button.rename"));
        return name.map(n -> after(coding.updateTag(tag.tag().id(), n, tag.tag().color(), tag.tag().description()))).orElse(done());
    }

    public CompletableFuture<Void> describeSelected() {
        TagSummary tag = selected.get();
        if (tag == null) {
            return done();
        }
        Optional<String> description = dialogs.askText(messages.get("tags.describe.title"),
                messages.get("tags.describe.header", tag.tag().name()), messages.get("tags.description"), tag.tag().description(),
                messages.get("button.save"));
        return description.map(d -> after(coding.updateTag(tag.tag().id(), tag.tag().name(), tag.tag().color(), d))).orElse(done());
    }

    public CompletableFuture<Void> setColor(String color) {
        TagSummary tag = selected.get();
        return tag == null ? done() : after(coding.updateTag(tag.tag().id(), tag.tag().name(), color, tag.tag().description()));
    }

    /** Puts the selected tag under a top-level tag, or back at the top. */
    public CompletableFuture<Void> moveSelected() {
        TagSummary tag = selected.get();
        if (tag == null) {
            return done();
        }
        List<TagSummary> parents = tags.stream().filter(t -> t.tag().parentId().isEmpty() && t.tag().id() != tag.tag().id()).toList();
        List<String> options = new ArrayList<>();
        options.add(messages.get("tags.move.top"));
        parents.forEach(p -> options.add(p.tag().name()));
        return dialogs.chooseOne(messages.get("tags.move.title"), messages.get("tags.move.header", tag.tag().name()), options)
                .map(index -> after(coding.setParent(tag.tag().id(),
                        index == 0 ? Optional.empty() : Optional.of(parents.get(index - 1).tag().id()))))
                .orElse(done());
    }

    /** Merges the selected tag into another one; its passages and memo follow, the selected tag disappears. */
    public CompletableFuture<Void> mergeSelected() {
        TagSummary tag = selected.get();
        if (tag == null) {
            return done();
        }
        List<TagSummary> others = tags.stream().filter(t -> t.tag().id() != tag.tag().id()).toList();
        return dialogs.chooseOne(messages.get("tags.merge.title"), messages.get("tags.merge.header", tag.tag().name()),
                        others.stream().map(t -> t.tag().name()).toList())
                .map(index -> {
                    TagSummary target = others.get(index);
                    return after(coding.merge(tag.tag().id(), target.tag().id()).thenRunAsync(() -> selected.set(target), ui));
                })
                .orElse(done());
    }

    public CompletableFuture<Void> deleteSelected() {
        TagSummary tag = selected.get();
        if (tag == null || !dialogs.confirm(messages.get("tags.delete.title"), messages.get("tags.delete.header", tag.tag().name()),
                messages.get("tags.delete.content", tag.passageCount()), messages.get("tags.delete.confirm"))) {
            return done();
        }
        return after(coding.deleteTag(tag.tag().id()).thenRunAsync(() -> selected.set(null), ui));
    }

    private CompletableFuture<Void> after(CompletableFuture<Void> change) {
        return change.thenCompose(done -> load(projectId)).thenRunAsync(this::loadDetail, ui).exceptionallyAsync(failure -> {
            dialogs.showFailure(failure, messages);
            return null;
        }, ui);
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    /** Top-level tags in name order, each followed by its children. */
    public List<TagSummary> inTreeOrder() {
        List<TagSummary> ordered = new ArrayList<>();
        tags.stream().filter(t -> t.tag().parentId().isEmpty()).forEach(parent -> {
            ordered.add(parent);
            tags.stream().filter(t -> t.tag().parentId().map(id -> id == parent.tag().id()).orElse(false)).forEach(ordered::add);
        });
        return ordered;
    }

    public String countsOf(TagSummary tag) {
        String perAudience = java.util.Arrays.stream(Audience.values()).filter(a -> tag.perAudience().containsKey(a))
                .map(a -> messages.name(a) + " " + tag.perAudience().get(a)).collect(Collectors.joining(" · "));
        return messages.plural("passages", tag.passageCount()) + (perAudience.isEmpty() ? "" : " — " + perAudience);
    }

    public String whoSaid(CodedPassage passage) {
        return messages.get("tags.passage.who", passage.respondentName(), passage.respondentRole(), passage.respondentCompany(),
                messages.name(passage.audience()), passage.date().toString(), passage.questionCode());
    }

    public ObservableList<TagSummary> tags() {
        return tags;
    }

    public ObjectProperty<TagSummary> selectedProperty() {
        return selected;
    }

    public ObservableList<CodedPassage> passages() {
        return passages;
    }

    public BooleanProperty showingQuotesProperty() {
        return showingQuotes;
    }

    public StringProperty memoProperty() {
        return memo;
    }

    /** The consultant's memo on the whole project; saved as typed. */
    public StringProperty projectMemoProperty() {
        return projectMemo;
    }

    public BooleanBinding nothingSelected() {
        return Bindings.isNull(selected);
    }
}
