package org.icpworkbench.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.jooq.DSLContext;

/** A real workspace file in a temporary folder, for repository and service tests. */
public final class TestWorkspace implements AutoCloseable {

    private final WorkspaceServices services;

    private TestWorkspace(WorkspaceServices services) {
        this.services = services;
    }

    public static TestWorkspace openIn(Path folder) {
        return new TestWorkspace(WorkspaceServices.open(folder, Clock.systemUTC()));
    }

    public WorkspaceServices services() {
        return services;
    }

    /** Runs repository code on the workspace's database thread and waits for it. */
    public <T> T inDatabase(Function<DSLContext, T> work) {
        return services.workspace().database().submit(work).join();
    }

    /** Like {@link #inDatabase} for queries that return a list. */
    public <T> java.util.List<T> list(Function<DSLContext, java.util.List<T>> query) {
        return inDatabase(query);
    }

    @Override
    public void close() {
        services.close();
    }
}
