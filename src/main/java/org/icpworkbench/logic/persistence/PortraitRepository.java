package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.ANTI_ICP;
import static org.icpworkbench.logic.persistence.generated.Tables.CHARACTERISTIC_DECISION;
import static org.icpworkbench.logic.persistence.generated.Tables.PORTRAIT;
import static org.icpworkbench.logic.persistence.generated.Tables.PORTRAIT_VERSION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.persistence.generated.tables.records.PortraitVersionRecord;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.CharacteristicDecision;
import org.icpworkbench.model.portrait.DecisionStatus;
import org.icpworkbench.model.portrait.PortraitSnapshot;
import org.icpworkbench.model.portrait.PortraitVersion;
import org.icpworkbench.model.portrait.PortraitVersionInfo;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A project's portrait: characteristic decisions, summary, anti-ICP, and its published versions (never changed). */
public final class PortraitRepository {

    private final DSLContext dsl;

    public PortraitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<CharacteristicDecision> decisions(long projectId) {
        return dsl.selectFrom(CHARACTERISTIC_DECISION).where(CHARACTERISTIC_DECISION.PROJECT_ID.eq(projectId)).fetch()
                .stream()
                .flatMap(record -> Characteristic.named(record.getCharacteristic()).stream().map(characteristic ->
                        new CharacteristicDecision(characteristic, DecisionStatus.valueOf(record.getStatus()),
                                record.getValueText(), PortraitJson.readList(record.getMatchValues()),
                                Timestamps.fromDb(record.getDecidedAt()))))
                .sorted(java.util.Comparator.comparing(CharacteristicDecision::characteristic))
                .toList();
    }

    public void saveDecision(long projectId, CharacteristicDecision decision) {
        dsl.transaction(configuration -> DSL.using(configuration)
                .mergeInto(CHARACTERISTIC_DECISION)
                .using(DSL.selectOne())
                .on(CHARACTERISTIC_DECISION.PROJECT_ID.eq(projectId)
                        .and(CHARACTERISTIC_DECISION.CHARACTERISTIC.eq(decision.characteristic().name())))
                .whenMatchedThenUpdate()
                .set(CHARACTERISTIC_DECISION.STATUS, decision.status().name())
                .set(CHARACTERISTIC_DECISION.VALUE_TEXT, decision.value())
                .set(CHARACTERISTIC_DECISION.MATCH_VALUES, PortraitJson.writeList(decision.matchValues()))
                .set(CHARACTERISTIC_DECISION.DECIDED_AT, Timestamps.toDb(decision.decidedAt()))
                .whenNotMatchedThenInsert(CHARACTERISTIC_DECISION.PROJECT_ID, CHARACTERISTIC_DECISION.CHARACTERISTIC,
                        CHARACTERISTIC_DECISION.STATUS, CHARACTERISTIC_DECISION.VALUE_TEXT,
                        CHARACTERISTIC_DECISION.MATCH_VALUES, CHARACTERISTIC_DECISION.DECIDED_AT)
                .values(projectId, decision.characteristic().name(), decision.status().name(), decision.value(),
                        PortraitJson.writeList(decision.matchValues()), Timestamps.toDb(decision.decidedAt()))
                .execute());
    }

    public void clearDecision(long projectId, Characteristic characteristic) {
        dsl.transaction(configuration -> DSL.using(configuration).deleteFrom(CHARACTERISTIC_DECISION)
                .where(CHARACTERISTIC_DECISION.PROJECT_ID.eq(projectId))
                .and(CHARACTERISTIC_DECISION.CHARACTERISTIC.eq(characteristic.name()))
                .execute());
    }

    public String summary(long projectId) {
        return dsl.select(PORTRAIT.SUMMARY).from(PORTRAIT).where(PORTRAIT.PROJECT_ID.eq(projectId))
                .fetchOptional(PORTRAIT.SUMMARY).orElse("");
    }

    public void saveSummary(long projectId, String summary, Instant now) {
        dsl.transaction(configuration -> DSL.using(configuration)
                .mergeInto(PORTRAIT)
                .using(DSL.selectOne())
                .on(PORTRAIT.PROJECT_ID.eq(projectId))
                .whenMatchedThenUpdate().set(PORTRAIT.SUMMARY, summary).set(PORTRAIT.UPDATED_AT, Timestamps.toDb(now))
                .whenNotMatchedThenInsert(PORTRAIT.PROJECT_ID, PORTRAIT.SUMMARY, PORTRAIT.UPDATED_AT)
                .values(projectId, summary, Timestamps.toDb(now))
                .execute());
    }

    public List<AntiIcpEntry> antiIcp(long projectId) {
        return dsl.selectFrom(ANTI_ICP).where(ANTI_ICP.PROJECT_ID.eq(projectId)).orderBy(ANTI_ICP.POSITION, ANTI_ICP.ID)
                .fetch(record -> new AntiIcpEntry(record.getId(), record.getStatement(), record.getReason(), record.getSegment()));
    }

    /** Replaces the project's anti-ICP with {@code entries}, in their order, in one transaction. */
    public void replaceAntiIcp(long projectId, List<AntiIcpEntry> entries, Instant now) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.deleteFrom(ANTI_ICP).where(ANTI_ICP.PROJECT_ID.eq(projectId)).execute();
            int position = 0;
            for (AntiIcpEntry entry : entries) {
                tx.insertInto(ANTI_ICP, ANTI_ICP.PROJECT_ID, ANTI_ICP.POSITION, ANTI_ICP.STATEMENT, ANTI_ICP.REASON,
                                ANTI_ICP.SEGMENT, ANTI_ICP.UPDATED_AT)
                        .values(projectId, position++, entry.statement(), entry.reason(), entry.segment(), Timestamps.toDb(now))
                        .execute();
            }
        });
    }

    public List<PortraitVersionInfo> versions(long projectId) {
        return dsl.selectFrom(PORTRAIT_VERSION).where(PORTRAIT_VERSION.PROJECT_ID.eq(projectId))
                .orderBy(PORTRAIT_VERSION.NUMBER.desc()).fetch(PortraitRepository::info);
    }

    public Optional<PortraitVersion> version(long versionId) {
        return dsl.selectFrom(PORTRAIT_VERSION).where(PORTRAIT_VERSION.ID.eq(versionId)).fetchOptional()
                .map(record -> new PortraitVersion(info(record), PortraitJson.readSnapshot(record.getSnapshot())));
    }

    /** Stores a new version numbered one past the project's last. */
    public PortraitVersionInfo publish(long projectId, String author, LocalDate reviewDate, String note,
            PortraitSnapshot snapshot, Instant now) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Integer last = tx.select(DSL.max(PORTRAIT_VERSION.NUMBER)).from(PORTRAIT_VERSION)
                    .where(PORTRAIT_VERSION.PROJECT_ID.eq(projectId)).fetchOne(0, Integer.class);
            PortraitVersionRecord record = tx.newRecord(PORTRAIT_VERSION);
            record.setProjectId(projectId);
            record.setNumber(last == null ? 1 : last + 1);
            record.setPublishedAt(Timestamps.toDb(now));
            record.setAuthor(author);
            record.setReviewDate(reviewDate);
            record.setNote(note);
            record.setSnapshot(PortraitJson.writeSnapshot(snapshot));
            record.store();
            return info(record);
        });
    }

    private static PortraitVersionInfo info(PortraitVersionRecord record) {
        return new PortraitVersionInfo(record.getId(), record.getProjectId(), record.getNumber(),
                Timestamps.fromDb(record.getPublishedAt()), record.getAuthor(), record.getReviewDate(), record.getNote());
    }
}
