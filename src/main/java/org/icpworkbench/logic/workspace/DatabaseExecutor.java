package org.icpworkbench.logic.workspace;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * The one thread that talks to the workspace database. Every read and write is queued here, in order,
 * so the JavaFX thread never waits on the disk and writes never interleave.
 */
public final class DatabaseExecutor implements AutoCloseable {

    private final DSLContext dsl;
    private final DSLContext plain;
    private final WorkspaceSeal seal;
    private final ExecutorService thread;

    DatabaseExecutor(DSLContext dsl) {
        this(dsl, null);
    }

    /** With a seal, every task that wrote is followed by raising the workspace's commit number (ADR 0017). */
    DatabaseExecutor(DSLContext dsl, WorkspaceSeal seal) {
        this.plain = dsl;
        this.seal = seal;
        this.dsl = seal == null ? dsl : seal.watching(dsl);
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "workspace-db");
            worker.setDaemon(true);
            return worker;
        });
    }

    /**
     * Queues work on the database thread. After {@link #close()} the returned future fails with a
     * {@link WorkspaceClosedException} instead of the call throwing it: a page still loading while
     * the window closes (or the workspace is reopened) must not crash the thread that asked.
     */
    public <T> CompletableFuture<T> submit(Function<DSLContext, T> work) {
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return work.apply(dsl);
                } finally {
                    sealAfterTask();
                }
            }, thread);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(new WorkspaceClosedException(closed));
        }
    }

    public CompletableFuture<Void> run(Consumer<DSLContext> work) {
        return submit(context -> {
            work.accept(context);
            return null;
        });
    }

    /**
     * The workspace's commit number (ADR 0017), raised by every task that wrote; empty without a seal. Call it from a
     * task, on the database thread.
     */
    java.util.OptionalLong commitNumber() {
        return seal == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(seal.commitNumber());
    }

    private void sealAfterTask() {
        if (seal != null) {
            seal.afterTask(plain);
        }
    }

    /** Lets queued work finish, then stops the thread. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
