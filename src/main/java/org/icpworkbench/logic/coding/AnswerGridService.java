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

    /** One interview's answers to all questions of its audience, keyed by question number. */
    public record AudienceRow(long interviewId, String respondentName, String respondentRole, String respondentCompany,
                              java.time.LocalDate date, Map<String, String> answers) {
    }

    /** A whole audience: the questions (columns) and one row per interview. */
    public record AudienceGrid(List<org.icpworkbench.model.questionnaire.Question> questions, List<AudienceRow> rows) {
    }

    private final DatabaseExecutor database;

    public AnswerGridService(DatabaseExecutor database) {
        this.database = database;
    }

    /** Every interview of an audience with its answers to each of the audience's questions. */
    public CompletableFuture<AudienceGrid> audienceGrid(long projectId, List<org.icpworkbench.model.questionnaire.Question> questions,
                                                        org.icpworkbench.model.questionnaire.Audience audience) {
        List<org.icpworkbench.model.questionnaire.Question> ofAudience = questions.stream()
                .filter(q -> q.audience() == audience).toList();
        return database.submit(dsl -> {
            Map<Long, AudienceRow> rows = new java.util.LinkedHashMap<>();
            AnswerGridRepository repository = new AnswerGridRepository(dsl);
            for (var question : ofAudience) {
                for (AnswerRow row : repository.rows(projectId, question.code())) {
                    rows.computeIfAbsent(row.interviewId(), id -> new AudienceRow(id, row.respondentName(), row.respondentRole(),
                            row.respondentCompany(), row.date(), new java.util.HashMap<>()))
                            .answers().put(question.code(), row.notAsked() ? "" : row.text());
                }
            }
            return new AudienceGrid(ofAudience, List.copyOf(rows.values()));
        });
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
