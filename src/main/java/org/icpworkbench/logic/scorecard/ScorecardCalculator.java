package org.icpworkbench.logic.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.scorecard.AccountKind;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.CustomerScores;
import org.icpworkbench.model.scorecard.IcpShare;
import org.icpworkbench.model.scorecard.ProspectData;
import org.icpworkbench.model.scorecard.Scorecard;
import org.icpworkbench.model.scorecard.ScoreLine;
import org.icpworkbench.model.scorecard.ScoreLine.Outcome;
import org.icpworkbench.model.scorecard.ScoredAccount;
import org.icpworkbench.model.scorecard.Tier;

/**
 * Scores accounts against a scorecard; a pure function. Score = round(100 × Σ weight of matched criteria ÷ Σ weight
 * of all criteria), half-up, disqualifiers left out of both sums; no scoring criterion means 0. A value the account
 * lacks scores nothing and is reported as unknown. Any disqualifier that hits makes the tier DISQUALIFIED (the
 * score is kept); otherwise tier A from {@code tierA}, B from {@code tierB}, else C. Texts are compared ignoring
 * case, surrounding and repeated spaces, and ё/е.
 */
public final class ScorecardCalculator {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScorecardCalculator() {
    }

    /** What an account offers to the criteria: its texts by kind and its annual revenue. */
    private record Facts(AccountKind kind, long id, String name, Map<CriterionKind, String> texts,
            Optional<BigDecimal> revenue) {
    }

    public static ScoredAccount scoreCustomer(Scorecard scorecard, Customer customer) {
        CustomerData data = customer.data();
        Map<CriterionKind, String> texts = new EnumMap<>(CriterionKind.class);
        texts.put(CriterionKind.INDUSTRY, data.industry());
        texts.put(CriterionKind.SIZE_BAND, data.sizeBand());
        texts.put(CriterionKind.REGION, data.region());
        texts.put(CriterionKind.SEGMENT, data.segment());
        return score(scorecard, new Facts(AccountKind.CUSTOMER, customer.id(), data.name(), texts, data.annualRevenue()));
    }

    /** Scores a prospect; {@code id} is 0 for one that is not stored. */
    public static ScoredAccount scoreProspect(Scorecard scorecard, long id, ProspectData data) {
        Map<CriterionKind, String> texts = new EnumMap<>(CriterionKind.class);
        texts.put(CriterionKind.INDUSTRY, data.industry());
        texts.put(CriterionKind.SIZE_BAND, data.sizeBand());
        texts.put(CriterionKind.REGION, data.region());
        texts.put(CriterionKind.SEGMENT, data.segment());
        texts.put(CriterionKind.DECISION_MAKER, data.decisionMaker());
        texts.put(CriterionKind.CHANNEL, data.channel());
        return score(scorecard, new Facts(AccountKind.PROSPECT, id, data.name(), texts, data.annualRevenue()));
    }

    /** Every customer scored, in the order given, and the ICP share of the active ones (question 21). */
    public static CustomerScores scoreCustomers(Scorecard scorecard, List<Customer> customers) {
        List<ScoredAccount> accounts = customers.stream().map(customer -> scoreCustomer(scorecard, customer)).toList();
        int active = 0;
        int tierA = 0;
        BigDecimal activeRevenue = BigDecimal.ZERO;
        BigDecimal tierARevenue = BigDecimal.ZERO;
        for (int i = 0; i < customers.size(); i++) {
            CustomerData data = customers.get(i).data();
            if (data.status() != CustomerStatus.ACTIVE) {
                continue;
            }
            BigDecimal revenue = data.annualRevenue().orElse(BigDecimal.ZERO);
            active++;
            activeRevenue = activeRevenue.add(revenue);
            if (accounts.get(i).tier() == Tier.A) {
                tierA++;
                tierARevenue = tierARevenue.add(revenue);
            }
        }
        IcpShare share = new IcpShare(active, tierA, percent(BigDecimal.valueOf(tierA), BigDecimal.valueOf(active)),
                activeRevenue, tierARevenue, percent(tierARevenue, activeRevenue));
        return new CustomerScores(scorecard, accounts, share);
    }

    private static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP));
    }

    private static ScoredAccount score(Scorecard scorecard, Facts facts) {
        List<ScoreLine> lines = new ArrayList<>(scorecard.criteria().size());
        int gained = 0;
        int possible = 0;
        boolean disqualified = false;
        for (Criterion criterion : scorecard.criteria()) {
            ScoreLine line = line(criterion, facts);
            lines.add(line);
            gained += line.pointsGained();
            possible += line.pointsPossible();
            disqualified |= line.outcome() == Outcome.DISQUALIFIED;
        }
        int score = possible == 0 ? 0 : (200 * gained + possible) / (2 * possible);
        Tier tier = disqualified ? Tier.DISQUALIFIED : scorecard.tierOf(score);
        return new ScoredAccount(facts.kind(), facts.id(), facts.name(), score, tier, lines);
    }

    private static ScoreLine line(Criterion criterion, Facts facts) {
        int possible = criterion.disqualifier() ? 0 : criterion.weight();
        if (criterion.kind().isThreshold()) {
            Optional<BigDecimal> figure = facts.revenue();
            String shown = figure.map(BigDecimal::toPlainString).orElse("");
            if (figure.isEmpty() || criterion.threshold().isEmpty()) {
                return new ScoreLine(criterion, 0, possible, Outcome.UNKNOWN, shown);
            }
            boolean atLeast = figure.get().compareTo(criterion.threshold().get()) >= 0;
            return outcome(criterion, possible, criterion.disqualifier() ? !atLeast : atLeast, shown);
        }
        if (!facts.texts().containsKey(criterion.kind())) {
            // Customer accounts have no such field: the criterion cannot be met or missed, so it does not count.
            return new ScoreLine(criterion, 0, 0, Outcome.NOT_RECORDED, "");
        }
        String value = facts.texts().get(criterion.kind());
        String key = normalize(value);
        if (key.isEmpty()) {
            return new ScoreLine(criterion, 0, possible, Outcome.UNKNOWN, "");
        }
        boolean inList = criterion.values().stream().anyMatch(item -> normalize(item).equals(key));
        return outcome(criterion, possible, inList, value.strip());
    }

    /** {@code hit}: the criterion's condition holds (matched, or for a disqualifier: disqualifies). */
    private static ScoreLine outcome(Criterion criterion, int possible, boolean hit, String shown) {
        if (criterion.disqualifier()) {
            return new ScoreLine(criterion, 0, 0, hit ? Outcome.DISQUALIFIED : Outcome.NOT_MATCHED, shown);
        }
        return new ScoreLine(criterion, hit ? possible : 0, possible, hit ? Outcome.MATCHED : Outcome.NOT_MATCHED, shown);
    }

    /** Lower case, ё as е, spaces collapsed and trimmed: the form in which values are compared. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(text.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll(" ").strip();
    }
}
