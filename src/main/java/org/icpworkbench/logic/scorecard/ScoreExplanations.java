package org.icpworkbench.logic.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.IcpShare;
import org.icpworkbench.model.scorecard.ScoreLine;
import org.icpworkbench.model.scorecard.ScoredAccount;
import org.icpworkbench.model.scorecard.Tier;

/** Says in the user's language what each criterion made of an account, for the scorecard tab and the command line. */
public final class ScoreExplanations {

    private final Messages messages;

    public ScoreExplanations(Messages messages) {
        this.messages = messages;
    }

    /** E.g. "Industry “Food distribution” is in the list (+5 of 5)". */
    public String line(ScoreLine line) {
        Criterion criterion = line.criterion();
        String name = criterion(criterion.kind());
        String value = value(criterion.kind(), line.accountValue());
        boolean threshold = criterion.kind().isThreshold();
        Object limit = criterion.threshold().map(amount -> (Object) amount).orElse("");
        return switch (line.outcome()) {
            case NOT_RECORDED -> messages.get("scorecard.line.notRecorded", name);
            case UNKNOWN -> criterion.disqualifier() ? messages.get("scorecard.line.disqualifierUnknown", name)
                    : messages.get("scorecard.line.unknown", name, line.pointsPossible());
            case DISQUALIFIED -> criterion.reason().isBlank()
                    ? messages.get(threshold ? "scorecard.line.disqualifiedBelow" : "scorecard.line.disqualified", name, value, limit)
                    : messages.get(threshold ? "scorecard.line.disqualifiedBelowBecause" : "scorecard.line.disqualifiedBecause",
                            name, value, criterion.reason(), limit);
            case NOT_MATCHED -> criterion.disqualifier()
                    ? messages.get(threshold ? "scorecard.line.notDisqualifiedThreshold" : "scorecard.line.notDisqualified",
                            name, value, limit)
                    : messages.get(threshold ? "scorecard.line.below" : "scorecard.line.notInList", name, value,
                            line.pointsGained(), line.pointsPossible(), limit);
            case MATCHED -> messages.get(threshold ? "scorecard.line.atLeast" : "scorecard.line.inList", name, value,
                    line.pointsGained(), line.pointsPossible(), limit);
        };
    }

    public List<String> lines(ScoredAccount account) {
        List<String> texts = new ArrayList<>(account.lines().size());
        account.lines().forEach(line -> texts.add(line(line)));
        return texts;
    }

    /** E.g. "Riverside Foods — 92 points, tier A". */
    public String heading(ScoredAccount account) {
        return messages.get("scorecard.account", account.name(), account.score(), tier(account.tier()));
    }

    public String tier(Tier tier) {
        return messages.get("scorecard.tier." + tier.name());
    }

    public String criterion(CriterionKind kind) {
        return messages.get("scorecard.criterion." + kind.name());
    }

    /** An account's or criterion's value as shown: option keys by their labels, money as a number. */
    public String value(CriterionKind kind, String value) {
        if (kind.isThreshold()) {
            return value.isBlank() ? "" : amount(new BigDecimal(value));
        }
        return ScorecardOptions.label(kind, value, messages.language());
    }

    /** Money as the language writes it, up to 2 decimals: "1,600,000" or "1 600 000". */
    public String amount(BigDecimal amount) {
        return messages.formats().number(amount, 2);
    }

    /** Question 21: "7 of 18 active customers are tier A (38.9 %); they bring … of the annual revenue (…)". */
    public String share(IcpShare share) {
        if (share.activeCustomers() == 0) {
            return messages.get("scorecard.share.none");
        }
        BigDecimal customerShare = share.customerSharePercent().orElse(BigDecimal.ZERO);
        if (share.revenueSharePercent().isEmpty()) {
            return messages.get("scorecard.share.noRevenue", share.tierACustomers(), share.activeCustomers(), customerShare);
        }
        return messages.get("scorecard.share", share.tierACustomers(), share.activeCustomers(), customerShare,
                share.tierARevenue(), share.activeRevenue(), share.revenueSharePercent().get());
    }
}
