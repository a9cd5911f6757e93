package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.CUSTOMER;
import static org.icpworkbench.logic.persistence.generated.Tables.CUSTOMER_PRODUCT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.logic.persistence.generated.tables.records.CustomerRecord;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A project's customer accounts (step 1 of the method) and the catalogue products each one bought. */
public final class CustomerRepository {

    /** How often (in rows) a bulk insert checks for cancellation and reports progress. */
    public static final int CHECK_EVERY = 500;

    private final DSLContext dsl;

    public CustomerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Customer create(long projectId, CustomerData data, Instant now) {
        return dsl.transactionResult(configuration -> insert(DSL.using(configuration), projectId, data, now));
    }

    /**
     * Stores every customer in one transaction: either all of them are stored, or (when any row fails) none.
     * Returns the stored customers in the order given.
     */
    public List<Customer> insertAll(long projectId, List<CustomerData> customers, Instant now) {
        return insertAll(projectId, customers, now, () -> false, done -> { });
    }

    /**
     * As {@link #insertAll(long, List, Instant)}, checking {@code cancelled} and reporting the number stored every
     * {@link #CHECK_EVERY} rows; a cancellation throws {@link java.util.concurrent.CancellationException} and rolls
     * the whole transaction back.
     */
    public List<Customer> insertAll(long projectId, List<CustomerData> customers, Instant now,
            java.util.function.BooleanSupplier cancelled, java.util.function.IntConsumer progress) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            List<Customer> stored = new ArrayList<>(customers.size());
            for (CustomerData data : customers) {
                if (stored.size() % CHECK_EVERY == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new java.util.concurrent.CancellationException("Import cancelled");
                    }
                    progress.accept(stored.size());
                }
                stored.add(insert(tx, projectId, data, now));
            }
            progress.accept(stored.size());
            return stored;
        });
    }

    /**
     * Updates {@code updates} (customers of the project, by id) and inserts {@code inserts}, all in one transaction;
     * {@code progress} counts both, a cancellation rolls everything back. Returns the inserted customers.
     */
    public List<Customer> importAll(long projectId, List<CustomerData> inserts, java.util.Map<Long, CustomerData> updates,
            Instant now, java.util.function.BooleanSupplier cancelled, java.util.function.IntConsumer progress) {
        return dsl.transactionResult(configuration -> {
            CustomerRepository tx = new CustomerRepository(DSL.using(configuration));
            int done = 0;
            for (java.util.Map.Entry<Long, CustomerData> update : updates.entrySet()) {
                if (done % CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                    throw new java.util.concurrent.CancellationException("Import cancelled");
                }
                tx.updateInProject(projectId, update.getKey(), update.getValue(), now);
                done++;
            }
            int updated = done;
            return tx.insertAll(projectId, inserts, now, cancelled, stored -> progress.accept(updated + stored));
        });
    }

    private void updateInProject(long projectId, long customerId, CustomerData data, Instant now) {
        CustomerRecord record = dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(customerId))
                .and(CUSTOMER.PROJECT_ID.eq(projectId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new IllegalStateException("No customer " + customerId + " in project " + projectId));
        fill(record, data);
        record.setUpdatedAt(Timestamps.toDb(now));
        record.store();
        dsl.deleteFrom(CUSTOMER_PRODUCT).where(CUSTOMER_PRODUCT.CUSTOMER_ID.eq(customerId)).execute();
        storeProducts(dsl, customerId, data.productIds());
    }

    public Optional<Customer> find(long customerId) {
        Optional<CustomerRecord> record = dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).fetchOptional();
        return record.map(found -> toCustomer(found, productIds(dsl, List.of(found.getId())).getOrDefault(found.getId(), List.of())));
    }

    public void update(long customerId, CustomerData data, Instant now) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            CustomerRecord record = tx.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).forUpdate().fetchOptional()
                    .orElseThrow(() -> new IllegalStateException("No customer " + customerId));
            fill(record, data);
            record.setUpdatedAt(Timestamps.toDb(now));
            record.store();
            tx.deleteFrom(CUSTOMER_PRODUCT).where(CUSTOMER_PRODUCT.CUSTOMER_ID.eq(customerId)).execute();
            storeProducts(tx, customerId, data.productIds());
        });
    }

    public void delete(long customerId) {
        dsl.transaction(configuration -> DSL.using(configuration).deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).execute());
    }

    /** Deletes the given customers of the project in one transaction; returns how many were deleted. */
    public int deleteAll(long projectId, Collection<Long> customerIds) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        return dsl.transactionResult(configuration -> DSL.using(configuration).deleteFrom(CUSTOMER)
                .where(CUSTOMER.PROJECT_ID.eq(projectId))
                .and(CUSTOMER.ID.in(customerIds))
                .execute());
    }

    /** Sets the segment of the given customers of the project; returns how many were changed. */
    public int assignSegment(long projectId, Collection<Long> customerIds, String segment, Instant now) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        return dsl.transactionResult(configuration -> DSL.using(configuration).update(CUSTOMER)
                .set(CUSTOMER.SEGMENT, segment)
                .set(CUSTOMER.UPDATED_AT, Timestamps.toDb(now))
                .where(CUSTOMER.PROJECT_ID.eq(projectId))
                .and(CUSTOMER.ID.in(customerIds))
                .execute());
    }

    /** The project's customers by name (case-insensitive), then id. */
    public List<Customer> forProject(long projectId) {
        List<CustomerRecord> records = dsl.selectFrom(CUSTOMER).where(CUSTOMER.PROJECT_ID.eq(projectId))
                .orderBy(DSL.lower(CUSTOMER.NAME), CUSTOMER.ID).fetch();
        Map<Long, List<Long>> products = productsOfProject(projectId);
        return records.stream().map(record -> toCustomer(record, products.getOrDefault(record.getId(), List.of()))).toList();
    }

    public int count(long projectId) {
        return dsl.fetchCount(CUSTOMER, CUSTOMER.PROJECT_ID.eq(projectId));
    }

    private static Customer insert(DSLContext tx, long projectId, CustomerData data, Instant now) {
        CustomerRecord record = tx.newRecord(CUSTOMER);
        record.setProjectId(projectId);
        fill(record, data);
        record.setCreatedAt(Timestamps.toDb(now));
        record.setUpdatedAt(Timestamps.toDb(now));
        record.store();
        storeProducts(tx, record.getId(), data.productIds());
        return toCustomer(record, data.productIds().stream().distinct().toList());
    }

    private static void storeProducts(DSLContext tx, long customerId, List<Long> productIds) {
        for (Long productId : productIds.stream().distinct().toList()) {
            tx.insertInto(CUSTOMER_PRODUCT, CUSTOMER_PRODUCT.CUSTOMER_ID, CUSTOMER_PRODUCT.PRODUCT_ID)
                    .values(customerId, productId).execute();
        }
    }

    private static void fill(CustomerRecord record, CustomerData data) {
        record.setName(data.name());
        record.setSegment(nonNull(data.segment()));
        record.setIndustry(nonNull(data.industry()));
        record.setSizeBand(nonNull(data.sizeBand()));
        record.setRegion(nonNull(data.region()));
        record.setFirstPurchase(data.firstPurchase().orElse(null));
        record.setStatus(data.status().name());
        record.setChurnDate(data.churnDate().orElse(null));
        record.setAnnualRevenue(data.annualRevenue().map(CustomerRepository::money).orElse(null));
        record.setGrossMarginPercent(data.grossMarginPercent().map(margin -> margin.setScale(3, RoundingMode.HALF_UP)).orElse(null));
        record.setCostToServe(data.costToServe().map(CustomerRepository::money).orElse(null));
        record.setPurchases(data.purchases().orElse(null));
        record.setNps(data.nps().orElse(null));
        record.setNotes(nonNull(data.notes()));
    }

    /** Money is stored with 2 decimals (half-up), margins with 3, so what is returned equals what is read back. */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private Map<Long, List<Long>> productsOfProject(long projectId) {
        Map<Long, List<Long>> result = new HashMap<>();
        dsl.select(CUSTOMER_PRODUCT.CUSTOMER_ID, CUSTOMER_PRODUCT.PRODUCT_ID)
                .from(CUSTOMER_PRODUCT)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_PRODUCT.CUSTOMER_ID))
                .where(CUSTOMER.PROJECT_ID.eq(projectId))
                .orderBy(CUSTOMER_PRODUCT.CUSTOMER_ID, CUSTOMER_PRODUCT.PRODUCT_ID)
                .forEach(row -> result.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(row.value2()));
        return result;
    }

    private static Map<Long, List<Long>> productIds(DSLContext dsl, Collection<Long> customerIds) {
        Map<Long, List<Long>> result = new HashMap<>();
        dsl.select(CUSTOMER_PRODUCT.CUSTOMER_ID, CUSTOMER_PRODUCT.PRODUCT_ID)
                .from(CUSTOMER_PRODUCT)
                .where(CUSTOMER_PRODUCT.CUSTOMER_ID.in(customerIds))
                .orderBy(CUSTOMER_PRODUCT.CUSTOMER_ID, CUSTOMER_PRODUCT.PRODUCT_ID)
                .forEach(row -> result.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(row.value2()));
        return result;
    }

    private static Customer toCustomer(CustomerRecord record, List<Long> productIds) {
        return new Customer(record.getId(), record.getProjectId(), new CustomerData(
                record.getName(),
                record.getSegment(),
                record.getIndustry(),
                record.getSizeBand(),
                record.getRegion(),
                Optional.ofNullable(record.getFirstPurchase()),
                CustomerStatus.valueOf(record.getStatus()),
                Optional.ofNullable(record.getChurnDate()),
                Optional.ofNullable(record.getAnnualRevenue()),
                Optional.ofNullable(record.getGrossMarginPercent()),
                Optional.ofNullable(record.getCostToServe()),
                Optional.ofNullable(record.getPurchases()),
                productIds,
                Optional.ofNullable(record.getNps()),
                record.getNotes()));
    }
}
