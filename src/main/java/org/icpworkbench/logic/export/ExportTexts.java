package org.icpworkbench.logic.export;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.ResourceBundle;
import org.icpworkbench.logic.i18n.LocaleFormats;
import org.icpworkbench.logic.i18n.PluralForm;
import org.icpworkbench.model.common.Language;

/** The texts, numbers, dates and plural forms of exported documents in one language ({@code export} bundles). */
final class ExportTexts {

    static final String BUNDLE = "org.icpworkbench.i18n.export";

    private final Language language;
    private final ResourceBundle bundle;
    private final LocaleFormats formats;

    private ExportTexts(Language language) {
        this.language = language;
        this.formats = LocaleFormats.of(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static ExportTexts of(Language language) {
        return new ExportTexts(language);
    }

    Language language() {
        return language;
    }

    /** The text of a key with its {@code {0}}… filled in; arguments should be formatted strings already. */
    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments);
    }

    Optional<String> find(String key, Object... arguments) {
        return bundle.containsKey(key) ? Optional.of(get(key, arguments)) : Optional.empty();
    }

    /**
     * An amount with its noun from keys {@code <prefix>.one|few|many}: "1 week", "6 weeks", «2 недели», «6 недель».
     * A fractional amount takes the form Russian uses for fractions (the genitive singular, «1,5 недели»).
     */
    Optional<String> plural(String prefix, BigDecimal amount) {
        return find(prefix + "." + PluralForm.of(language, amount).key(), number(amount));
    }

    /** A number as people write it here: "2,400,000.5" or «2 400 000,5», at most two decimals. */
    String number(BigDecimal value) {
        return formats.rounded(value, 2);
    }

    /** A number with exactly two decimals unless it is whole: money. */
    String amount(BigDecimal value) {
        return formats.money(value);
    }

    /** The symbol of an ISO 4217 code ("$", "₽"), or the code as typed. */
    String currencySymbol(String code) {
        return formats.currencySymbol(code);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("format.date"), language.locale()).format(date);
    }
}
