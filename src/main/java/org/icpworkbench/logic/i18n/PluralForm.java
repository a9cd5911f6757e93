package org.icpworkbench.logic.i18n;

import java.math.BigDecimal;
import org.icpworkbench.model.common.Language;

/** The grammatical number a count takes: Russian has three forms (1 респондент, 2 респондента, 5 респондентов). */
public enum PluralForm {
    ONE, FEW, MANY;

    public String key() {
        return name().toLowerCase();
    }

    public static PluralForm of(Language language, long count) {
        long n = Math.abs(count);
        if (language == Language.EN) {
            return n == 1 ? ONE : MANY;
        }
        long lastTwo = n % 100;
        long last = n % 10;
        if (last == 1 && lastTwo != 11) {
            return ONE;
        }
        if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) {
            return FEW;
        }
        return MANY;
    }

    /** A whole amount as {@link #of(Language, long)}; a fraction as Russian counts fractions («1,5 недели»). */
    public static PluralForm of(Language language, BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            return of(language, stripped.longValue());
        }
        return language == Language.RU ? FEW : MANY;
    }
}
