package org.icpworkbench.model.scorecard;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What is known about a prospect: the same firmographics as a customer account, plus the final decision maker and
 * the acquisition channel as option keys of the questionnaire ({@code cfo}, {@code referral} …; "" when unknown).
 * The annual revenue is what the prospect could spend with us a year (the budget), in the project's currency.
 */
public record ProspectData(String name, String segment, String industry, String sizeBand, String region,
        Optional<BigDecimal> annualRevenue, String decisionMaker, String channel, String notes) {

    public ProspectData {
        name = orEmpty(name);
        segment = orEmpty(segment);
        industry = orEmpty(industry);
        sizeBand = orEmpty(sizeBand);
        region = orEmpty(region);
        annualRevenue = annualRevenue == null ? Optional.empty() : annualRevenue;
        decisionMaker = orEmpty(decisionMaker);
        channel = orEmpty(channel);
        notes = orEmpty(notes);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
