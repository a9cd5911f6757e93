package org.icpworkbench.logic.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.Project;

/** Adds the sample project to the workspace, on its database thread. */
public final class SampleProjectService {

    private final DatabaseExecutor database;
    private final Clock clock;

    public SampleProjectService(DatabaseExecutor database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The sample with its interviews repeated, for benchmarks: 12 interviews a copy. */
    public CompletableFuture<Project> createScaledSample(Language language, int copies) {
        return database.submit(dsl -> new SampleProjectGenerator(language)
                .create(dsl, clock.instant(), LocalDate.now(clock), copies));
    }

    public CompletableFuture<Project> createSample(Language language) {
        return database.submit(dsl -> new SampleProjectGenerator(language)
                .create(dsl, clock.instant(), LocalDate.now(clock), 1));
    }
}
