package org.icpworkbench.model.common;

import java.util.Objects;

/** A text written in every language of the application. */
public record LocalizedText(String en, String ru) {

    public LocalizedText {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(ru, "ru");
    }

    public String in(Language language) {
        return language == Language.RU ? ru : en;
    }
}
