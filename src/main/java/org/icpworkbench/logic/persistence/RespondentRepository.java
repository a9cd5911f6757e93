package org.icpworkbench.logic.persistence;

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
}
