package org.icpworkbench.logic.scorecard;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.customer.imports.CustomerFileReader;
import org.icpworkbench.logic.customer.imports.ImportProblem;
import org.icpworkbench.logic.persistence.CustomerRepository;
import org.icpworkbench.logic.persistence.ProspectRepository;
import org.icpworkbench.logic.persistence.ScorecardRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.CustomerScores;
import org.icpworkbench.model.scorecard.Prospect;
import org.icpworkbench.model.scorecard.ProspectData;
import org.icpworkbench.model.scorecard.Scorecard;
import org.icpworkbench.model.scorecard.ScoredAccount;

/**
 * A project's fit scorecard and prospect list (step 4 of the method) on the workspace's database thread: the
 * scorecard validated and stored whole, customers and prospects scored against it, prospects kept by hand or
 * imported from a file (all rows or none). Invalid input fails the future with a {@link UserFacingException}.
 */
public final class ScorecardService {

    public static final int MAX_VALUE_LENGTH = 200;
    public static final int MAX_REASON_LENGTH = 1000;

    /** What an import did: how many prospects were stored, or the problems that stopped it. */
    public record ImportOutcome(int imported, List<ImportProblem> problems) {

        public ImportOutcome {
            problems = List.copyOf(problems);
        }

        public boolean rejected() {
            return !problems.isEmpty();
        }
    }

    private final DatabaseExecutor database;
    private final Clock clock;

    public ScorecardService(DatabaseExecutor database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The saved scorecard, empty when the project has none yet. */
    public CompletableFuture<Optional<Scorecard>> saved(long projectId) {
        return database.submit(dsl -> new ScorecardRepository(dsl).find(projectId));
    }

    /** The saved scorecard, or an empty one with the default thresholds. */
    public CompletableFuture<Scorecard> load(long projectId) {
        return load(projectId, Scorecard::empty);
    }

    /** The saved scorecard, or the one {@code defaults} supplies when the project has none. */
    public CompletableFuture<Scorecard> load(long projectId, Supplier<Scorecard> defaults) {
        return saved(projectId).thenApply(found -> found.orElseGet(defaults));
    }

    /** Validates and stores the whole scorecard, replacing the saved one; completes with it as stored (with ids). */
    public CompletableFuture<Scorecard> save(long projectId, Scorecard scorecard) {
        Scorecard clean;
        try {
            clean = validate(scorecard);
        } catch (UserFacingException problem) {
            return CompletableFuture.failedFuture(problem);
        }
        return database.submit(dsl -> new ScorecardRepository(dsl).save(projectId, clean, now()));
    }

    /** Forgets the saved scorecard, so that the defaults apply again. */
    public CompletableFuture<Void> reset(long projectId) {
        return database.run(dsl -> new ScorecardRepository(dsl).delete(projectId));
    }

    /** The project's customers scored against its saved scorecard (or an empty one), with the ICP share. */
    public CompletableFuture<CustomerScores> scoreCustomers(long projectId) {
        return database.submit(dsl -> ScorecardCalculator.scoreCustomers(
                new ScorecardRepository(dsl).find(projectId).orElseGet(Scorecard::empty),
                new CustomerRepository(dsl).forProject(projectId)));
    }

    /** The project's customers scored against the given scorecard (e.g. one being edited, not saved yet). */
    public CompletableFuture<CustomerScores> scoreCustomers(long projectId, Scorecard scorecard) {
        return database.submit(dsl -> ScorecardCalculator.scoreCustomers(scorecard,
                new CustomerRepository(dsl).forProject(projectId)));
    }

    /** The project's prospects scored against its saved scorecard (or an empty one), by name. */
    public CompletableFuture<List<ScoredAccount>> scoreProspects(long projectId) {
        return database.submit(dsl -> {
            Scorecard scorecard = new ScorecardRepository(dsl).find(projectId).orElseGet(Scorecard::empty);
            return scoreAll(scorecard, new ProspectRepository(dsl).forProject(projectId));
        });
    }

    public CompletableFuture<List<ScoredAccount>> scoreProspects(long projectId, Scorecard scorecard) {
        return database.submit(dsl -> scoreAll(scorecard, new ProspectRepository(dsl).forProject(projectId)));
    }

    /** Prospects that are not stored (e.g. read from a file), scored in the order given with id 0. */
    public static List<ScoredAccount> score(Scorecard scorecard, List<ProspectData> prospects) {
        return prospects.stream().map(prospect -> ScorecardCalculator.scoreProspect(scorecard, 0, prospect)).toList();
    }

    private static List<ScoredAccount> scoreAll(Scorecard scorecard, List<Prospect> prospects) {
        return prospects.stream().map(p -> ScorecardCalculator.scoreProspect(scorecard, p.id(), p.data())).toList();
    }

    // ---------------------------------------------------------------- prospects

    /** The project's prospects by name. */
    public CompletableFuture<List<Prospect>> prospects(long projectId) {
        return database.submit(dsl -> new ProspectRepository(dsl).forProject(projectId));
    }

    public CompletableFuture<Prospect> addProspect(long projectId, ProspectData data) {
        return valid(data).thenCompose(clean -> database.submit(dsl -> new ProspectRepository(dsl).create(projectId, clean, now())));
    }

    public CompletableFuture<Void> updateProspect(long prospectId, ProspectData data) {
        return valid(data).thenCompose(clean -> database.run(dsl -> new ProspectRepository(dsl).update(prospectId, clean)));
    }

    public CompletableFuture<Void> deleteProspect(long prospectId) {
        return database.run(dsl -> new ProspectRepository(dsl).delete(prospectId));
    }

    /** Reads and checks a CSV or XLSX prospect file without storing anything (off the database thread). */
    public CompletableFuture<ProspectImportPlan> readProspects(Path file) {
        return readProspects(file, org.icpworkbench.logic.customer.imports.ReadOptions.automatic());
    }

    /** As {@link #readProspects(Path)} with a chosen encoding and limits. */
    public CompletableFuture<ProspectImportPlan> readProspects(Path file,
            org.icpworkbench.logic.customer.imports.ReadOptions options) {
        return CompletableFuture.supplyAsync(() -> ProspectImportParser.parse(CustomerFileReader.read(file, options)));
    }

    /**
     * Imports a CSV or XLSX prospect file: every row is checked first, and the prospects are stored in one
     * transaction only when no row has a problem; otherwise nothing is stored and the outcome lists the problems.
     */
    public CompletableFuture<ImportOutcome> importProspects(long projectId, Path file) {
        return readProspects(file).thenCompose(plan -> {
            if (!plan.canImport()) {
                return CompletableFuture.completedFuture(new ImportOutcome(0, plan.problems()));
            }
            List<ProspectData> rows = plan.prospects().stream().map(ScorecardService::normalize).toList();
            return database.submit(dsl -> new ImportOutcome(
                    new ProspectRepository(dsl).insertAll(projectId, rows, now()).size(), List.of()));
        });
    }

    // ---------------------------------------------------------------- validation

    /**
     * The scorecard with its texts trimmed and blank values dropped, or a {@link UserFacingException} naming the first
     * problem: thresholds 0–100 with tier A above tier B; weights 1–5; a list criterion needs a value, a threshold
     * criterion a threshold that is not negative; values and reasons fit their columns.
     */
    public static Scorecard validate(Scorecard scorecard) {
        if (scorecard.tierA() < 0 || scorecard.tierA() > 100 || scorecard.tierB() < 0 || scorecard.tierB() > 100) {
            throw new UserFacingException("scorecard.error.tierRange");
        }
        if (scorecard.tierA() <= scorecard.tierB()) {
            throw new UserFacingException("scorecard.error.tierOrder", scorecard.tierA(), scorecard.tierB());
        }
        List<Criterion> clean = new ArrayList<>(scorecard.criteria().size());
        int position = 0;
        for (Criterion criterion : scorecard.criteria()) {
            position++;
            if (criterion.kind() == null) {
                throw new UserFacingException("scorecard.error.kindRequired", position);
            }
            if (criterion.weight() < Criterion.MIN_WEIGHT || criterion.weight() > Criterion.MAX_WEIGHT) {
                throw new UserFacingException("scorecard.error.weight", position, criterion.weight());
            }
            List<String> values = criterion.values().stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
            if (values.stream().anyMatch(value -> value.length() > MAX_VALUE_LENGTH)) {
                throw new UserFacingException("scorecard.error.valueTooLong", position, MAX_VALUE_LENGTH);
            }
            String reason = criterion.reason().strip();
            if (reason.length() > MAX_REASON_LENGTH) {
                throw new UserFacingException("scorecard.error.reasonTooLong", position, MAX_REASON_LENGTH);
            }
            Optional<BigDecimal> threshold = Optional.empty();
            if (criterion.kind().isThreshold()) {
                if (criterion.threshold().isEmpty()) {
                    throw new UserFacingException("scorecard.error.noThreshold", position);
                }
                if (criterion.threshold().get().signum() < 0) {
                    throw new UserFacingException("scorecard.error.negativeThreshold", position);
                }
                threshold = criterion.threshold();
                values = List.of();
            } else if (values.isEmpty()) {
                throw new UserFacingException("scorecard.error.noValues", position);
            }
            clean.add(new Criterion(criterion.id(), criterion.kind(), values, threshold, criterion.weight(),
                    criterion.disqualifier(), reason));
        }
        return new Scorecard(clean, scorecard.tierA(), scorecard.tierB());
    }

    /** Throws a {@link UserFacingException} for the first problem of a prospect entered by hand. */
    public static void validate(ProspectData data) {
        String name = data.name().strip();
        if (name.isEmpty()) {
            throw new UserFacingException("scorecard.error.prospectName");
        }
        if (name.length() > ProspectImportParser.MAX_NAME_LENGTH) {
            throw new UserFacingException("scorecard.error.prospectNameTooLong", ProspectImportParser.MAX_NAME_LENGTH);
        }
        for (String text : List.of(data.segment(), data.industry(), data.sizeBand(), data.region())) {
            if (text.strip().length() > ProspectImportParser.MAX_TEXT_LENGTH) {
                throw new UserFacingException("scorecard.error.prospectTextTooLong", ProspectImportParser.MAX_TEXT_LENGTH);
            }
        }
        if (data.annualRevenue().filter(amount -> amount.signum() < 0).isPresent()) {
            throw new UserFacingException("scorecard.error.negativeBudget");
        }
        if (!data.decisionMaker().isBlank() && ScorecardOptions.keyOf(CriterionKind.DECISION_MAKER, data.decisionMaker()).isEmpty()) {
            throw new UserFacingException("scorecard.error.unknownDecisionMaker", data.decisionMaker());
        }
        if (!data.channel().isBlank() && ScorecardOptions.keyOf(CriterionKind.CHANNEL, data.channel()).isEmpty()) {
            throw new UserFacingException("scorecard.error.unknownChannel", data.channel());
        }
    }

    private static CompletableFuture<ProspectData> valid(ProspectData data) {
        try {
            validate(data);
        } catch (UserFacingException problem) {
            return CompletableFuture.failedFuture(problem);
        }
        return CompletableFuture.completedFuture(normalize(data));
    }

    /** Texts trimmed; decision maker and channel as option keys. */
    private static ProspectData normalize(ProspectData data) {
        return new ProspectData(data.name().strip(), data.segment().strip(), data.industry().strip(),
                data.sizeBand().strip(), data.region().strip(), data.annualRevenue(),
                ScorecardOptions.keyOf(CriterionKind.DECISION_MAKER, data.decisionMaker()).orElse(""),
                ScorecardOptions.keyOf(CriterionKind.CHANNEL, data.channel()).orElse(""), data.notes());
    }

    private Instant now() {
        return clock.instant();
    }
}
