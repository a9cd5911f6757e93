package org.icpworkbench.logic.customer.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.customer.CustomerService;

/**
 * A whole import in one call, for the command line: read the file, guess the column mapping, check every row, and
 * store all customers only when no row has a problem — otherwise nothing. Customers already in the project (same
 * name) are never added again silently: without a {@link ExistingCustomers} choice the import is refused and says
 * how many matched.
 */
public final class CustomerFileImport {

    /** What happened: how many customers were added, updated and left out, or the problems that stopped the import. */
    public record Outcome(int imported, int updated, int skipped, List<ImportProblem> problems) {

        public Outcome {
            problems = List.copyOf(problems);
        }

        static Outcome rejected(List<ImportProblem> problems) {
            return new Outcome(0, 0, 0, problems);
        }

        public boolean rejected() {
            return !problems.isEmpty();
        }
    }

    private final CustomerService customers;

    public CustomerFileImport(CustomerService customers) {
        this.customers = customers;
    }

    public CompletableFuture<Outcome> run(long projectId, Path file, LocalDate today) {
        return run(projectId, file, today, ReadOptions.automatic(), Optional.empty());
    }

    public CompletableFuture<Outcome> run(long projectId, Path file, LocalDate today, ReadOptions options,
            Optional<ExistingCustomers> existing) {
        CompletableFuture<CustomerImportPlan> checked = CompletableFuture.supplyAsync(() -> {
            CustomerTable table = CustomerFileReader.read(file, options);
            return CustomerImportParser.parse(table, MappingGuesser.guess(table.header()), today);
        });
        return checked.thenCompose(plan -> {
            if (!plan.canImport()) {
                return CompletableFuture.completedFuture(Outcome.rejected(plan.problems()));
            }
            return customers.list(projectId).thenCompose(stored -> {
                ExistingCustomerMatch match = ExistingCustomerMatch.find(plan.customers(), stored);
                if (match.matched() > 0 && existing.isEmpty()) {
                    return CompletableFuture.completedFuture(Outcome.rejected(List.of(ImportProblem.file(
                            "import.problem.existing.found", String.valueOf(match.matched()), match.firstMatchedName()))));
                }
                ExistingCustomerMatch.Batch batch = match.batch(existing.orElse(ExistingCustomers.ADD), plan.mapped());
                return customers.importAll(projectId, batch.inserts(), batch.updates(), () -> false, done -> { })
                        .thenApply(inserted -> new Outcome(inserted.size(), batch.updates().size(), batch.skipped(), List.of()));
            });
        });
    }
}
