package org.icpworkbench.logic.portrait;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.i18n.LocaleFormats;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.questionnaire.FieldOption;

/** The texts the rules share: shares, ranges, counted and most common values, money, option labels. */
final class ProposalTexts {

    static final int MAX_VALUES = 3;
    static final int MAX_ITEMS = 5;

    private final Messages messages;
    private final LocaleFormats formats;
    private final Language language;

    ProposalTexts(Messages messages) {
        this.messages = messages;
        this.formats = messages.formats();
        this.language = messages.language();
    }

    Messages messages() {
        return messages;
    }

    Language language() {
        return language;
    }

    /** A number rounded half up to at most {@code decimals} decimals. */
    String format(BigDecimal number, int decimals) {
        return formats.rounded(number, decimals);
    }

    String signed(BigDecimal number) {
        return formats.signed(number);
    }

    String currencySymbol(String code) {
        return code.isEmpty() ? "" : formats.currencySymbol(code);
    }

    /** "4 of 6 respondents". */
    String share(int part, int whole) {
        return messages.get("portrait.proposal.share", part, messages.plural("portrait.ofRespondents", whole));
    }

    /** "4 of 6 customers". */
    String customerShare(int part, int whole) {
        return messages.get("portrait.proposal.share", part, messages.plural("portrait.ofCustomers", whole));
    }

    /** "median (min–max), n answers", or "value, n answers" when all are the same. */
    String range(String median, String min, String max, boolean same, int count) {
        String answers = messages.plural("portrait.answers", count);
        return same ? messages.get("portrait.proposal.median.single", median, answers)
                : messages.get("portrait.proposal.median", median, min, max, answers);
    }

    String money(Optional<BigDecimal> amount) {
        return amount.map(value -> format(value, 0)).orElseGet(() -> messages.get("portrait.proposal.unknown"));
    }

    String optionLabel(List<FieldOption> options, String key) {
        for (FieldOption option : options) {
            if (option.key().equals(key)) {
                return option.label().in(language);
            }
        }
        return key;
    }

    /** Up to 3 values named by at least 2 respondents, else the most common one: "value — 4 of 6 respondents". */
    Fragment mostCommon(Tally tally, int considered, java.util.Map<Long, String> valueTexts) {
        if (tally.isEmpty()) {
            return Fragment.empty();
        }
        List<Tally.Item> ranked = tally.ranked();
        List<Tally.Item> shown = ranked.stream().filter(item -> item.respondents.size() >= 2).limit(MAX_VALUES).toList();
        if (shown.isEmpty()) {
            shown = List.of(ranked.getFirst());
        }
        List<String> texts = new ArrayList<>();
        for (Tally.Item item : shown) {
            texts.add(messages.get("portrait.proposal.item", item.label, share(item.respondents.size(), considered)));
        }
        return Tally.fragment(String.join("; ", texts), shown.stream().map(item -> item.matchValue).toList(), shown,
                considered, valueTexts);
    }

    /** The 5 items named by most respondents: "tag (3 respondents), …". */
    String counted(List<Tally.Item> shown) {
        return String.join(", ", shown.stream().map(item -> messages.get("portrait.proposal.counted", item.label,
                messages.plural("respondents", item.respondents.size()))).toList());
    }
}
