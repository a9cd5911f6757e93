package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.PROSPECT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.persistence.generated.tables.records.ProspectRecord;
import org.icpworkbench.model.scorecard.Prospect;
import org.icpworkbench.model.scorecard.ProspectData;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A project's prospect list: companies entered by hand or imported, to be scored against the scorecard. */
public final class ProspectRepository {

    private final DSLContext dsl;

    public ProspectRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Prospect create(long projectId, ProspectData data, Instant now) {
        return dsl.transactionResult(configuration -> insert(DSL.using(configuration), projectId, data, now));
    }

    /** Stores every prospect in one transaction, or none; returns them in the order given. */
    public List<Prospect> insertAll(long projectId, List<ProspectData> prospects, Instant now) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            List<Prospect> stored = new ArrayList<>(prospects.size());
            for (ProspectData data : prospects) {
                stored.add(insert(tx, projectId, data, now));
            }
            return stored;
        });
    }

    public Optional<Prospect> find(long prospectId) {
        return dsl.selectFrom(PROSPECT).where(PROSPECT.ID.eq(prospectId)).fetchOptional().map(ProspectRepository::toProspect);
    }

    public void update(long prospectId, ProspectData data) {
        dsl.transaction(configuration -> {
            ProspectRecord record = DSL.using(configuration).selectFrom(PROSPECT).where(PROSPECT.ID.eq(prospectId))
                    .forUpdate().fetchOptional().orElseThrow(() -> new IllegalStateException("No prospect " + prospectId));
            fill(record, data);
            record.store();
        });
    }

    public void delete(long prospectId) {
        dsl.transaction(configuration -> DSL.using(configuration).deleteFrom(PROSPECT).where(PROSPECT.ID.eq(prospectId)).execute());
    }

    /** The project's prospects by name (case-insensitive), then id. */
    public List<Prospect> forProject(long projectId) {
        return dsl.selectFrom(PROSPECT).where(PROSPECT.PROJECT_ID.eq(projectId))
                .orderBy(DSL.lower(PROSPECT.NAME), PROSPECT.ID).fetch().stream().map(ProspectRepository::toProspect).toList();
    }

    public int count(long projectId) {
        return dsl.fetchCount(PROSPECT, PROSPECT.PROJECT_ID.eq(projectId));
    }

    private static Prospect insert(DSLContext tx, long projectId, ProspectData data, Instant now) {
        ProspectRecord record = tx.newRecord(PROSPECT);
        record.setProjectId(projectId);
        fill(record, data);
        record.setCreatedAt(Timestamps.toDb(now));
        record.store();
        return toProspect(record);
    }

    private static void fill(ProspectRecord record, ProspectData data) {
        record.setName(data.name());
        record.setSegment(data.segment());
        record.setIndustry(data.industry());
        record.setSizeBand(data.sizeBand());
        record.setRegion(data.region());
        record.setAnnualRevenue(data.annualRevenue().map(amount -> amount.setScale(2, RoundingMode.HALF_UP)).orElse(null));
        record.setDecisionMaker(data.decisionMaker());
        record.setChannel(data.channel());
        record.setNotes(data.notes());
    }

    private static Prospect toProspect(ProspectRecord record) {
        BigDecimal revenue = record.getAnnualRevenue();
        return new Prospect(record.getId(), record.getProjectId(), new ProspectData(record.getName(), record.getSegment(),
                record.getIndustry(), record.getSizeBand(), record.getRegion(), Optional.ofNullable(revenue),
                record.getDecisionMaker(), record.getChannel(), record.getNotes()));
    }
}
