package org.icpworkbench.gui.synthesis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.interview.InterviewService;
import org.icpworkbench.logic.project.ProjectService;
import org.icpworkbench.logic.search.SearchHit;
import org.icpworkbench.logic.search.SearchService;
import org.icpworkbench.model.interview.InterviewSummary;

/**
 * Full-text search over answers and interviewer notes, in this project or the whole workspace; Russian and
 * English word forms match. A hit opens its interview at the question.
 */
public final class SearchViewModel {

    private static final int LIMIT = 200;

    private final Messages messages;
    private final Executor ui;
    private SearchService search;
    private InterviewService interviews;
    private ProjectService projects;
    private BiConsumer<Long, Long> openAt = (interview, question) -> { };
    private long projectId;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty wholeWorkspace = new SimpleBooleanProperty(false);
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final Map<Long, InterviewSummary> interviewsById = new HashMap<>();

    public SearchViewModel(Messages messages, Executor ui) {
        this.messages = messages;
        this.ui = ui;
    }

    public void attach(SearchService searchService, InterviewService interviewService, ProjectService projectService,
                       BiConsumer<Long, Long> opener) {
        this.search = searchService;
        this.interviews = interviewService;
        this.projects = projectService;
        this.openAt = opener;
    }

    public void load(long project) {
        this.projectId = project;
    }

    public CompletableFuture<Void> run() {
        String typed = query.get();
        if (typed == null || typed.isBlank()) {
            hits.clear();
            status.set("");
            return CompletableFuture.completedFuture(null);
        }
        OptionalLong scope = wholeWorkspace.get() ? OptionalLong.empty() : OptionalLong.of(projectId);
        return search.search(typed, scope, LIMIT)
                .thenCompose(found -> whoSaid(found).thenApply(who -> found))
                .thenAcceptAsync(found -> {
                    hits.setAll(found);
                    status.set(found.isEmpty() ? messages.get("search.none", typed) : messages.plural("hits", found.size()));
                }, ui)
                .exceptionallyAsync(failure -> {
                    hits.clear();
                    status.set(messages.get("search.unavailable"));
                    return null;
                }, ui);
    }

    private CompletableFuture<Void> whoSaid(List<SearchHit> found) {
        List<Long> projectIds = found.stream().map(hit -> hit.document().projectId()).distinct().toList();
        CompletableFuture<?>[] loads = projectIds.stream().map(id -> interviews.interviews(id)
                .thenAccept(list -> list.forEach(i -> interviewsById.put(i.id(), i)))).toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(loads);
    }

    public void open(SearchHit hit) {
        if (hit.document().interviewId() == 0) {
            return;
        }
        openAt.accept(hit.document().interviewId(), hit.document().questionId());
    }

    public String source(SearchHit hit) {
        InterviewSummary interview = interviewsById.get(hit.document().interviewId());
        String kind = messages.get("search.kind." + hit.document().kind().name());
        if (interview == null) {
            return kind;
        }
        return messages.get("search.source", kind, interview.respondentName(), interview.respondentRole(),
                messages.name(interview.audience()), interview.date().toString());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty wholeWorkspaceProperty() {
        return wholeWorkspace;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public StringProperty statusProperty() {
        return status;
    }

    ProjectService projects() {
        return projects;
    }
}
