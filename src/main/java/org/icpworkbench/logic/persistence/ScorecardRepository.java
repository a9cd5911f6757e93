package org.icpworkbench.logic.persistence;

import static org.icpworkbench.logic.persistence.generated.Tables.SCORECARD;
import static org.icpworkbench.logic.persistence.generated.Tables.SCORECARD_CRITERION;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.persistence.generated.tables.records.ScorecardCriterionRecord;
import org.icpworkbench.logic.persistence.generated.tables.records.ScorecardRecord;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.Scorecard;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** A project's fit scorecard: its tier thresholds and its criteria in order. */
public final class ScorecardRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DSLContext dsl;

    public ScorecardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The saved scorecard, empty when the project never saved one. */
    public Optional<Scorecard> find(long projectId) {
        Optional<ScorecardRecord> card = dsl.selectFrom(SCORECARD).where(SCORECARD.PROJECT_ID.eq(projectId)).fetchOptional();
        if (card.isEmpty()) {
            return Optional.empty();
        }
        List<Criterion> criteria = dsl.selectFrom(SCORECARD_CRITERION)
                .where(SCORECARD_CRITERION.PROJECT_ID.eq(projectId))
                .orderBy(SCORECARD_CRITERION.POSITION, SCORECARD_CRITERION.ID)
                .fetch().stream().map(ScorecardRepository::toCriterion).toList();
        return Optional.of(new Scorecard(criteria, card.get().getTierA(), card.get().getTierB()));
    }

    /** Replaces the project's scorecard (thresholds and every criterion) in one transaction; returns it with ids. */
    public Scorecard save(long projectId, Scorecard scorecard, Instant now) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            int updated = tx.update(SCORECARD)
                    .set(SCORECARD.TIER_A, scorecard.tierA())
                    .set(SCORECARD.TIER_B, scorecard.tierB())
                    .set(SCORECARD.UPDATED_AT, Timestamps.toDb(now))
                    .where(SCORECARD.PROJECT_ID.eq(projectId)).execute();
            if (updated == 0) {
                tx.insertInto(SCORECARD, SCORECARD.PROJECT_ID, SCORECARD.TIER_A, SCORECARD.TIER_B, SCORECARD.UPDATED_AT)
                        .values(projectId, scorecard.tierA(), scorecard.tierB(), Timestamps.toDb(now)).execute();
            }
            tx.deleteFrom(SCORECARD_CRITERION).where(SCORECARD_CRITERION.PROJECT_ID.eq(projectId)).execute();
            List<Criterion> stored = new ArrayList<>(scorecard.criteria().size());
            int position = 0;
            for (Criterion criterion : scorecard.criteria()) {
                ScorecardCriterionRecord record = tx.newRecord(SCORECARD_CRITERION);
                record.setProjectId(projectId);
                record.setPosition(position++);
                record.setKind(criterion.kind().name());
                record.setMatchValues(writeList(criterion.values()));
                record.setThreshold(criterion.threshold().map(ScorecardRepository::money).orElse(null));
                record.setWeight(criterion.weight());
                record.setDisqualifier(criterion.disqualifier());
                record.setReason(criterion.reason());
                record.store();
                stored.add(toCriterion(record));
            }
            return new Scorecard(stored, scorecard.tierA(), scorecard.tierB());
        });
    }

    /** Forgets the project's scorecard, so that defaults apply again. */
    public void delete(long projectId) {
        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            tx.deleteFrom(SCORECARD_CRITERION).where(SCORECARD_CRITERION.PROJECT_ID.eq(projectId)).execute();
            tx.deleteFrom(SCORECARD).where(SCORECARD.PROJECT_ID.eq(projectId)).execute();
        });
    }

    private static Criterion toCriterion(ScorecardCriterionRecord record) {
        return new Criterion(record.getId(), CriterionKind.valueOf(record.getKind()), readList(record.getMatchValues()),
                Optional.ofNullable(record.getThreshold()), record.getWeight(), Boolean.TRUE.equals(record.getDisqualifier()),
                record.getReason());
    }

    /** Stored with 2 decimals (half-up), so what is returned equals what is read back. */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String writeList(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> readList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scorecard values are not valid JSON", e);
        }
    }
}
