package org.icpworkbench.logic.customer.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.icpworkbench.model.customer.CustomerData;

/**
 * What an import would do: the customers of the valid rows, and every problem found in the file and its rows.
 * The caller imports {@link #customers()} only when {@link #canImport()}: all valid rows or nothing.
 *
 * @param rowsRead data rows looked at (all of them unless cancelled)
 * @param cancelled whether parsing was cancelled; a cancelled plan has no customers and must not be imported
 * @param mapped the fields the file had columns for (an update of an existing customer changes only these)
 */
public record CustomerImportPlan(List<CustomerData> customers, List<ImportProblem> problems, int rowsRead,
        boolean cancelled, Set<CustomerField> mapped) {

    public CustomerImportPlan {
        customers = List.copyOf(customers);
        problems = List.copyOf(problems);
        mapped = mapped.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(mapped));
    }

    public CustomerImportPlan(List<CustomerData> customers, List<ImportProblem> problems, int rowsRead, boolean cancelled) {
        this(customers, problems, rowsRead, cancelled, Set.of());
    }

    /** True when there is something to import, nothing is wrong and parsing ran to the end. */
    public boolean canImport() {
        return !cancelled && problems.isEmpty() && !customers.isEmpty();
    }

    /**
     * True when the valid rows may be imported on their own, the rows with problems left out — only at the user's
     * explicit request: parsing ran to the end, some rows are valid, and no problem concerns the whole file.
     */
    public boolean canImportValidRows() {
        return !cancelled && !customers.isEmpty() && problems.stream().noneMatch(problem -> problem.row() == 0);
    }

    /** The distinct row numbers that have at least one problem (0 = the whole file). */
    public List<Integer> rowsWithProblems() {
        return problems.stream().map(ImportProblem::row).distinct().sorted().toList();
    }
}
