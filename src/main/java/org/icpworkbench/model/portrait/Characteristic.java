package org.icpworkbench.model.portrait;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.model.questionnaire.Audience;

/**
 * A key characteristic of the ideal customer (step 2). Questions name the characteristics they feed
 * ({@code Question.characteristics()} holds these names); each belongs to one portrait section and is answered
 * first of all by one audience, whose number of respondents measures its coverage.
 */
public enum Characteristic {
    INDUSTRY(PortraitSection.WHO_THEY_ARE, Audience.SERVICE_TEAM),
    COMPANY_SIZE(PortraitSection.WHO_THEY_ARE, Audience.SERVICE_TEAM),
    REVENUE_BAND(PortraitSection.WHO_THEY_ARE, Audience.SERVICE_TEAM),
    GEOGRAPHY(PortraitSection.WHO_THEY_ARE, Audience.SERVICE_TEAM),
    MOST_PROFITABLE_SEGMENT(PortraitSection.WHO_THEY_ARE, Audience.PROFITABILITY),
    ICP_SHARE(PortraitSection.WHO_THEY_ARE, Audience.PROFITABILITY),
    GOALS(PortraitSection.WHAT_THEY_WANT, Audience.SALES),
    WHY_THEY_BUY(PortraitSection.WHAT_THEY_WANT, Audience.CUSTOMERS),
    DECISIVE_FEATURES(PortraitSection.WHAT_THEY_WANT, Audience.CUSTOMERS),
    ACQUISITION_CHANNEL(PortraitSection.HOW_THEY_BUY, Audience.SALES),
    SALES_CYCLE(PortraitSection.HOW_THEY_BUY, Audience.SALES),
    BUYING_COMMITTEE(PortraitSection.HOW_THEY_BUY, Audience.SALES),
    DECISION_MAKER(PortraitSection.HOW_THEY_BUY, Audience.SALES),
    FIRST_PURCHASE(PortraitSection.HOW_THEY_BUY, Audience.SALES),
    OBJECTIONS(PortraitSection.HOW_THEY_BUY, Audience.SALES),
    BUYING_EXPERIENCE(PortraitSection.HOW_THEY_BUY, Audience.CUSTOMERS),
    DAY_TO_DAY_CONTACT(PortraitSection.HOW_THEY_BUY, Audience.SERVICE_TEAM),
    WHY_THEY_STAY(PortraitSection.WHY_THEY_STAY, Audience.CUSTOMERS),
    TIME_TO_VALUE(PortraitSection.WHY_THEY_STAY, Audience.SERVICE_TEAM),
    LIFETIME(PortraitSection.WHY_THEY_STAY, Audience.SERVICE_TEAM),
    REPEAT_PURCHASES(PortraitSection.WHY_THEY_STAY, Audience.SALES),
    LOYALTY(PortraitSection.WHY_THEY_STAY, Audience.CUSTOMERS),
    IMPROVEMENT_REQUESTS(PortraitSection.WHY_THEY_STAY, Audience.CUSTOMERS),
    PRODUCTS_BOUGHT(PortraitSection.WHAT_THEY_BUY, Audience.SERVICE_TEAM),
    TOP_PRODUCTS(PortraitSection.WHAT_THEY_BUY, Audience.PROFITABILITY),
    UNUSED_PRODUCTS(PortraitSection.WHAT_THEY_BUY, Audience.PROFITABILITY),
    GAPS(PortraitSection.WHAT_THEY_BUY, Audience.PROFITABILITY),
    PROFIT_LEVERS(PortraitSection.WHAT_THEY_BUY, Audience.PROFITABILITY);

    /** Respondents of the characteristic's audience needed before its evidence counts as covered. */
    public static final int RESPONDENTS_NEEDED = 3;

    private final PortraitSection section;
    private final Audience audience;

    Characteristic(PortraitSection section, Audience audience) {
        this.section = section;
        this.audience = audience;
    }

    public PortraitSection section() {
        return section;
    }

    /** The audience that should answer the questions feeding this characteristic. */
    public Audience audience() {
        return audience;
    }

    public static List<Characteristic> of(PortraitSection section) {
        return Arrays.stream(values()).filter(characteristic -> characteristic.section == section).toList();
    }

    /** The characteristic a question names, if it is one of these (customised questions may name none). */
    public static Optional<Characteristic> named(String name) {
        return Arrays.stream(values()).filter(characteristic -> characteristic.name().equals(name)).findFirst();
    }
}
