package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.PROJECT;
import static org.icpworkbench.logic.persistence.generated.Tables.QUESTION;
import static org.icpworkbench.logic.persistence.generated.Tables.QUESTIONNAIRE_TEMPLATE;
import static org.icpworkbench.logic.persistence.generated.Tables.TEMPLATE_VERSION;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.icpworkbench.model.archive.ProjectArchive;
import org.icpworkbench.model.questionnaire.Audience;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads a whole project as a {@link ProjectArchive} (database ids replaced by archive-local ones, in a stable order) and
 * stores an archive as a new project in one transaction. Callers validate the archive first (see
 * {@code logic/archive/ArchiveValidator}); a database error here rolls the whole import back. The reading is
 * {@link ProjectArchiveReading}, the storing {@link ProjectArchiveInsert}.
 */
public final class ArchiveRepository {

    /** A built-in questionnaire version already in the workspace: its id and its questions by code. */
    public record StoredVersion(long versionId, Map<String, StoredQuestion> questionsByCode) {
    }

    public record StoredQuestion(long id, Audience audience) {
    }

    private final DSLContext dsl;

    public ArchiveRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The version Flyway last applied to this workspace, e.g. "4". */
    public String schemaVersion() {
        return dsl.select(DSL.field(DSL.name("version"), String.class))
                .from(DSL.table(DSL.name("flyway_schema_history")))
                .where(DSL.field(DSL.name("success"), Boolean.class).isTrue())
                .and(DSL.field(DSL.name("version"), String.class).isNotNull())
                .orderBy(DSL.field(DSL.name("installed_rank")).desc())
                .limit(1)
                .fetchOne(0, String.class);
    }

    /** The names of every project, the trash included. */
    public Set<String> projectNames() {
        return new HashSet<>(dsl.select(PROJECT.NAME).from(PROJECT).fetch(PROJECT.NAME));
    }

    /** The stored built-in questionnaire version with this key and number, if the workspace has it. */
    public Optional<StoredVersion> builtInVersion(String key, int versionNo) {
        return dsl.select(TEMPLATE_VERSION.ID).from(TEMPLATE_VERSION)
                .join(QUESTIONNAIRE_TEMPLATE).on(QUESTIONNAIRE_TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(QUESTIONNAIRE_TEMPLATE.BUILT_IN.isTrue())
                .and(QUESTIONNAIRE_TEMPLATE.TEMPLATE_KEY.eq(key))
                .and(TEMPLATE_VERSION.VERSION_NO.eq(versionNo))
                .orderBy(TEMPLATE_VERSION.ID)
                .limit(1)
                .fetchOptional(TEMPLATE_VERSION.ID)
                .map(versionId -> {
                    Map<String, StoredQuestion> questions = new HashMap<>();
                    dsl.selectFrom(QUESTION).where(QUESTION.TEMPLATE_VERSION_ID.eq(versionId)).forEach(question ->
                            questions.put(question.getCode(),
                                    new StoredQuestion(question.getId(), Audience.valueOf(question.getAudience()))));
                    return new StoredVersion(versionId, questions);
                });
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** The whole project, read in one transaction; empty when there is no such project. */
    public Optional<ProjectArchive> read(long projectId) {
        return dsl.transactionResult(configuration -> ProjectArchiveReading.read(DSL.using(configuration), projectId));
    }

    // ---------------------------------------------------------------------------------------------------- writing

    /**
     * Stores the archive as a new project named {@code name} in one transaction and returns its id. Built-in
     * questionnaire versions are not stored but must be in the workspace already: {@code storedVersions} maps their
     * archive version ids to the workspace's, {@code storedQuestions} their archive question ids. {@code progress} receives the
     * number of rows stored so far.
     */
    public long insert(ProjectArchive archive, String name, Map<Long, Long> storedVersions,
            Map<Long, Long> storedQuestions, Instant now, IntConsumer progress) {
        return dsl.transactionResult(configuration -> new ProjectArchiveInsert(DSL.using(configuration), now, progress)
                .insert(archive, name, storedVersions, storedQuestions));
    }
}
