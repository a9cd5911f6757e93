package org.icpworkbench.logic.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.CustomerRepository;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private CustomerService customers;
    private Project project;
    private Project other;

    @BeforeEach
    void open() {
        workspace = TestWorkspace.openIn(temp);
        customers = workspace.services().customers();
        project = workspace.services().projects().create(new ProjectDetails("Acme ICP", "", "", "")).join();
        other = workspace.services().projects().create(new ProjectDetails("Other", "", "", "")).join();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static CustomerData data(String name) {
        return new CustomerData(name, "SMB", "Logistics", "10–49", "Moscow", Optional.of(LocalDate.of(2024, 3, 1)),
                CustomerStatus.ACTIVE, Optional.empty(), Optional.of(new BigDecimal("120000.50")),
                Optional.of(new BigDecimal("35.5")), Optional.empty(), Optional.of(3), List.of(), Optional.of(9), "Pays on time");
    }

    private static CustomerData withProducts(CustomerData data, List<Long> productIds) {
        return new CustomerData(data.name(), data.segment(), data.industry(), data.sizeBand(), data.region(), data.firstPurchase(),
                data.status(), data.churnDate(), data.annualRevenue(), data.grossMarginPercent(), data.costToServe(),
                data.purchases(), productIds, data.nps(), data.notes());
    }

    private static CustomerData churned(CustomerData data, String first, String churn) {
        return new CustomerData(data.name(), data.segment(), data.industry(), data.sizeBand(), data.region(),
                Optional.ofNullable(first).map(LocalDate::parse), CustomerStatus.CHURNED, Optional.ofNullable(churn).map(LocalDate::parse),
                data.annualRevenue(), data.grossMarginPercent(), data.costToServe(), data.purchases(), data.productIds(), data.nps(),
                data.notes());
    }

    private static String keyOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        assertThat(cause).isInstanceOf(UserFacingException.class);
        return ((UserFacingException) cause).messageKey();
    }

    private static String failureKey(java.util.concurrent.CompletableFuture<?> future) {
        try {
            future.join();
        } catch (CompletionException failure) {
            return keyOf(failure);
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void customersAreStoredReadBackUpdatedAndDeleted() {
        Product crm = workspace.services().catalogue().add(project.id(), "CRM").join();
        Product support = workspace.services().catalogue().add(project.id(), "Support").join();

        Customer created = customers.add(project.id(), withProducts(data("  Beta LLC "), List.of(crm.id(), support.id()))).join();

        List<Customer> listed = customers.list(project.id()).join();
        assertThat(listed).containsExactly(created);
        CustomerData read = listed.getFirst().data();
        assertThat(read.name()).isEqualTo("Beta LLC");
        assertThat(read.annualRevenue()).contains(new BigDecimal("120000.50"));
        assertThat(read.grossMarginPercent()).contains(new BigDecimal("35.500"));
        assertThat(read.productIds()).containsExactlyInAnyOrder(crm.id(), support.id());
        assertThat(read.nps()).contains(9);
        assertThat(read.notes()).isEqualTo("Pays on time");
        assertThat(customers.list(other.id()).join()).isEmpty();

        customers.update(created.id(), withProducts(churned(data("Beta LLC"), "2024-03-01", "2025-01-10"), List.of(support.id()))).join();
        CustomerData updated = customers.list(project.id()).join().getFirst().data();
        assertThat(updated.status()).isEqualTo(CustomerStatus.CHURNED);
        assertThat(updated.churnDate()).contains(LocalDate.of(2025, 1, 10));
        assertThat(updated.productIds()).containsExactly(support.id());

        customers.delete(created.id()).join();
        assertThat(customers.list(project.id()).join()).isEmpty();
    }

    @Test
    void bulkSegmentChangesOnlyTheChosenCustomersOfTheProject() {
        List<Customer> stored = customers.insertAll(project.id(), List.of(data("A"), data("B"), data("C"))).join();
        Customer elsewhere = customers.add(other.id(), data("D")).join();

        int changed = customers.assignSegment(project.id(),
                List.of(stored.get(0).id(), stored.get(2).id(), elsewhere.id()), "  Enterprise ").join();

        assertThat(changed).isEqualTo(2);
        assertThat(customers.list(project.id()).join()).extracting(c -> c.data().name() + ":" + c.data().segment())
                .containsExactly("A:Enterprise", "B:SMB", "C:Enterprise");
        assertThat(customers.list(other.id()).join().getFirst().data().segment()).isEqualTo("SMB");
    }

    @Test
    void insertAllStoresNothingWhenOneRowIsInvalid() {
        CustomerData bad = new CustomerData("", "", "", "", "", Optional.empty(), CustomerStatus.ACTIVE, Optional.empty(),
                Optional.of(new BigDecimal("-5")), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.of(11), "");

        assertThatThrownBy(() -> customers.insertAll(project.id(), List.of(data("A"), bad, data("C"))).join())
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(InvalidCustomersException.class, failure -> {
                    assertThat(failure.messageKey()).isEqualTo("customer.error.invalidRows");
                    assertThat(failure.problems()).extracting(p -> p.index() + ":" + p.problem().messageKey())
                            .containsExactly("1:customer.error.nameRequired", "1:customer.error.negativeRevenue",
                                    "1:customer.error.npsRange");
                });
        assertThat(customers.list(project.id()).join()).isEmpty();
    }

    @Test
    void insertAllStoresNothingWhenTheDatabaseRejectsALaterRow() {
        // The last row names a product that does not exist: its foreign key fails after two rows were inserted.
        List<CustomerData> rows = List.of(data("A"), data("B"), withProducts(data("C"), List.of(999_999L)));

        assertThatThrownBy(() -> workspace.inDatabase(dsl ->
                new CustomerRepository(dsl).insertAll(project.id(), rows, Instant.parse("2026-06-30T10:00:00Z"))))
                .isInstanceOf(CompletionException.class);

        assertThat(storedCount()).isZero();
        assertThat(customers.insertAll(project.id(), rows.subList(0, 2)).join()).hasSize(2);
        assertThat(customers.list(project.id()).join()).extracting(c -> c.data().name()).containsExactly("A", "B");
    }

    @Test
    void deletingTheProjectDeletesItsCustomers() {
        customers.insertAll(project.id(), List.of(data("A"), data("B"))).join();
        workspace.services().projects().moveToTrash(project.id()).join();
        workspace.services().projects().deletePermanently(project.id()).join();

        assertThat(storedCount()).isZero();
    }

    @Test
    void invalidValuesAreRejectedWithTheirMessage() {
        CustomerData valid = data("Valid");
        assertThat(CustomerService.validate(valid, TODAY)).isEmpty();

        assertThat(keys(new CustomerData("  ", "", "", "", "", Optional.empty(), CustomerStatus.ACTIVE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(), "")))
                .containsExactly("customer.error.nameRequired");
        assertThat(keys(with(valid, new BigDecimal("-0.01"), null, null, null, null)))
                .containsExactly("customer.error.negativeRevenue");
        assertThat(keys(with(valid, null, new BigDecimal("100.001"), null, null, null)))
                .containsExactly("customer.error.marginRange");
        assertThat(keys(with(valid, null, new BigDecimal("-100.5"), null, null, null)))
                .containsExactly("customer.error.marginRange");
        assertThat(keys(with(valid, null, new BigDecimal("-100"), null, null, null))).isEmpty();
        assertThat(keys(with(valid, null, null, null, -1, null))).containsExactly("customer.error.negativePurchases");
        assertThat(keys(with(valid, null, null, null, null, 11))).containsExactly("customer.error.npsRange");
        assertThat(keys(with(valid, null, null, null, null, -1))).containsExactly("customer.error.npsRange");
        assertThat(keys(with(valid, null, null, null, null, 0))).isEmpty();
        assertThat(keys(with(valid, null, null, new BigDecimal("-1"), null, null)))
                .containsExactly("customer.error.negativeCostToServe");

        // a churn date on an active customer
        assertThat(keys(new CustomerData("X", "", "", "", "", Optional.empty(), CustomerStatus.ACTIVE,
                Optional.of(LocalDate.of(2025, 1, 1)), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), ""))).containsExactly("customer.error.churnDateNotChurned");
        assertThat(keys(churned(valid, "2025-01-01", "2024-12-31"))).containsExactly("customer.error.churnBeforeFirstPurchase");
        assertThat(keys(churned(valid, "2025-01-01", "2025-01-01"))).isEmpty();
        assertThat(keys(churned(valid, null, "2025-01-01"))).isEmpty();
        assertThat(keys(churned(valid, "2026-07-01", null))).containsExactly("customer.error.futureFirstPurchase");
        assertThat(keys(churned(valid, "2026-01-01", "2026-07-01"))).containsExactly("customer.error.futureChurnDate");
        assertThat(keys(churned(valid, "2026-06-30", "2026-06-30"))).isEmpty();

        assertThat(CustomerService.validate(with(valid, new BigDecimal("-1"), null, null, null, null), TODAY).getFirst().field())
                .isEqualTo("annualRevenue");
    }

    @Test
    void theServiceRefusesInvalidCustomersAndStoresNothing() {
        String future = LocalDate.now().plusDays(3).toString();
        assertThat(failureKey(customers.add(project.id(), data(" ")))).isEqualTo("customer.error.nameRequired");
        assertThat(failureKey(customers.add(project.id(), churned(data("Late"), future, null))))
                .isEqualTo("customer.error.futureFirstPurchase");
        Customer stored = customers.add(project.id(), data("Fine")).join();
        assertThat(failureKey(customers.update(stored.id(), with(data("Fine"), null, null, null, null, 42))))
                .isEqualTo("customer.error.npsRange");

        assertThat(customers.list(project.id()).join()).extracting(c -> c.data().nps()).containsExactly(Optional.of(9));
    }

    @Test
    void metricsAreComputedFromTheStoredCustomers() {
        customers.insertAll(project.id(), List.of(data("A"), data("B"))).join();

        var report = customers.metrics(project.id(), TODAY).join();

        // two active customers at 120000.50 each: 240001.00; margin 35.5 %
        assertThat(report.project().activeCustomers()).isEqualTo(2);
        assertThat(report.project().totalAnnualRevenue()).isEqualByComparingTo("240001.00");
        assertThat(report.project().averageGrossMarginPercent()).contains(new BigDecimal("35.50"));
        assertThat(report.segmentsByClv()).containsExactly("SMB");
    }

    private int storedCount() {
        Integer count = workspace.inDatabase(dsl -> new CustomerRepository(dsl).count(project.id()));
        return count;
    }

    private static List<String> keys(CustomerData data) {
        return CustomerService.validate(data, TODAY).stream().map(CustomerProblem::messageKey).toList();
    }

    private static CustomerData with(CustomerData data, BigDecimal revenue, BigDecimal margin, BigDecimal costToServe,
            Integer purchases, Integer nps) {
        return new CustomerData(data.name(), data.segment(), data.industry(), data.sizeBand(), data.region(), data.firstPurchase(),
                data.status(), data.churnDate(),
                revenue == null ? data.annualRevenue() : Optional.of(revenue),
                margin == null ? data.grossMarginPercent() : Optional.of(margin),
                costToServe == null ? data.costToServe() : Optional.of(costToServe),
                purchases == null ? data.purchases() : Optional.of(purchases),
                data.productIds(),
                nps == null ? data.nps() : Optional.of(nps),
                data.notes());
    }
}
