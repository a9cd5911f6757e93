package org.icpworkbench.logic.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icpworkbench.logic.customer.CustomerMetrics;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.persistence.PortraitRepository;
import org.icpworkbench.logic.persistence.PortraitSourceRepository;
import org.icpworkbench.logic.portrait.PortraitInputs;
import org.icpworkbench.logic.portrait.PortraitSnapshots;
import org.icpworkbench.logic.portrait.ProposalEngine;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.CharacteristicDecision;
import org.icpworkbench.model.portrait.CharacteristicRow;
import org.icpworkbench.model.portrait.DecisionStatus;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.portrait.Proposal;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Completes a stored sample's portrait as its consultant left it, so that a newcomer sees a finished portrait at once:
 * every proposal with evidence accepted, the summary and anti-ICP written in the script, and version 1 published by
 * the project's consultant on {@code portrait.publishedOn} (moved with the customers' dates, so always the same number
 * of days before today) with its review date a year later.
 *
 * <p>The proposals are computed by {@link ProposalEngine} from the stored interviews, passages and customers, in the
 * sample's language, with the customer metrics as of the publication date, as the Portrait tab would have computed
 * them that day. Everything is written in one transaction.
 */
final class SamplePortrait {

    /** The time of day the decisions were taken and the portrait published, in the user's time zone. */
    private static final LocalTime DECIDED_AT = LocalTime.of(15, 30);
    private static final Duration UNTIL_PUBLISHED = Duration.ofMinutes(45);

    private final SampleProjectGenerator generator;

    SamplePortrait(SampleProjectGenerator generator) {
        this.generator = generator;
    }

    void complete(DSLContext dsl, long projectId, LocalDate today, ZoneId zone) {
        JsonNode script = generator.script().get("portrait");
        LocalDate published = generator.shifted(LocalDate.parse(script.get("publishedOn").asText()), today);
        Instant decided = published.atTime(DECIDED_AT).atZone(zone).toInstant();
        String consultant = generator.text(generator.script().get("project").get("consultant"));
        Messages messages = Messages.of(generator.language());

        dsl.transaction(configuration -> {
            DSLContext tx = DSL.using(configuration);
            PortraitInputs inputs = new PortraitSourceRepository(tx).load(projectId);
            CustomerMetricsReport metrics = CustomerMetrics.compute(inputs.customers(), published);
            List<Proposal> proposals = ProposalEngine.propose(inputs, metrics, messages);

            PortraitRepository portraits = new PortraitRepository(tx);
            for (Proposal proposal : proposals) {
                if (proposal.hasEvidence() && !proposal.value().isBlank()) {
                    portraits.saveDecision(projectId, new CharacteristicDecision(proposal.characteristic(),
                            DecisionStatus.ACCEPTED, proposal.value(), proposal.matchValues(), decided));
                }
            }
            portraits.saveSummary(projectId, generator.text(script.get("summary")), decided);
            portraits.replaceAntiIcp(projectId, antiIcp(script), decided);

            Map<Characteristic, CharacteristicDecision> decisions = portraits.decisions(projectId).stream()
                    .collect(Collectors.toMap(CharacteristicDecision::characteristic, Function.identity()));
            List<CharacteristicRow> rows = proposals.stream()
                    .map(proposal -> new CharacteristicRow(proposal, Optional.ofNullable(decisions.get(proposal.characteristic()))))
                    .toList();
            PortraitState state = new PortraitState(projectId, rows, portraits.summary(projectId),
                    portraits.antiIcp(projectId), portraits.versions(projectId), metrics);
            portraits.publish(projectId, consultant, published.plusYears(1), generator.text(script.get("note")),
                    PortraitSnapshots.of(state), decided.plus(UNTIL_PUBLISHED));
        });
    }

    /** The script's anti-ICP; an entry's {@code segment} is a key of the customer base's segments. */
    private List<AntiIcpEntry> antiIcp(JsonNode script) {
        JsonNode segments = generator.script().get("customerBase").get("segments");
        List<AntiIcpEntry> entries = new ArrayList<>();
        for (JsonNode entry : script.get("antiIcp")) {
            String segment = "";
            if (entry.hasNonNull("segment")) {
                JsonNode name = segments.get(entry.get("segment").asText());
                if (name == null) {
                    throw new IllegalStateException("Sample anti-ICP names unknown segment " + entry.get("segment"));
                }
                segment = generator.text(name);
            }
            entries.add(new AntiIcpEntry(0, generator.text(entry.get("statement")), generator.text(entry.get("reason")), segment));
        }
        return entries;
    }
}
