package org.icpworkbench.logic.archive;

import java.util.HashSet;
import java.util.Set;
import org.icpworkbench.logic.persistence.PortraitJson;
import org.icpworkbench.model.archive.ProjectArchive;

/** Checks the ICP entries of an archive, which refer to no other entry: portrait, versions, scorecard, prospects. */
final class IcpEntriesValidator {

    private final ProjectArchive archive;

    IcpEntriesValidator(ProjectArchive archive) {
        this.archive = archive;
    }

    void portrait() {
        At at = new At("portrait.json", "$");
        var portrait = archive.portrait();
        at.text(portrait.summary(), "summary", 0);
        at.optionalInstant(portrait.updatedAt(), "updatedAt");
        if (portrait.updatedAt() == null && !portrait.summary().isEmpty()) {
            throw at.field("updatedAt").problem("archive.invalid.required");
        }
        at.list(portrait.decisions(), "decisions");
        Set<Object> characteristics = new HashSet<>();
        for (int i = 0; i < portrait.decisions().size(); i++) {
            var decision = portrait.decisions().get(i);
            At decisionAt = at.field("decisions").index(i);
            decisionAt.required(decision.characteristic(), "characteristic");
            if (!characteristics.add(decision.characteristic())) {
                throw decisionAt.field("characteristic").problem("archive.invalid.duplicate",
                        decision.characteristic().name());
            }
            decisionAt.required(decision.status(), "status");
            decisionAt.text(decision.value(), "value", 0);
            decisionAt.strings(decision.matchValues(), "matchValues");
            decisionAt.instant(decision.decidedAt(), "decidedAt");
        }
        at.list(portrait.antiIcp(), "antiIcp");
        for (int i = 0; i < portrait.antiIcp().size(); i++) {
            var entry = portrait.antiIcp().get(i);
            At entryAt = at.field("antiIcp").index(i);
            entryAt.text(entry.statement(), "statement", 1000);
            entryAt.text(entry.reason(), "reason", 0);
            entryAt.text(entry.segment(), "segment", 200);
            entryAt.instant(entry.updatedAt(), "updatedAt");
        }
    }

    void versions() {
        Set<Integer> numbers = new HashSet<>();
        At.each("versions.json", archive.versions(), (at, version) -> {
            at.range(version.number(), "number", 1, Integer.MAX_VALUE);
            if (!numbers.add(version.number())) {
                throw at.field("number").problem("archive.invalid.duplicate", Integer.toString(version.number()));
            }
            at.instant(version.publishedAt(), "publishedAt");
            at.text(version.author(), "author", 200);
            at.date(version.reviewDate(), "reviewDate");
            at.text(version.note(), "note", 0);
            at.text(version.snapshot(), "snapshot", 0);
            try {
                PortraitJson.readSnapshot(version.snapshot()).getClass();
            } catch (RuntimeException e) {
                throw at.field("snapshot").problem("archive.invalid.json");
            }
        });
    }

    void scorecard() {
        var card = archive.scorecard();
        if (card == null) {
            return;
        }
        At at = new At("scorecard.json", "$");
        at.instant(card.updatedAt(), "updatedAt");
        at.list(card.criteria(), "criteria");
        for (int i = 0; i < card.criteria().size(); i++) {
            var criterion = card.criteria().get(i);
            At criterionAt = at.field("criteria").index(i);
            criterionAt.required(criterion.kind(), "kind");
            criterionAt.strings(criterion.matchValues(), "matchValues");
            criterionAt.decimal(criterion.threshold(), "threshold", 19, 2);
            criterionAt.text(criterion.reason(), "reason", 1000);
        }
    }

    void prospects() {
        At.each("prospects.json", archive.prospects(), (at, prospect) -> {
            at.text(prospect.name(), "name", 400);
            at.text(prospect.segment(), "segment", 200);
            at.text(prospect.industry(), "industry", 200);
            at.text(prospect.sizeBand(), "sizeBand", 100);
            at.text(prospect.region(), "region", 200);
            at.decimal(prospect.annualRevenue(), "annualRevenue", 19, 2);
            at.text(prospect.decisionMaker(), "decisionMaker", 40);
            at.text(prospect.channel(), "channel", 40);
            at.text(prospect.notes(), "notes", 0);
            at.instant(prospect.createdAt(), "createdAt");
        });
    }
}
