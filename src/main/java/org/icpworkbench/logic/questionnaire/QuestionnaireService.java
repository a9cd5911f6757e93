package org.icpworkbench.logic.questionnaire;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.QuestionnaireRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.questionnaire.ProjectQuestionnaire;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionnaireDefinition;
import org.jooq.DSLContext;

/**
 * Which questionnaire a project uses, and its editing. The built-in questionnaire is read-only; a project
 * customises a copy, and every change stores a new version, so interviews keep the wording they were asked with.
 */
public final class QuestionnaireService {

    private final DatabaseExecutor database;
    private final Clock clock;

    public QuestionnaireService(DatabaseExecutor database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CompletableFuture<ProjectQuestionnaire> current(long projectId) {
        return database.submit(dsl -> current(dsl, projectId));
    }

    /** The version new interviews of the project are asked with. */
    public static long currentVersionId(DSLContext dsl, long projectId) {
        return current(dsl, projectId).templateVersionId();
    }

    private static ProjectQuestionnaire current(DSLContext dsl, long projectId) {
        QuestionnaireRepository repository = new QuestionnaireRepository(dsl);
        var own = repository.latestProjectVersion(projectId);
        QuestionnaireDefinition builtIn = BuiltInQuestionnaire.definition();
        long versionId = own.orElseGet(() -> repository.latestBuiltInVersion(builtIn.key())
                .orElseGet(() -> repository.installBuiltIn(builtIn, java.time.Instant.now())));
        return new ProjectQuestionnaire(versionId, repository.versionNo(versionId), own.isEmpty(),
                repository.questions(versionId));
    }

    /** Gives the project its own copy of the questionnaire it uses now, ready to edit. */
    public CompletableFuture<ProjectQuestionnaire> customise(long projectId) {
        return database.submit(dsl -> {
            ProjectQuestionnaire now = current(dsl, projectId);
            if (!now.builtIn()) {
                return now;
            }
            saveVersion(dsl, projectId, now.questions());
            return current(dsl, projectId);
        });
    }

    /** Stores the questions, in this order, as the project's next questionnaire version. */
    public CompletableFuture<ProjectQuestionnaire> save(long projectId, List<Question> questions) {
        if (questions.isEmpty()) {
            return CompletableFuture.failedFuture(new UserFacingException("questionnaire.error.empty"));
        }
        long distinctCodes = questions.stream().map(Question::code).distinct().count();
        if (distinctCodes != questions.size()) {
            return CompletableFuture.failedFuture(new UserFacingException("questionnaire.error.duplicateCode"));
        }
        return database.submit(dsl -> {
            saveVersion(dsl, projectId, questions);
            return current(dsl, projectId);
        });
    }

    private void saveVersion(DSLContext dsl, long projectId, List<Question> questions) {
        QuestionnaireDefinition builtIn = BuiltInQuestionnaire.definition();
        new QuestionnaireRepository(dsl).saveProjectVersion(projectId, builtIn.name().en(), builtIn.name().ru(),
                new ArrayList<>(questions), clock.instant());
    }
}
