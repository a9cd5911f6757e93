package org.icpworkbench.logic.customer;

import java.util.List;
import org.icpworkbench.logic.common.UserFacingException;

/**
 * Some of the customers given to {@link CustomerService#insertAll} are invalid, so none was stored. Each problem
 * names the customer's position in the list given (0-based).
 */
public final class InvalidCustomersException extends UserFacingException {

    /** A problem of the customer at {@code index} of the list given. */
    public record RowProblem(int index, CustomerProblem problem) {
    }

    private final transient List<RowProblem> problems;

    public InvalidCustomersException(List<RowProblem> problems) {
        super("customer.error.invalidRows", problems.stream().mapToInt(RowProblem::index).distinct().count());
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
