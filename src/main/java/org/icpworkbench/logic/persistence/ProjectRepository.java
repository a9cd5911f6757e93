package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW;
import static org.icpworkbench.logic.persistence.generated.Tables.PROJECT;
import static org.icpworkbench.logic.persistence.generated.Tables.RESPONDENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.persistence.generated.tables.records.ProjectRecord;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.project.ProjectSummary;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Projects: create, edit, archive, move to the trash and back. */
public final class ProjectRepository {

    private final DSLContext dsl;

    public ProjectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Project create(ProjectDetails details, Instant now) {
        return dsl.transactionResult(configuration -> {
            ProjectRecord record = DSL.using(configuration).newRecord(PROJECT);
            record.setName(details.name());
            record.setClientCompany(details.clientCompany());
            record.setIndustry(details.industry());
            record.setNotes(details.notes());
            record.setCreatedAt(Timestamps.toDb(now));
            record.setUpdatedAt(Timestamps.toDb(now));
            record.setArchived(false);
            record.store();
            return toProject(record);
        });
    }

    public Optional<Project> find(long id) {
        return dsl.selectFrom(PROJECT).where(PROJECT.ID.eq(id)).fetchOptional().map(ProjectRepository::toProject);
    }

    public void updateDetails(long id, ProjectDetails details, Instant now) {
        update(id, now, record -> {
            record.setName(details.name());
            record.setClientCompany(details.clientCompany());
            record.setIndustry(details.industry());
            record.setNotes(details.notes());
        });
    }

    public void rename(long id, String name, Instant now) {
        update(id, now, record -> record.setName(name));
    }

    public void setArchived(long id, boolean archived, Instant now) {
        update(id, now, record -> record.setArchived(archived));
    }

    public void moveToTrash(long id, Instant now) {
        update(id, now, record -> record.setDeletedAt(Timestamps.toDb(now)));
    }

    public void restoreFromTrash(long id, Instant now) {
        update(id, now, record -> record.setDeletedAt(null));
    }

    /** Deletes a project in the trash for good, with everything it holds. */
    public void deletePermanently(long id) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            if (!tx.fetchExists(PROJECT, PROJECT.ID.eq(id).and(PROJECT.DELETED_AT.isNotNull()))) {
                throw new IllegalStateException("Project " + id + " is not in the trash");
            }
            // Interviews go first: their respondent key does not cascade, and the cascade from the project may reach
            // a respondent before the interviews that name it.
            tx.deleteFrom(INTERVIEW).where(INTERVIEW.PROJECT_ID.eq(id)).execute();
            tx.deleteFrom(PROJECT).where(PROJECT.ID.eq(id)).execute();
        });
    }

    /** The projects outside the trash, most recently changed first. */
    public List<ProjectSummary> summaries(boolean includeArchived) {
        Field<Integer> interviews = DSL.field(DSL.selectCount().from(INTERVIEW).where(INTERVIEW.PROJECT_ID.eq(PROJECT.ID)));
        Field<Integer> respondents = DSL.field(DSL.selectCount().from(RESPONDENT).where(RESPONDENT.PROJECT_ID.eq(PROJECT.ID)));
        var condition = PROJECT.DELETED_AT.isNull();
        if (!includeArchived) {
            condition = condition.and(PROJECT.ARCHIVED.isFalse());
        }
        return dsl.select(PROJECT.asterisk(), interviews.as("INTERVIEWS"), respondents.as("RESPONDENTS"))
                .from(PROJECT)
                .where(condition)
                .orderBy(PROJECT.UPDATED_AT.desc(), PROJECT.ID.desc())
                .fetch(record -> toSummary(record, record.get("INTERVIEWS", Integer.class), record.get("RESPONDENTS", Integer.class)));
    }

    public List<Project> trash() {
        return dsl.selectFrom(PROJECT).where(PROJECT.DELETED_AT.isNotNull()).orderBy(PROJECT.DELETED_AT.desc())
                .fetch(ProjectRepository::toProject);
    }

    private void update(long id, Instant now, java.util.function.Consumer<ProjectRecord> change) {
        dsl.transaction(configuration -> {
            ProjectRecord record = DSL.using(configuration).selectFrom(PROJECT).where(PROJECT.ID.eq(id)).forUpdate().fetchOptional()
                    .orElseThrow(() -> new IllegalStateException("No project " + id));
            change.accept(record);
            record.setUpdatedAt(Timestamps.toDb(now));
            record.store();
        });
    }

    private static ProjectSummary toSummary(Record record, int interviews, int respondents) {
        return new ProjectSummary(
                record.get(PROJECT.ID),
                record.get(PROJECT.NAME),
                record.get(PROJECT.CLIENT_COMPANY),
                record.get(PROJECT.INDUSTRY),
                record.get(PROJECT.ARCHIVED),
                interviews,
                respondents,
                Timestamps.fromDb(record.get(PROJECT.UPDATED_AT)));
    }

    static Project toProject(ProjectRecord record) {
        return new Project(
                record.getId(),
                record.getName(),
                record.getClientCompany(),
                record.getIndustry(),
                record.getNotes(),
                Timestamps.fromDb(record.getCreatedAt()),
                Timestamps.fromDb(record.getUpdatedAt()),
                record.getArchived(),
                Optional.ofNullable(Timestamps.fromDb(record.getDeletedAt())));
    }
}
