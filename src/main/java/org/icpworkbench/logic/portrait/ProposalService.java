package org.icpworkbench.logic.portrait;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.customer.CustomerMetrics;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.persistence.PortraitSourceRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.portrait.Proposal;

/**
 * The characteristic proposals of a project (step 2): its interviews, tags and customers are read on the workspace's
 * database thread, and the proposals computed by {@link ProposalEngine} off it, so saves never wait behind them.
 */
public final class ProposalService {

    private final DatabaseExecutor database;
    private final Clock clock;

    public ProposalService(DatabaseExecutor database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The proposals as of today, in the application's language. */
    public CompletableFuture<List<Proposal>> propose(long projectId) {
        return propose(projectId, LocalDate.now(clock));
    }

    /** The proposals with the customer metrics as of the date, in the application's language (the default locale's). */
    public CompletableFuture<List<Proposal>> propose(long projectId, LocalDate asOf) {
        return propose(projectId, asOf, Messages.of(Language.of(Locale.getDefault())));
    }

    public CompletableFuture<List<Proposal>> propose(long projectId, LocalDate asOf, Messages messages) {
        return database.submit(dsl -> new PortraitSourceRepository(dsl).load(projectId))
                .thenApplyAsync(inputs -> {
                    CustomerMetricsReport metrics = CustomerMetrics.compute(inputs.customers(), asOf);
                    return ProposalEngine.propose(inputs, metrics, messages);
                });
    }

    /** What the proposals are computed from, for callers that also need the raw inputs (benchmarks, checks). */
    public CompletableFuture<PortraitInputs> inputs(long projectId) {
        return database.submit(dsl -> new PortraitSourceRepository(dsl).load(projectId));
    }
}
