package org.icpworkbench.logic.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.model.common.Language;

/** The user-visible texts of one language, read from the {@code messages} resource bundles. */
public final class Messages {

    public static final String BUNDLE = "org.icpworkbench.i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
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

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, language.locale()).format(arguments);
    }

    /** A count with its noun, e.g. {@code plural("interviews", 5)}: the bundles hold .one, .few and .many forms. */
    public String plural(String noun, long count) {
        return get("plural." + noun + "." + PluralForm.of(language, count).key(), count);
    }

    public String describe(UserFacingException problem) {
        return get(problem.messageKey(), problem.arguments());
    }

    public <E extends Enum<E>> String name(E value) {
        return get(value.getDeclaringClass().getSimpleName().toLowerCase() + "." + value.name());
    }
}
