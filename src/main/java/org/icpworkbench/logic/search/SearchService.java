package org.icpworkbench.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.icpworkbench.logic.persistence.SearchSourceRepository;
import org.icpworkbench.logic.persistence.SearchSourceRepository.AnswerTexts;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search over a workspace's answers, notes and memos. The index has its own thread, so a search never waits
 * behind saves on the database thread; the database is read only through {@link DatabaseExecutor}. Work on the
 * index runs in the order it was asked for, so a search asked for after an update completes sees it.
 */
public final class SearchService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    private final DatabaseExecutor database;
    private final Path indexFolder;
    private final ExecutorService thread;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Touched only on the search thread. */
    private SearchIndex index;

    /** Keeps the index in {@code indexFolder}, or in memory only when it is null (an encrypted workspace). */
    public SearchService(DatabaseExecutor database, Path indexFolder) {
        this.database = database;
        this.indexFolder = indexFolder;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "workspace-search");
            worker.setDaemon(true);
            return worker;
        });
    }

    /**
     * Opens the index and rebuilds it from the database when it is missing, damaged, was not closed cleanly or
     * does not hold as many texts as the database. Anything asked for meanwhile waits until this is done.
     * Completes with true when the index was rebuilt.
     */
    public CompletableFuture<Boolean> start() {
        return onIndexThread(false, () -> {
            if (index != null) {
                return false;
            }
            index = indexFolder == null ? SearchIndex.inMemory() : SearchIndex.open(indexFolder);
            int inDatabase = database.submit(dsl -> new SearchSourceRepository(dsl).countTexts()).join();
            int inIndex = index.documentCount();
            if (index.needsRebuild() || inIndex != inDatabase) {
                LOG.info("Rebuilding the search index ({} texts in the database, {} in the index)", inDatabase, inIndex);
                rebuildFromDatabase();
                return true;
            }
            return false;
        });
    }

    /** Rebuilds the whole index from the database. */
    public CompletableFuture<Void> rebuild() {
        return onIndexThread(true, () -> {
            rebuildFromDatabase();
            return null;
        });
    }

    /** Re-reads one answer after it was saved and brings its text and note in the index up to date. */
    public CompletableFuture<Void> answerSaved(long interviewId, long questionId) {
        return database.submit(dsl -> new SearchSourceRepository(dsl).answer(interviewId, questionId))
                .thenCompose(texts -> onIndexThread(true, () -> {
                    apply(interviewId, questionId, texts);
                    return null;
                }));
    }

    /**
     * Re-reads every text of a project (all that {@link SearchSourceRepository} reads): after it was created
     * with its answers (the sample), moved to the trash, restored or deleted for good.
     */
    public CompletableFuture<Void> projectChanged(long projectId) {
        return database.submit(dsl -> {
                    List<SearchDocument> documents = documents(new SearchSourceRepository(dsl).answersOfProject(projectId));
                    documents.addAll(memoDocuments(new SearchSourceRepository(dsl).memosOfProject(projectId)));
                    return documents;
                })
                .thenCompose(documents -> onIndexThread(true, () -> {
                    index().deleteProject(projectId);
                    for (SearchDocument document : documents) {
                        index().put(document);
                    }
                    return null;
                }));
    }

    /** A memo was written or changed; an emptied memo leaves the index. */
    public CompletableFuture<Void> memoSaved(long projectId, long memoId, String text) {
        return onIndexThread(true, () -> {
            putOrDelete(SearchDocument.memo(memoId, projectId, text));
            return null;
        });
    }

    /** Adds or replaces a document the caller builds itself, such as a memo. */
    public CompletableFuture<Void> put(SearchDocument document) {
        return onIndexThread(true, () -> {
            index().put(document);
            return null;
        });
    }

    public CompletableFuture<Void> delete(String documentId) {
        return onIndexThread(true, () -> {
            index().delete(documentId);
            return null;
        });
    }

    /** The best matches, best first, in one project or (empty) the whole workspace; see {@link SearchIndex#search}. */
    public CompletableFuture<List<SearchHit>> search(String typed, OptionalLong projectId, int limit) {
        return onIndexThread(false, () -> index().search(typed, projectId, limit));
    }

    /**
     * Lets updates of answers already saved reach the index, then commits and closes it. Call after the
     * autosaver has saved what it held and before the workspace database closes.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        awaitDatabaseQueue();
        CompletableFuture<Void> closing = onIndexThread(false, () -> {
            if (index != null) {
                index.close();
            }
            return null;
        });
        thread.shutdown();
        try {
            closing.get(30, TimeUnit.SECONDS);
            thread.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The search index did not close cleanly and will be rebuilt at the next start", e);
        }
    }

    /** Answers read on the database thread before this call hand their update to the index thread on completion. */
    private void awaitDatabaseQueue() {
        try {
            database.submit(dsl -> null).get(30, TimeUnit.SECONDS);
        } catch (RejectedExecutionException | ExecutionException | TimeoutException e) {
            LOG.debug("Database already closed while closing the search index", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rebuildFromDatabase() throws IOException {
        long begin = System.nanoTime();
        List<AnswerTexts> answers = database.submit(dsl -> new SearchSourceRepository(dsl).allAnswers()).join();
        List<SearchDocument> documents = documents(answers);
        documents.addAll(memoDocuments(database.submit(dsl -> new SearchSourceRepository(dsl).allMemos()).join()));
        index().rebuild(documents);
        LOG.info("Search index rebuilt with {} texts in {} ms", documents.size(), (System.nanoTime() - begin) / 1_000_000);
    }

    private void apply(long interviewId, long questionId, Optional<AnswerTexts> texts) throws IOException {
        String text = texts.map(AnswerTexts::text).orElse("");
        String note = texts.map(AnswerTexts::note).orElse("");
        long projectId = texts.map(AnswerTexts::projectId).orElse(0L);
        putOrDelete(SearchDocument.answer(projectId, interviewId, questionId, text));
        putOrDelete(SearchDocument.note(projectId, interviewId, questionId, note));
    }

    private void putOrDelete(SearchDocument document) throws IOException {
        if (document.text().isEmpty()) {
            index().delete(document.id());
        } else {
            index().put(document);
        }
    }

    private static List<SearchDocument> memoDocuments(List<SearchSourceRepository.MemoTexts> memos) {
        return memos.stream().map(memo -> SearchDocument.memo(memo.memoId(), memo.projectId(), memo.text())).toList();
    }

    /** An empty text has no document, matching {@link SearchSourceRepository#countTexts()}. */
    private static List<SearchDocument> documents(List<AnswerTexts> answers) {
        List<SearchDocument> documents = new ArrayList<>(answers.size() * 2);
        for (AnswerTexts answer : answers) {
            if (!answer.text().isEmpty()) {
                documents.add(SearchDocument.answer(answer.projectId(), answer.interviewId(), answer.questionId(), answer.text()));
            }
            if (!answer.note().isEmpty()) {
                documents.add(SearchDocument.note(answer.projectId(), answer.interviewId(), answer.questionId(), answer.note()));
            }
        }
        return documents;
    }

    /** An index in memory is rebuilt at every start anyway. */
    private void requestRebuild() {
        if (indexFolder != null) {
            SearchIndex.requestRebuild(indexFolder);
        }
    }

    private SearchIndex index() {
        if (index == null) {
            throw new IllegalStateException("The search index is not open: start() was not called or failed");
        }
        return index;
    }

    private interface IndexWork<T> {
        T run() throws IOException;
    }

    /**
     * Runs the work on the index thread. A change that can no longer run (the service is closed) or that
     * fails leaves the index behind the database, so the next start is told to rebuild it.
     */
    private <T> CompletableFuture<T> onIndexThread(boolean change, IndexWork<T> work) {
        CompletableFuture<T> result;
        try {
            result = CompletableFuture.supplyAsync(() -> {
                try {
                    return work.run();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, thread);
        } catch (RejectedExecutionException e) {
            if (change) {
                requestRebuild();
            }
            return CompletableFuture.failedFuture(e);
        }
        if (change) {
            result.whenComplete((ignored, failure) -> {
                if (failure != null) {
                    LOG.warn("The search index could not be updated; it will be rebuilt at the next start", failure);
                    requestRebuild();
                }
            });
        }
        return result;
    }
}
