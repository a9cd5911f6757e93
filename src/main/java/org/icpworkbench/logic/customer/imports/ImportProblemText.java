package org.icpworkbench.logic.customer.imports;

import org.icpworkbench.logic.i18n.Messages;

/** An {@link ImportProblem} as one line of text: where (file, row, column) and what. */
public final class ImportProblemText {

    private ImportProblemText() {
    }

    public static String reason(ImportProblem problem, Messages messages) {
        return messages.get(problem.messageKey(), problem.arguments().toArray());
    }

    public static String line(ImportProblem problem, Messages messages) {
        String reason = reason(problem, messages);
        if (problem.row() == 0) {
            return messages.get("import.problem.wholeFile", reason);
        }
        return problem.column().isEmpty() ? messages.get("import.problem.rowOnly", problem.row(), reason)
                : messages.get("import.problem.row", problem.row(), problem.column(), reason);
    }
}
