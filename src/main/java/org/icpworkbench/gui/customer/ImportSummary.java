package org.icpworkbench.gui.customer;

import org.icpworkbench.logic.customer.imports.CustomerImportPlan;
import org.icpworkbench.logic.customer.imports.ImportProblem;
import org.icpworkbench.logic.customer.imports.ImportProblemText;
import org.icpworkbench.logic.i18n.Messages;

/** What the import dialog says about a checked file: the summary line and the Import button's label. */
record ImportSummary(String summary, String importLabel) {

    static ImportSummary of(CustomerImportPlan plan, int alreadyInProject, Messages messages) {
        int bad = plan.rowsWithProblems().size();
        int good = plan.customers().size();
        String summary;
        String label;
        if (plan.problems().isEmpty()) {
            summary = messages.plural("customers.import.allValid", good);
            label = messages.plural("customers.import.importAll", good);
        } else if (plan.canImportValidRows()) {
            summary = messages.plural("customers.import.rowsValid", good) + " " + messages.plural("customers.import.rowsBad", bad);
            label = messages.plural("customers.import.importValid", good);
        } else {
            summary = messages.get("customers.import.blocked");
            label = messages.plural("customers.import.importAll", good);
        }
        if (alreadyInProject > 0) {
            summary += " " + messages.plural("customers.import.existing", alreadyInProject);
        }
        return new ImportSummary(summary, label);
    }

    static ProblemRow row(ImportProblem problem, Messages messages) {
        return new ProblemRow(problem.row() == 0 ? messages.get("customers.import.problem.file") : Integer.toString(problem.row()),
                problem.column(), ImportProblemText.reason(problem, messages));
    }

    /** "Imported 1 customer. Updated 3 existing customers." */
    static String stored(int imported, int updated, Messages messages) {
        String text = messages.plural("customers.import.done", imported);
        return updated > 0 ? text + " " + messages.plural("customers.import.updated", updated) : text;
    }
}
