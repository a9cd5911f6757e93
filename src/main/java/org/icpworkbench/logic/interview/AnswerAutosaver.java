package org.icpworkbench.logic.interview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.icpworkbench.logic.persistence.InterviewRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.interview.AnswerDraft;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps what is typed until it is on disk. Every change is held in memory and saved after a short pause
 * in typing (and at least every {@code maxWait} while typing goes on), or at once on {@link #flush}.
 * A save is a committed transaction followed by {@code CHECKPOINT SYNC}; only then is it acknowledged.
 * A failed save (disk full, folder turned read-only) keeps the text in memory and is tried again on the next change
 * or flush, and by itself every {@code retryEvery} until a save succeeds (ADR 0018).
 */
public final class AnswerAutosaver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerAutosaver.class);

    /** An acknowledged save: this revision of the answer is committed and synced. */
    public record Saved(AnswerKey key, long revision, Instant at) {
    }

    private record Pending(AnswerDraft draft, long revision, Instant firstChange) {
    }

    /** Writes one answer durably on the database thread; returns only once it is committed and synced. */
    @FunctionalInterface
    public interface Store {
        void save(DSLContext dsl, AnswerKey key, AnswerDraft draft, Instant at);
    }

    /** The real store: the answer's transaction, then {@code CHECKPOINT SYNC}. */
    public static final Store DATABASE = (dsl, key, draft, at) -> {
        new InterviewRepository(dsl).saveAnswer(key.interviewId(), key.questionId(), draft, at);
        dsl.execute("CHECKPOINT SYNC");
    };

    /** How often failed saves are tried again by themselves. */
    public static final Duration RETRY_EVERY = Duration.ofSeconds(5);

    /** What {@link #update} returns once the autosaver is closed: the change was not taken. */
    public static final long NOT_ACCEPTED = 0;

    private final DatabaseExecutor database;
    private final Clock clock;
    private final Duration delay;
    private final Duration maxWait;
    private final Duration retryEvery;
    private final Store store;
    private final ScheduledExecutorService timer;
    private final Object closing = new Object();
    private boolean closed;
    private ScheduledFuture<?> retry;
    private boolean retryPending;
    private final AtomicLong revisions = new AtomicLong();
    private volatile Throwable lastFailure;
    private final Map<AnswerKey, Pending> pending = new ConcurrentHashMap<>();
    private final Map<AnswerKey, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();
    private final List<Consumer<Saved>> savedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Throwable>> failureListeners = new CopyOnWriteArrayList<>();

    public AnswerAutosaver(DatabaseExecutor database, Clock clock, Duration delay, Duration maxWait) {
        this(database, clock, delay, maxWait, RETRY_EVERY, DATABASE);
    }

    public AnswerAutosaver(DatabaseExecutor database, Clock clock, Duration delay, Duration maxWait, Duration retryEvery,
                           Store store) {
        this.database = database;
        this.retryEvery = retryEvery;
        this.store = store;
        this.clock = clock;
        this.delay = delay;
        this.maxWait = maxWait;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "autosave-timer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Listens to acknowledged saves; run the returned action to stop listening. */
    public Runnable onSaved(Consumer<Saved> listener) {
        savedListeners.add(listener);
        return () -> savedListeners.remove(listener);
    }

    /** Listens to failed saves; run the returned action to stop listening. */
    public Runnable onFailure(Consumer<Throwable> listener) {
        failureListeners.add(listener);
        return () -> failureListeners.remove(listener);
    }

    /**
     * Records the newest state of an answer and schedules its save; returns its revision, or {@link #NOT_ACCEPTED}
     * once {@link #close} has begun. Every change accepted before that is saved by {@code close}.
     */
    public long update(AnswerKey key, AnswerDraft draft) {
        long revision;
        Instant now = clock.instant();
        Pending next;
        synchronized (closing) {
            if (closed) {
                return NOT_ACCEPTED;
            }
            revision = revisions.incrementAndGet();
            next = pending.compute(key, (k, previous) ->
                    new Pending(draft, revision, previous == null ? now : previous.firstChange()));
        }
        Duration untilForced = Duration.between(now, next.firstChange().plus(maxWait));
        Duration wait = untilForced.compareTo(delay) < 0 ? (untilForced.isNegative() ? Duration.ZERO : untilForced) : delay;
        ScheduledFuture<?> previous;
        try {
            previous = scheduled.put(key, timer.schedule(() -> save(key), wait.toMillis(), TimeUnit.MILLISECONDS));
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            return revision; // accepted before close began, so close saves it
        }
        if (previous != null) {
            previous.cancel(false);
        }
        return revision;
    }

    /** Saves this answer now if it has unsaved changes. */
    public CompletableFuture<Void> flush(AnswerKey key) {
        ScheduledFuture<?> waiting = scheduled.remove(key);
        if (waiting != null) {
            waiting.cancel(false);
        }
        return save(key);
    }

    /** Saves every unsaved answer now. */
    public CompletableFuture<Void> flushAll() {
        return CompletableFuture.allOf(pending.keySet().stream().map(this::flush).toArray(CompletableFuture[]::new));
    }

    /** Tries every unsaved answer again now (the "Try again" button); the automatic retries go on meanwhile. */
    public CompletableFuture<Void> retryNow() {
        return flushAll();
    }

    public boolean hasUnsavedChanges() {
        return !pending.isEmpty();
    }

    /** The failure of the latest save while answers are still unsaved: the workspace cannot be written just now. */
    public java.util.Optional<Throwable> failing() {
        Throwable failure = lastFailure;
        return failure != null && !pending.isEmpty() ? java.util.Optional.of(failure) : java.util.Optional.empty();
    }

    /** The newest state of every answer not yet saved, for keeping them elsewhere when the workspace cannot be written. */
    public Map<AnswerKey, AnswerDraft> unsavedDrafts() {
        Map<AnswerKey, AnswerDraft> drafts = new java.util.LinkedHashMap<>();
        pending.forEach((key, change) -> drafts.put(key, change.draft()));
        return drafts;
    }

    private void scheduleRetry() {
        synchronized (closing) {
            if (closed || retryPending) {
                return;
            }
            retryPending = true;
            // Cleared before trying, since a save that fails at once reports (and asks for the next retry) on this thread.
            retry = timer.schedule(() -> {
                synchronized (closing) {
                    retryPending = false;
                }
                flushAll();
            }, retryEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private CompletableFuture<Void> save(AnswerKey key) {
        Pending snapshot = pending.get(key);
        if (snapshot == null) {
            return CompletableFuture.completedFuture(null);
        }
        return database.run(dsl -> {
            Pending current = pending.get(key);
            if (current == null || current.revision() < snapshot.revision()) {
                return;
            }
            Instant now = clock.instant();
            store.save(dsl, key, current.draft(), now);
            pending.remove(key, current);
            lastFailure = null;
            Saved saved = new Saved(key, current.revision(), now);
            savedListeners.forEach(listener -> listener.accept(saved));
        }).exceptionally(failure -> {
            LOG.warn("Saving an answer failed; it stays in memory and will be tried again: {}", failure.getMessage());
            lastFailure = failure;
            scheduleRetry();
            failureListeners.forEach(listener -> listener.accept(failure));
            return null;
        });
    }

    /** Takes no more changes, saves what is left and stops the timer. */
    @Override
    public void close() {
        synchronized (closing) {
            closed = true;
            if (retry != null) {
                retry.cancel(false);
            }
        }
        try {
            flushAll().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.error("Could not save every answer before closing: {}", e.getMessage());
        }
        timer.shutdownNow();
    }
}
