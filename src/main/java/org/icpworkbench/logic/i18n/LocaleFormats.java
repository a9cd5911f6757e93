package org.icpworkbench.logic.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.icpworkbench.model.common.Language;

/**
 * Numbers, money, signs and currency symbols as one language writes them ("2,400,000.5", «2 400 000,5»). The
 * formats are built once per thread and reused: a portrait recompute formats tens of thousands of numbers, and a
 * {@link NumberFormat} may not be shared between threads.
 *
 * <p>Two rounding modes stand side by side on purpose: the screens round as {@link NumberFormat} does by default (half
 * even), the proposals and the documents half up. Making them one would change figures people have already seen.
 */
public final class LocaleFormats {

    private enum Style { PLAIN, HALF_UP, MONEY_FRACTION, COMPACT }

    private final Language language;
    private final ThreadLocal<Map<Integer, NumberFormat>> formats = ThreadLocal.withInitial(HashMap::new);

    private LocaleFormats(Language language) {
        this.language = language;
    }

    /** For texts that are not in the {@code messages} bundles (documents); otherwise use {@link Messages#formats()}. */
    public static LocaleFormats of(Language language) {
        return new LocaleFormats(language);
    }

    /** Grouped, up to three decimals, rounded half even: the language's default ("1,234.568"). */
    public String number(Number value) {
        return format(Style.PLAIN, -1).format(value);
    }

    /** Grouped, up to {@code maxDecimals} decimals, rounded half even: figures on the screens. */
    public String number(Number value, int maxDecimals) {
        return format(Style.PLAIN, maxDecimals).format(value);
    }

    /** Grouped, up to {@code maxDecimals} decimals, rounded half up: figures in proposals and documents. */
    public String rounded(Number value, int maxDecimals) {
        return format(Style.HALF_UP, maxDecimals).format(value);
    }

    /** Money in documents: exactly two decimals unless the amount is whole ("1,200" or "1,200.50"), half up. */
    public String money(BigDecimal value) {
        boolean whole = value.stripTrailingZeros().scale() <= 0;
        return whole ? rounded(value, 0) : format(Style.MONEY_FRACTION, 2).format(value);
    }

    /** Short, for a chart's axis: "15M", «15 млн». */
    public String compact(double value) {
        return format(Style.COMPACT, -1).format(value);
    }

    /** A whole number with its sign, the minus as a real minus: "+12", "−8", "0". */
    public String signed(BigDecimal value) {
        String digits = rounded(value.abs(), 0);
        return value.signum() > 0 ? "+" + digits : value.signum() < 0 ? "\u2212" + digits : digits;
    }

    /** The symbol of an ISO 4217 code in this language ("$", "₽"), or the code as typed when it is not one. */
    public String currencySymbol(String code) {
        try {
            return Currency.getInstance(code).getSymbol(language.locale());
        } catch (IllegalArgumentException notIso) {
            return code;
        }
    }

    private NumberFormat format(Style style, int decimals) {
        return formats.get().computeIfAbsent(style.ordinal() * 100 + decimals + 1, key -> create(style, decimals));
    }

    private NumberFormat create(Style style, int decimals) {
        if (style == Style.COMPACT) {
            return NumberFormat.getCompactNumberInstance(language.locale(), NumberFormat.Style.SHORT);
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        if (decimals >= 0) {
            format.setMaximumFractionDigits(decimals);
        }
        if (style == Style.MONEY_FRACTION) {
            format.setMinimumFractionDigits(decimals);
        }
        if (style != Style.PLAIN) {
            format.setRoundingMode(RoundingMode.HALF_UP);
        }
        return format;
    }
}
