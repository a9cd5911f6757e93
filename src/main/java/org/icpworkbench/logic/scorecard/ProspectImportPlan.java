package org.icpworkbench.logic.scorecard;

import java.util.List;
import org.icpworkbench.logic.customer.imports.ImportProblem;
import org.icpworkbench.model.scorecard.ProspectData;

/**
 * What a prospect file holds: the prospects of its valid rows, and every problem by row and column. A file with any
 * problem is imported not at all.
 */
public record ProspectImportPlan(List<ProspectData> prospects, List<ImportProblem> problems) {

    public ProspectImportPlan {
        prospects = List.copyOf(prospects);
        problems = List.copyOf(problems);
    }

    public boolean canImport() {
        return problems.isEmpty() && !prospects.isEmpty();
    }
}
