package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW;
import static org.icpworkbench.logic.persistence.generated.Tables.RESPONDENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.persistence.generated.tables.records.RespondentRecord;
import org.icpworkbench.model.respondent.NewRespondent;
import org.icpworkbench.model.respondent.Respondent;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The people interviewed for a project. */
public final class RespondentRepository {

    private final DSLContext dsl;

    public RespondentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Respondent create(long projectId, NewRespondent respondent, Instant now) {
        return dsl.transactionResult(configuration -> {
            RespondentRecord record = DSL.using(configuration).newRecord(RESPONDENT);
            record.setProjectId(projectId);
            record.setName(respondent.name());
            record.setRole(respondent.role());
            record.setCompany(respondent.company());
            record.setContact(respondent.contact());
            record.setConsentGiven(respondent.consentGiven());
            record.setConsentDate(respondent.consentDate().orElse(null));
            record.setCreatedAt(Timestamps.toDb(now));
            record.store();
            return toRespondent(record);
        });
    }

    public List<Respondent> forProject(long projectId) {
        return dsl.selectFrom(RESPONDENT).where(RESPONDENT.PROJECT_ID.eq(projectId))
                .orderBy(RESPONDENT.NAME, RESPONDENT.ID)
                .fetch(RespondentRepository::toRespondent);
    }

    static Respondent toRespondent(RespondentRecord record) {
        return new Respondent(record.getId(), record.getProjectId(), record.getName(), record.getRole(), record.getCompany(),
                record.getContact(), record.getConsentGiven(), Optional.ofNullable(record.getConsentDate()));
    }

    /**
     * Deletes the respondent with every interview they gave — answers, notes, coded passages and quotes go with them
     * (the keys cascade) — in one transaction; returns the project, or empty when there is no such respondent.
     */
    public java.util.Optional<Long> erase(long respondentId) {
        return dsl.transactionResult(configuration -> {
            org.jooq.DSLContext tx = org.jooq.impl.DSL.using(configuration);
            java.util.Optional<Long> project = tx.select(RESPONDENT.PROJECT_ID).from(RESPONDENT)
                    .where(RESPONDENT.ID.eq(respondentId)).fetchOptional(RESPONDENT.PROJECT_ID);
            if (project.isPresent()) {
                tx.deleteFrom(INTERVIEW).where(INTERVIEW.RESPONDENT_ID.eq(respondentId)).execute();
                tx.deleteFrom(RESPONDENT).where(RESPONDENT.ID.eq(respondentId)).execute();
            }
            return project;
        });
    }
}
