package org.icpworkbench.logic.portrait;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.persistence.PortraitRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.CharacteristicDecision;
import org.icpworkbench.model.portrait.CharacteristicRow;
import org.icpworkbench.model.portrait.DecisionStatus;
import org.icpworkbench.model.portrait.PortraitDiff;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.portrait.PortraitVersion;
import org.icpworkbench.model.portrait.PortraitVersionInfo;
import org.icpworkbench.model.portrait.Proposal;

/**
 * Steps 2–4 of the method for one project: the characteristics (proposals and the user's decisions), the portrait's
 * summary and anti-ICP, and its published versions with their review dates. Invalid input fails the future with a
 * {@link UserFacingException}; nothing is stored then.
 */
public final class PortraitService {

    public static final int MAX_VALUE_LENGTH = 4_000;
    public static final int MAX_SUMMARY_LENGTH = 2_000;
    public static final int MAX_STATEMENT_LENGTH = 1_000;
    public static final int MAX_AUTHOR_LENGTH = 200;

    private final DatabaseExecutor database;
    private final ProposalService proposals;
    private final CustomerService customers;
    private final Clock clock;

    public PortraitService(DatabaseExecutor database, ProposalService proposals, CustomerService customers, Clock clock) {
        this.database = database;
        this.proposals = proposals;
        this.customers = customers;
        this.clock = clock;
    }

    /** The portrait as it stands, its proposals computed from the evidence as of {@code asOf}. */
    public CompletableFuture<PortraitState> load(long projectId, LocalDate asOf, Messages messages) {
        CompletableFuture<List<Proposal>> proposed = proposals.propose(projectId, asOf, messages);
        CompletableFuture<CustomerMetricsReport> metrics = customers.metrics(projectId, asOf);
        CompletableFuture<Stored> stored = database.submit(dsl -> {
            PortraitRepository repository = new PortraitRepository(dsl);
            return new Stored(repository.decisions(projectId), repository.summary(projectId), repository.antiIcp(projectId),
                    repository.versions(projectId));
        });
        return proposed.thenCombine(stored, (list, saved) -> {
            Map<Characteristic, CharacteristicDecision> decisions = saved.decisions().stream()
                    .collect(Collectors.toMap(CharacteristicDecision::characteristic, Function.identity()));
            List<CharacteristicRow> rows = list.stream()
                    .map(proposal -> new CharacteristicRow(proposal, Optional.ofNullable(decisions.get(proposal.characteristic()))))
                    .toList();
            return saved.withRows(projectId, rows);
        }).thenCombine(metrics, (partial, report) -> new PortraitState(projectId, partial.rows(), partial.summary(),
                partial.antiIcp(), partial.versions(), report));
    }

    private record Stored(List<CharacteristicDecision> decisions, String summary, List<AntiIcpEntry> antiIcp,
            List<PortraitVersionInfo> versions) {

        PortraitState withRows(long projectId, List<CharacteristicRow> rows) {
            return new PortraitState(projectId, rows, summary, antiIcp, versions, null);
        }
    }

    /** Takes the proposal as the characteristic's value. */
    public CompletableFuture<Void> accept(long projectId, Proposal proposal) {
        if (proposal.value().isBlank()) {
            return CompletableFuture.failedFuture(new UserFacingException("portrait.error.nothingToAccept"));
        }
        CharacteristicDecision decision = new CharacteristicDecision(proposal.characteristic(), DecisionStatus.ACCEPTED,
                proposal.value(), proposal.matchValues(), now());
        return database.run(dsl -> new PortraitRepository(dsl).saveDecision(projectId, decision));
    }

    /**
     * Replaces the proposal with the user's own value; its items for the scorecard are the value's parts separated by
     * commas, semicolons or new lines. The evidence stays with the proposal.
     */
    public CompletableFuture<Void> override(long projectId, Characteristic characteristic, String value) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            return CompletableFuture.failedFuture(new UserFacingException("portrait.error.valueRequired"));
        }
        if (clean.length() > MAX_VALUE_LENGTH) {
            return CompletableFuture.failedFuture(new UserFacingException("portrait.error.valueTooLong", MAX_VALUE_LENGTH));
        }
        CharacteristicDecision decision = new CharacteristicDecision(characteristic, DecisionStatus.OVERRIDDEN, clean,
                items(clean), now());
        return database.run(dsl -> new PortraitRepository(dsl).saveDecision(projectId, decision));
    }

    static List<String> items(String value) {
        return Arrays.stream(value.split("[,;\\n]")).map(String::strip).filter(item -> !item.isEmpty()).distinct().toList();
    }

    /** Forgets the decision: the characteristic shows its proposal again. */
    public CompletableFuture<Void> reset(long projectId, Characteristic characteristic) {
        return database.run(dsl -> new PortraitRepository(dsl).clearDecision(projectId, characteristic));
    }

    public CompletableFuture<Void> saveSummary(long projectId, String summary) {
        String clean = summary == null ? "" : summary.strip();
        if (clean.length() > MAX_SUMMARY_LENGTH) {
            return CompletableFuture.failedFuture(new UserFacingException("portrait.error.summaryTooLong", MAX_SUMMARY_LENGTH));
        }
        Instant now = now();
        return database.run(dsl -> new PortraitRepository(dsl).saveSummary(projectId, clean, now));
    }

    /** Replaces the anti-ICP; every entry needs a statement, and the reason is what makes it a disqualifier. */
    public CompletableFuture<Void> saveAntiIcp(long projectId, List<AntiIcpEntry> entries) {
        List<AntiIcpEntry> clean = new ArrayList<>();
        for (AntiIcpEntry entry : entries) {
            String statement = entry.statement() == null ? "" : entry.statement().strip();
            if (statement.isEmpty()) {
                return CompletableFuture.failedFuture(new UserFacingException("portrait.error.statementRequired"));
            }
            if (statement.length() > MAX_STATEMENT_LENGTH) {
                return CompletableFuture.failedFuture(new UserFacingException("portrait.error.statementTooLong", MAX_STATEMENT_LENGTH));
            }
            clean.add(new AntiIcpEntry(entry.id(), statement, entry.reason() == null ? "" : entry.reason().strip(),
                    entry.segment() == null ? "" : entry.segment().strip()));
        }
        Instant now = now();
        return database.run(dsl -> new PortraitRepository(dsl).replaceAntiIcp(projectId, List.copyOf(clean), now));
    }

    /**
     * Publishes the portrait as it stands as a new immutable version. The review date defaults to one year after
     * publication and may not lie before it.
     */
    public CompletableFuture<PortraitVersionInfo> publish(long projectId, String author, String note,
            Optional<LocalDate> reviewDate, LocalDate asOf, Messages messages) {
        String cleanAuthor = author == null ? "" : author.strip();
        if (cleanAuthor.isEmpty()) {
            return CompletableFuture.failedFuture(new UserFacingException("portrait.error.authorRequired"));
        }
        if (cleanAuthor.length() > MAX_AUTHOR_LENGTH) {
            return CompletableFuture.failedFuture(new UserFacingException("portrait.error.authorTooLong", MAX_AUTHOR_LENGTH));
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate review = reviewDate.orElse(today.plusYears(1));
        if (review.isBefore(today)) {
            return CompletableFuture.failedFuture(new UserFacingException("portrait.error.reviewInPast", review.toString()));
        }
        String cleanNote = note == null ? "" : note.strip();
        return load(projectId, asOf, messages).thenCompose(state -> {
            var snapshot = PortraitSnapshots.of(state);
            Instant now = now();
            return database.submit(dsl -> new PortraitRepository(dsl).publish(projectId, cleanAuthor, review, cleanNote,
                    snapshot, now));
        });
    }

    public CompletableFuture<List<PortraitVersionInfo>> versions(long projectId) {
        return database.submit(dsl -> new PortraitRepository(dsl).versions(projectId));
    }

    public CompletableFuture<PortraitVersion> version(long versionId) {
        return database.submit(dsl -> new PortraitRepository(dsl).version(versionId)
                .orElseThrow(() -> new UserFacingException("portrait.error.noVersion", versionId)));
    }

    /** What changed from version {@code fromId} to version {@code toId}. */
    public CompletableFuture<PortraitDiff> compare(long fromId, long toId, java.util.Locale locale) {
        return version(fromId).thenCombine(version(toId), (from, to) -> PortraitSnapshots.diff(from, to, locale));
    }

    /** The newest version when its review date has come, so the user can be reminded to review the portrait. */
    public CompletableFuture<Optional<PortraitVersionInfo>> reviewDue(long projectId) {
        LocalDate today = LocalDate.now(clock);
        return versions(projectId).thenApply(list -> list.stream().findFirst().filter(latest -> latest.reviewDue(today)));
    }

    private Instant now() {
        return clock.instant();
    }
}
