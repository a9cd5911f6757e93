package org.icpworkbench.logic.customer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.customer.imports.ColumnMapping;
import org.icpworkbench.logic.persistence.CustomerRepository;
import org.icpworkbench.logic.persistence.SettingRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.CustomerStatus;

/**
 * A project's customer accounts (step 1 of the method): validated edits on the workspace's database thread, and
 * their value metrics. Invalid values fail the future with a {@link UserFacingException}; nothing is stored then.
 */
public final class CustomerService {

    public static final int MAX_NAME_LENGTH = 400;
    public static final int MAX_TEXT_LENGTH = 200;
    private static final BigDecimal MIN_MARGIN = BigDecimal.valueOf(-100);
    private static final BigDecimal MAX_MARGIN = BigDecimal.valueOf(100);

    private static final String MAPPING_SETTING = "customers.import.mapping.";

    private final DatabaseExecutor database;
    private final Clock clock;

    public CustomerService(DatabaseExecutor database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The project's customers by name. */
    public CompletableFuture<List<Customer>> list(long projectId) {
        return database.submit(dsl -> new CustomerRepository(dsl).forProject(projectId));
    }

    public CompletableFuture<Customer> add(long projectId, CustomerData data) {
        return valid(data).thenCompose(clean -> database.submit(dsl -> new CustomerRepository(dsl).create(projectId, clean, now())));
    }

    public CompletableFuture<Void> update(long customerId, CustomerData data) {
        return valid(data).thenCompose(clean -> database.run(dsl -> new CustomerRepository(dsl).update(customerId, clean, now())));
    }

    public CompletableFuture<Void> delete(long customerId) {
        return database.run(dsl -> new CustomerRepository(dsl).delete(customerId));
    }

    /** Deletes the given customers of the project, all in one transaction; completes with the count deleted. */
    public CompletableFuture<Integer> deleteAll(long projectId, Collection<Long> customerIds) {
        List<Long> ids = List.copyOf(customerIds);
        return database.submit(dsl -> new CustomerRepository(dsl).deleteAll(projectId, ids));
    }

    /** Sets the segment (trimmed; blank means none) of the given customers of the project; completes with the count changed. */
    public CompletableFuture<Integer> assignSegment(long projectId, Collection<Long> customerIds, String segment) {
        String clean = segment == null ? "" : segment.strip();
        if (clean.length() > MAX_TEXT_LENGTH) {
            return CompletableFuture.failedFuture(new UserFacingException("customer.error.textTooLong", MAX_TEXT_LENGTH));
        }
        List<Long> ids = List.copyOf(customerIds);
        return database.submit(dsl -> new CustomerRepository(dsl).assignSegment(projectId, ids, clean, now()));
    }

    /**
     * Stores all customers in one transaction, or none: when any is invalid the future fails with an
     * {@link InvalidCustomersException} listing every problem, and when storing fails nothing is left behind.
     */
    public CompletableFuture<List<Customer>> insertAll(long projectId, List<CustomerData> customers) {
        return insertAll(projectId, customers, () -> false, done -> { });
    }

    /**
     * As {@link #insertAll(long, List)}; {@code cancelled} is checked while storing — a cancelled insert fails the
     * future with a {@link java.util.concurrent.CancellationException} and leaves nothing behind — and
     * {@code progress} receives the number stored so far (on the database thread).
     */
    public CompletableFuture<List<Customer>> insertAll(long projectId, List<CustomerData> customers,
            java.util.function.BooleanSupplier cancelled, java.util.function.IntConsumer progress) {
        LocalDate today = today();
        List<CustomerData> clean = new ArrayList<>(customers.size());
        List<InvalidCustomersException.RowProblem> problems = new ArrayList<>();
        for (int index = 0; index < customers.size(); index++) {
            CustomerData data = customers.get(index);
            for (CustomerProblem problem : validate(data, today)) {
                problems.add(new InvalidCustomersException.RowProblem(index, problem));
            }
            if (problems.isEmpty()) {
                clean.add(normalize(data));
            }
        }
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(new InvalidCustomersException(problems));
        }
        List<CustomerData> rows = List.copyOf(clean);
        return database.submit(dsl -> new CustomerRepository(dsl).insertAll(projectId, rows, now(), cancelled, progress));
    }

    /**
     * An import that also updates customers already in the project: {@code updates} (by id) and {@code inserts} are
     * validated and stored in one transaction, or nothing is; as {@link #insertAll(long, List, java.util.function.BooleanSupplier,
     * java.util.function.IntConsumer)} for cancellation and progress (updates and inserts counted together).
     */
    public CompletableFuture<List<Customer>> importAll(long projectId, List<CustomerData> inserts,
            java.util.Map<Long, CustomerData> updates, java.util.function.BooleanSupplier cancelled,
            java.util.function.IntConsumer progress) {
        LocalDate today = today();
        List<CustomerData> all = new ArrayList<>(updates.values());
        all.addAll(inserts);
        List<InvalidCustomersException.RowProblem> problems = new ArrayList<>();
        for (int index = 0; index < all.size(); index++) {
            for (CustomerProblem problem : validate(all.get(index), today)) {
                problems.add(new InvalidCustomersException.RowProblem(index, problem));
            }
        }
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(new InvalidCustomersException(problems));
        }
        List<CustomerData> cleanInserts = inserts.stream().map(CustomerService::normalize).toList();
        java.util.Map<Long, CustomerData> cleanUpdates = new java.util.LinkedHashMap<>();
        updates.forEach((id, data) -> cleanUpdates.put(id, normalize(data)));
        return database.submit(dsl -> new CustomerRepository(dsl).importAll(projectId, cleanInserts, cleanUpdates, now(),
                cancelled, progress));
    }

    /** The column mapping last saved for the project's imports, if any. */
    public CompletableFuture<Optional<ColumnMapping>> savedMapping(long projectId) {
        return database.submit(dsl -> new SettingRepository(dsl).get(MAPPING_SETTING + projectId).flatMap(CustomerService::mapping));
    }

    private static Optional<ColumnMapping> mapping(String json) {
        try {
            return Optional.of(ColumnMapping.fromJson(json));
        } catch (IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }

    public CompletableFuture<Void> saveMapping(long projectId, ColumnMapping mapping) {
        String json = mapping.toJson();
        return database.run(dsl -> new SettingRepository(dsl).put(MAPPING_SETTING + projectId, json));
    }

    /** The project's metrics as of the analysis date. */
    public CompletableFuture<CustomerMetricsReport> metrics(long projectId, LocalDate analysisDate) {
        return list(projectId).thenApply(list -> CustomerMetrics.compute(list.stream().map(Customer::data).toList(), analysisDate));
    }

    /**
     * Every problem of the customer's values, none when valid. Dates may not lie after {@code today}; text is judged
     * after trimming.
     */
    public static List<CustomerProblem> validate(CustomerData data, LocalDate today) {
        List<CustomerProblem> problems = new ArrayList<>();
        String name = data.name() == null ? "" : data.name().strip();
        if (name.isEmpty()) {
            problems.add(problem("name", "customer.error.nameRequired"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(problem("name", "customer.error.nameTooLong", MAX_NAME_LENGTH));
        }
        for (String text : new String[] {data.segment(), data.industry(), data.sizeBand(), data.region()}) {
            if (text != null && text.strip().length() > MAX_TEXT_LENGTH) {
                problems.add(problem("text", "customer.error.textTooLong", MAX_TEXT_LENGTH));
                break;
            }
        }
        if (data.status() == null) {
            problems.add(problem("status", "customer.error.statusRequired"));
        }
        if (data.annualRevenue().filter(revenue -> revenue.signum() < 0).isPresent()) {
            problems.add(problem("annualRevenue", "customer.error.negativeRevenue"));
        }
        if (data.grossMarginPercent().filter(margin -> margin.compareTo(MIN_MARGIN) < 0 || margin.compareTo(MAX_MARGIN) > 0).isPresent()) {
            problems.add(problem("grossMarginPercent", "customer.error.marginRange"));
        }
        if (data.costToServe().filter(cost -> cost.signum() < 0).isPresent()) {
            problems.add(problem("costToServe", "customer.error.negativeCostToServe"));
        }
        if (data.purchases().filter(count -> count < 0).isPresent()) {
            problems.add(problem("purchases", "customer.error.negativePurchases"));
        }
        if (data.nps().filter(score -> score < 0 || score > 10).isPresent()) {
            problems.add(problem("nps", "customer.error.npsRange"));
        }
        Optional<LocalDate> first = data.firstPurchase();
        Optional<LocalDate> churn = data.churnDate();
        if (first.filter(date -> date.isAfter(today)).isPresent()) {
            problems.add(problem("firstPurchase", "customer.error.futureFirstPurchase", first.get().toString()));
        }
        if (churn.isPresent()) {
            if (data.status() != CustomerStatus.CHURNED) {
                problems.add(problem("churnDate", "customer.error.churnDateNotChurned"));
            } else if (churn.get().isAfter(today)) {
                problems.add(problem("churnDate", "customer.error.futureChurnDate", churn.get().toString()));
            } else if (first.filter(date -> churn.get().isBefore(date)).isPresent()) {
                problems.add(problem("churnDate", "customer.error.churnBeforeFirstPurchase", churn.get().toString(), first.get().toString()));
            }
        }
        return List.copyOf(problems);
    }

    private CompletableFuture<CustomerData> valid(CustomerData data) {
        List<CustomerProblem> problems = validate(data, today());
        if (!problems.isEmpty()) {
            return CompletableFuture.failedFuture(problems.getFirst().toException());
        }
        return CompletableFuture.completedFuture(normalize(data));
    }

    private static CustomerData normalize(CustomerData data) {
        return new CustomerData(data.name().strip(), strip(data.segment()), strip(data.industry()), strip(data.sizeBand()),
                strip(data.region()), data.firstPurchase(), data.status(), data.churnDate(), data.annualRevenue(),
                data.grossMarginPercent(), data.costToServe(), data.purchases(), data.productIds(), data.nps(),
                data.notes() == null ? "" : data.notes());
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static CustomerProblem problem(String field, String key, Object... arguments) {
        return new CustomerProblem(field, key, List.of(arguments));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
