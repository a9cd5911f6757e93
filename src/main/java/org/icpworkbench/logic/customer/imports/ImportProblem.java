package org.icpworkbench.logic.customer.imports;

import java.util.List;

/**
 * One reason a file or a row cannot be imported, in a translatable form: the caller formats {@code messageKey}
 * with {@code arguments} from the messages bundle.
 *
 * @param row the 1-based row number a spreadsheet shows, or 0 for the whole file
 * @param column the column's header as written in the file, or "" when the problem is not about one cell
 * @param messageKey a key of {@code messages.properties}
 * @param arguments the message's arguments, already as text
 */
public record ImportProblem(int row, String column, String messageKey, List<String> arguments) {

    public ImportProblem {
        column = column == null ? "" : column;
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem file(String messageKey, String... arguments) {
        return new ImportProblem(0, "", messageKey, List.of(arguments));
    }

    public static ImportProblem cell(int row, String column, String messageKey, String... arguments) {
        return new ImportProblem(row, column, messageKey, List.of(arguments));
    }
}
