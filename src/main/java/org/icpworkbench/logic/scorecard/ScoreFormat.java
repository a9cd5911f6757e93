package org.icpworkbench.logic.scorecard;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.icpworkbench.logic.common.SafeCsv;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.IcpShare;
import org.icpworkbench.model.scorecard.Scorecard;
import org.icpworkbench.model.scorecard.ScoreLine;
import org.icpworkbench.model.scorecard.ScoredAccount;
import org.icpworkbench.model.scorecard.Tier;

/**
 * Scored accounts for the command line: readable text, CSV (a row per account, then a blank line and the summary)
 * or JSON. Tiers and outcomes are written as their constant names in CSV and JSON; explanations in the language of
 * {@code messages}. The summary is the ICP share for customers and the count per tier for prospects.
 */
public final class ScoreFormat {

    /** What was scored, and against which scorecard. */
    public record Report(Scorecard scorecard, Optional<String> derivedFromSegment, List<ScoredAccount> accounts,
            Optional<IcpShare> share) {

        public Report {
            accounts = List.copyOf(accounts);
        }
    }

    private final Messages messages;
    private final ScoreExplanations explanations;

    public ScoreFormat(Messages messages) {
        this.messages = messages;
        this.explanations = new ScoreExplanations(messages);
    }

    public String text(Report report) {
        StringBuilder out = new StringBuilder();
        for (ScoredAccount account : report.accounts()) {
            out.append(explanations.heading(account)).append('\n');
            for (String line : explanations.lines(account)) {
                out.append("  ").append(line).append('\n');
            }
        }
        if (!report.accounts().isEmpty()) {
            out.append('\n');
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /** The closing line: the ICP share for customers, the tiers for prospects. */
    public String summary(Report report) {
        if (report.share().isPresent()) {
            return explanations.share(report.share().get());
        }
        Map<Tier, Integer> tiers = tiers(report.accounts());
        return messages.get("scorecard.prospects.summary", report.accounts().size(), tiers.get(Tier.A), tiers.get(Tier.B),
                tiers.get(Tier.C), tiers.get(Tier.DISQUALIFIED));
    }

    /** The scorecard's criteria, one line each, e.g. "Industry (weight 5): Food distribution, Auto parts". */
    public List<String> criteria(Scorecard scorecard) {
        return scorecard.criteria().stream().map(this::criterion).toList();
    }

    private String criterion(Criterion criterion) {
        String name = explanations.criterion(criterion.kind());
        String values = criterion.kind().isThreshold()
                ? criterion.threshold().map(explanations::amount).orElse("")
                : String.join(", ", criterion.values().stream().map(v -> explanations.value(criterion.kind(), v)).toList());
        if (criterion.disqualifier()) {
            return messages.get("scorecard.criterionLine.disqualifier", name, values, criterion.reason());
        }
        return messages.get("scorecard.criterionLine", name, criterion.weight(), values);
    }

    public String csv(Report report) {
        return SafeCsv.text(CSVFormat.DEFAULT, printer -> {
            printer.printRecord("kind", "id", "name", "score", "tier", "explanation");
            for (ScoredAccount account : report.accounts()) {
                printer.printRecord(account.kind().name(), account.id() == 0 ? "" : account.id(), account.name(),
                        account.score(), account.tier().name(), String.join("; ", explanations.lines(account)));
            }
            printer.println();
            if (report.share().isPresent()) {
                IcpShare share = report.share().get();
                printer.printRecord("activeCustomers", "tierACustomers", "customerSharePercent", "activeRevenue",
                        "tierARevenue", "revenueSharePercent");
                printer.printRecord(share.activeCustomers(), share.tierACustomers(),
                        share.customerSharePercent().map(Object::toString).orElse(""), share.activeRevenue().toPlainString(),
                        share.tierARevenue().toPlainString(), share.revenueSharePercent().map(Object::toString).orElse(""));
            } else {
                Map<Tier, Integer> tiers = tiers(report.accounts());
                printer.printRecord("prospects", "tierA", "tierB", "tierC", "disqualified");
                printer.printRecord(report.accounts().size(), tiers.get(Tier.A), tiers.get(Tier.B), tiers.get(Tier.C),
                        tiers.get(Tier.DISQUALIFIED));
            }
        });
    }

    public String json(Report report) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode card = root.putObject("scorecard");
        card.put("source", report.derivedFromSegment().isPresent() ? "derived" : "saved");
        report.derivedFromSegment().ifPresent(segment -> card.put("derivedFromSegment", segment));
        card.put("tierA", report.scorecard().tierA());
        card.put("tierB", report.scorecard().tierB());
        ArrayNode criteria = card.putArray("criteria");
        for (Criterion criterion : report.scorecard().criteria()) {
            ObjectNode node = criteria.addObject();
            node.put("kind", criterion.kind().name());
            ArrayNode values = node.putArray("values");
            criterion.values().forEach(values::add);
            criterion.threshold().ifPresentOrElse(amount -> node.put("threshold", amount), () -> node.putNull("threshold"));
            node.put("weight", criterion.weight());
            node.put("disqualifier", criterion.disqualifier());
            node.put("reason", criterion.reason());
        }
        ArrayNode accounts = root.putArray("accounts");
        for (ScoredAccount account : report.accounts()) {
            ObjectNode node = accounts.addObject();
            node.put("kind", account.kind().name());
            if (account.id() == 0) {
                node.putNull("id");
            } else {
                node.put("id", account.id());
            }
            node.put("name", account.name());
            node.put("score", account.score());
            node.put("tier", account.tier().name());
            ArrayNode lines = node.putArray("lines");
            for (ScoreLine line : account.lines()) {
                ObjectNode entry = lines.addObject();
                entry.put("criterion", line.criterion().kind().name());
                entry.put("outcome", line.outcome().name());
                entry.put("pointsGained", line.pointsGained());
                entry.put("pointsPossible", line.pointsPossible());
                entry.put("value", line.accountValue());
                entry.put("explanation", explanations.line(line));
            }
        }
        if (report.share().isPresent()) {
            IcpShare share = report.share().get();
            ObjectNode node = root.putObject("icpShare");
            node.put("activeCustomers", share.activeCustomers());
            node.put("tierACustomers", share.tierACustomers());
            share.customerSharePercent().ifPresentOrElse(p -> node.put("customerSharePercent", p),
                    () -> node.putNull("customerSharePercent"));
            node.put("activeRevenue", share.activeRevenue());
            node.put("tierARevenue", share.tierARevenue());
            share.revenueSharePercent().ifPresentOrElse(p -> node.put("revenueSharePercent", p),
                    () -> node.putNull("revenueSharePercent"));
        } else {
            Map<Tier, Integer> tiers = tiers(report.accounts());
            ObjectNode node = root.putObject("tiers");
            tiers.forEach((tier, count) -> node.put(tier.name(), count));
        }
        root.put("summary", summary(report));
        try {
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Tier, Integer> tiers(List<ScoredAccount> accounts) {
        Map<Tier, Integer> counts = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            counts.put(tier, 0);
        }
        accounts.forEach(account -> counts.merge(account.tier(), 1, Integer::sum));
        return counts;
    }
}
