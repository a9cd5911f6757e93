package org.icpworkbench.logic.coding;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.icpworkbench.logic.export.StructuredValueText;
import org.icpworkbench.logic.persistence.AnswerGridRepository;
import org.icpworkbench.logic.persistence.ProductRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.coding.AnswerRow;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.Product;

/** The answer grid: one question, every interview's answer side by side. */
public final class AnswerGridService {

    /** The rows, and each row's structured values as one line in the reader's language. */
    public record Grid(List<AnswerRow> rows, Map<AnswerRow, String> values) {
    }

    private final DatabaseExecutor database;

    public AnswerGridService(DatabaseExecutor database) {
        this.database = database;
    }

    public CompletableFuture<Grid> grid(long projectId, String questionCode, Language language) {
        return database.submit(dsl -> {
            List<AnswerRow> rows = new AnswerGridRepository(dsl).rows(projectId, questionCode);
            Map<Long, String> products = new ProductRepository(dsl).forProject(projectId).stream()
                    .collect(Collectors.toMap(Product::id, Product::name));
            Map<AnswerRow, String> values = new java.util.IdentityHashMap<>();
            rows.forEach(row -> values.put(row, StructuredValueText.oneLine(row.question(), row.structuredValue(), language, products)));
            return new Grid(rows, values);
        });
    }
}
