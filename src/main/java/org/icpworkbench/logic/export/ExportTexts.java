package org.icpworkbench.logic.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.ResourceBundle;
import org.icpworkbench.logic.i18n.PluralForm;
import org.icpworkbench.model.common.Language;

/** The texts, numbers, dates and plural forms of exported documents in one language ({@code export} bundles). */
final class ExportTexts {

    static final String BUNDLE = "org.icpworkbench.i18n.export";

    private final Language language;
    private final ResourceBundle bundle;

    private ExportTexts(Language language) {
        this.language = language;
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
        BigDecimal stripped = amount.stripTrailingZeros();
        PluralForm form;
        if (stripped.scale() <= 0) {
            form = PluralForm.of(language, stripped.longValue());
        } else {
            form = language == Language.RU ? PluralForm.FEW : PluralForm.MANY;
        }
        return find(prefix + "." + form.key(), number(amount));
    }

    /** A number as people write it here: "2,400,000.5" or «2 400 000,5», at most two decimals. */
    String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** A number with exactly two decimals unless it is whole: money. */
    String amount(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(get("format.date"), language.locale()).format(date);
    }
}
