package org.icpworkbench.model.common;

import java.util.Locale;
import java.util.Optional;

/** The languages the application is written in. */
public enum Language {
    EN(Locale.ENGLISH),
    RU(Locale.forLanguageTag("ru"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String tag() {
        return locale.getLanguage();
    }

    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag().equalsIgnoreCase(tag.trim())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of the given locale when the application speaks it, else English. */
    public static Language of(Locale locale) {
        return fromTag(locale.getLanguage()).orElse(EN);
    }
}
