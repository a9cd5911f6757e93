package org.icpworkbench.logic.customer.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.customer.CustomerService;

/**
 * A whole import in one call, for the command line: read the file, guess the column mapping, check every row,
 * and store all customers only when no row has a problem — otherwise nothing.
 */
public final class CustomerFileImport {

    /** What happened: how many customers were stored, or the problems that stopped the import. */
    public record Outcome(int imported, List<ImportProblem> problems) {

        public Outcome {
            problems = List.copyOf(problems);
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
        return CompletableFuture.supplyAsync(() -> {
            CustomerTable table = CustomerFileReader.read(file);
            ColumnMapping mapping = MappingGuesser.guess(table.header());
            return CustomerImportParser.parse(table, mapping, today);
        }).thenCompose(plan -> plan.canImport()
                ? customers.insertAll(projectId, plan.customers()).thenApply(stored -> new Outcome(stored.size(), List.of()))
                : CompletableFuture.completedFuture(new Outcome(0, plan.problems())));
    }
}
