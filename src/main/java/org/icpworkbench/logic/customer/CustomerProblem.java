package org.icpworkbench.logic.customer;

import java.util.List;
import org.icpworkbench.logic.common.UserFacingException;

/**
 * What is wrong with one customer's values: the field ({@code name}, {@code status}, {@code annualRevenue},
 * {@code grossMarginPercent}, {@code costToServe}, {@code purchases}, {@code nps}, {@code firstPurchase},
 * {@code churnDate}), a message key of the bundles and its arguments.
 */
public record CustomerProblem(String field, String messageKey, List<Object> arguments) {

    public CustomerProblem {
        arguments = List.copyOf(arguments);
    }

    public UserFacingException toException() {
        return new UserFacingException(messageKey, arguments.toArray());
    }
}
