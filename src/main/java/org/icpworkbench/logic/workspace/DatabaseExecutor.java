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
    private final ExecutorService thread;

    DatabaseExecutor(DSLContext dsl) {
        this.dsl = dsl;
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "workspace-db");
            worker.setDaemon(true);
            return worker;
        });
    }

    public <T> CompletableFuture<T> submit(Function<DSLContext, T> work) {
        return CompletableFuture.supplyAsync(() -> work.apply(dsl), thread);
    }

    public CompletableFuture<Void> run(Consumer<DSLContext> work) {
        return CompletableFuture.runAsync(() -> work.accept(dsl), thread);
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
