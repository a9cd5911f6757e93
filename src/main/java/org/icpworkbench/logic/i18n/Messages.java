package org.icpworkbench.logic.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.model.common.Language;

/**
 * The user-visible texts of one language, read from the {@code messages} resource bundles, and the one place that
 * formats numbers and plurals for them ({@link #formats()}). Parsed patterns are kept per thread: a portrait
 * recompute formats tens of thousands of texts, and parsing each anew dominated it.
 */
public final class Messages {

    public static final String BUNDLE = "org.icpworkbench.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;
    private final LocaleFormats formats;
    private final ThreadLocal<Map<String, MessageFormat>> patterns = ThreadLocal.withInitial(HashMap::new);

    private Messages(Language language) {
        this.language = language;
        this.formats = LocaleFormats.of(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Language language) {
        return new Messages(language);
    }

    public Language language() {
        return language;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** Numbers, money and currency symbols in this language. */
    public LocaleFormats formats() {
        return formats;
    }

    public String get(String key, Object... arguments) {
        Map<String, MessageFormat> parsed = patterns.get();
        MessageFormat format = parsed.get(key);
        if (format == null) {
            try {
                format = new MessageFormat(bundle.getString(key), language.locale());
            } catch (MissingResourceException e) {
                return "!" + key + "!";
            }
            parsed.put(key, format);
        }
        return format.format(arguments);
    }

    /** A count with its noun, e.g. {@code plural("interviews", 5)}: the bundles hold .one, .few and .many forms. */
    public String plural(String noun, long count) {
        return get("plural." + noun + "." + PluralForm.of(language, count).key(), count);
    }

    /**
     * An amount with its noun from keys {@code plural.<noun>.one|few|many}, the amount already formatted, e.g.
     * "1.5 months", «1,5 месяца»: a fraction takes the form {@link PluralForm#of(Language, BigDecimal)} gives it.
     */
    public String plural(String noun, BigDecimal amount, String formattedAmount) {
        return get("plural." + noun + "." + PluralForm.of(language, amount).key(), formattedAmount);
    }

    public String describe(UserFacingException problem) {
        return get(problem.messageKey(), problem.arguments());
    }

    public <E extends Enum<E>> String name(E value) {
        return get(value.getDeclaringClass().getSimpleName().toLowerCase() + "." + value.name());
    }
}
