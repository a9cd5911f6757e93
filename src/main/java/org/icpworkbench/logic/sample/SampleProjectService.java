package org.icpworkbench.logic.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.Project;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Adds the sample project to the workspace, on its database thread and in one transaction: the project with its
 * interviews, passages and customers, then its completed portrait ({@link SamplePortrait}).
 */
public final class SampleProjectService {

    private final DatabaseExecutor database;
    private final Clock clock;

    public SampleProjectService(DatabaseExecutor database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The sample with its interviews repeated, for benchmarks: 12 interviews a copy. */
    public CompletableFuture<Project> createScaledSample(Language language, int copies) {
        return create(language, copies);
    }

    public CompletableFuture<Project> createSample(Language language) {
        return create(language, 1);
    }

    private CompletableFuture<Project> create(Language language, int copies) {
        return database.submit(dsl -> dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            SampleProjectGenerator generator = new SampleProjectGenerator(language);
            Project project = generator.create(tx, now, today, copies);
            new SamplePortrait(generator).complete(tx, project.id(), today, clock.getZone());
            return project;
        }));
    }
}
