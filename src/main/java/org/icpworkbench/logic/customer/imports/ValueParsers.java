package org.icpworkbench.logic.customer.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpworkbench.logic.i18n.NumberParser;
import org.icpworkbench.logic.i18n.NumberParser.Notation;
import org.icpworkbench.model.customer.CustomerStatus;

/**
 * Parses the text of one cell as a spreadsheet user writes it, in Russian or English. Blank cells give an empty
 * value, never a failure; failures carry a message key ({@code import.problem.*}) and the offending text.
 *
 * <p>Numbers ({@link NumberParser}, notation {@link Notation#SPREADSHEET}; the overloads taking a {@link Notation}
 * read what a user types in a dialog): spaces, non-breaking and narrow non-breaking spaces are thousands separators; when both {@code ,} and
 * {@code .} occur the last one is the decimal separator; when only one of them occurs once and is followed by
 * exactly three digits ("1,234", "1.234") it is a thousands separator, otherwise ("35,5", "12.50") it is the
 * decimal separator; repeated, it is a thousands separator. Currency signs ₽ $ € and the words руб., руб, р., RUB,
 * USD, EUR are ignored, and so is a trailing "?" (what Excel writes for ₽ when it saves a CSV in Windows-1251,
 * which has no rouble sign). A leading minus (or −) makes a number negative.
 *
 * <p>Percentages: "35", "35%", "35,5 %" are 35 and 35.5 percent. A number without a percent sign whose absolute
 * value is below 1 (e.g. 0.355, as an Excel percentage cell stores it) is taken as a fraction and multiplied by 100.
 * A margin of exactly 1 or below 1 % must therefore be written with the sign ("0,5 %").
 *
 * <p>Dates: dd.MM.yyyy (also d.M.yyyy), yyyy-MM-dd (an ISO time after it is ignored), dd/MM/yyyy, and Excel serial
 * numbers between 1 (1900-01-01) and 2958465 (9999-12-31) when a whole number is given.
 */
public final class ValueParsers {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009]+");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})([T ].*)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final LocalDate EXCEL_1904 = LocalDate.of(1904, 1, 1);

    private static final Set<String> ACTIVE = Set.of("active", "customer", "evangelist", "current", "yes", "client",
            "closed won", "won", "активный", "активная", "активен", "активна", "действующий", "действующая",
            "текущий", "клиент", "да", "работаем", "успешно реализовано", "успешно", "покупатель");
    private static final Set<String> CHURNED = Set.of("churned", "churn", "former", "former customer", "lost",
            "closed lost", "inactive", "cancelled", "canceled", "ex-customer", "no", "ушёл", "ушел", "ушла",
            "ушедший", "ушедшая", "отток", "бывший", "бывший клиент", "неактивный", "неактивная", "потерян",
            "потерянный", "закрыто и не реализовано", "не реализовано", "нет", "отказ", "расторгнут");

    private ValueParsers() {
    }

    /** A number with optional currency and thousands separators, e.g. "1 234 567,89 ₽" or "$1,234,567.89". */
    public static Parsed<BigDecimal> number(String text) {
        return parsed(NumberParser.amount(text, Notation.SPREADSHEET), text, Notation.SPREADSHEET,
                "import.problem.number.invalid");
    }

    /** A money amount that may not be negative. */
    public static Parsed<BigDecimal> money(String text) {
        return notNegative(number(text), text);
    }

    /** A money amount typed in the interface language, e.g. in a dialog; ambiguous text is a failure. */
    public static Parsed<BigDecimal> money(String text, Notation notation) {
        return notNegative(amount(text, notation), text);
    }

    /** An amount typed in the interface language, which may be negative; ambiguous text is a failure. */
    public static Parsed<BigDecimal> amount(String text, Notation notation) {
        return parsed(NumberParser.amount(text, notation), text, notation, "import.problem.number.invalid");
    }

    /** A plain number typed in the interface language; ambiguous text is a failure. */
    public static Parsed<BigDecimal> number(String text, Notation notation) {
        return parsed(NumberParser.number(text, notation), text, notation, "import.problem.number.invalid");
    }

    /** A percentage typed in the interface language, with or without "%" (no fraction rule). */
    public static Parsed<BigDecimal> percent(String text, Notation notation) {
        return parsed(NumberParser.percent(text, notation), text, notation, "import.problem.percent.invalid");
    }

    private static Parsed<BigDecimal> notNegative(Parsed<BigDecimal> parsed, String text) {
        if (parsed.value().isPresent() && parsed.value().get().signum() < 0) {
            return Parsed.failure("import.problem.money.negative", shortened(text));
        }
        return parsed;
    }

    /** The parser's result as a cell value, with the message key for text that is no number. */
    static Parsed<BigDecimal> parsed(NumberParser.Result result, String text, Notation notation, String invalidKey) {
        if (result.ambiguous()) {
            return Parsed.failure("import.problem.number.ambiguous", shortened(text),
                    notation.format(result.readings().get(0)), notation.format(result.readings().get(1)));
        }
        if (result.invalid()) {
            return Parsed.failure(invalidKey, shortened(text));
        }
        return result.value().map(Parsed::of).orElseGet(Parsed::blank);
    }

    /** A percentage: "35", "35 %", "35,5%"; a value below 1 without a sign is a fraction (0.355 → 35.5). */
    public static Parsed<BigDecimal> percent(String text) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return Parsed.blank();
        }
        boolean sign = cleaned.endsWith("%");
        Optional<BigDecimal> value = NumberParser.number(sign ? cleaned.substring(0, cleaned.length() - 1) : cleaned,
                Notation.SPREADSHEET).value();
        if (value.isEmpty()) {
            return Parsed.failure("import.problem.percent.invalid", shortened(text));
        }
        BigDecimal percent = value.get();
        if (!sign && percent.signum() != 0 && percent.abs().compareTo(BigDecimal.ONE) < 0) {
            percent = percent.movePointRight(2);
        }
        BigDecimal stripped = percent.stripTrailingZeros();
        return Parsed.of(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    /** A whole number, with optional thousands separators ("1 200"); "12.0" from a spreadsheet is 12. */
    public static Parsed<Integer> integer(String text) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return Parsed.blank();
        }
        Optional<BigDecimal> value = NumberParser.number(cleaned, Notation.SPREADSHEET).value();
        if (value.isEmpty()) {
            return Parsed.failure("import.problem.integer.invalid", shortened(text));
        }
        try {
            return Parsed.of(value.get().stripTrailingZeros().intValueExact());
        } catch (ArithmeticException e) {
            return Parsed.failure("import.problem.integer.invalid", shortened(text));
        }
    }

    /** An NPS score, a whole number 0–10. */
    public static Parsed<Integer> nps(String text) {
        Parsed<Integer> parsed = integer(text);
        if (parsed.value().isPresent() && (parsed.value().get() < 0 || parsed.value().get() > 10)) {
            return Parsed.failure("import.problem.nps.range", shortened(text));
        }
        return parsed;
    }

    /** A date as dd.MM.yyyy, yyyy-MM-dd, dd/MM/yyyy or an Excel serial number. */
    public static Parsed<LocalDate> date(String text) {
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return Parsed.blank();
        }
        try {
            Matcher dotted = DOTTED.matcher(cleaned);
            if (dotted.matches()) {
                return Parsed.of(LocalDate.of(Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)),
                        Integer.parseInt(dotted.group(1))));
            }
            Matcher iso = ISO.matcher(cleaned);
            if (iso.matches()) {
                return Parsed.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            if (SERIAL.matcher(cleaned).matches()) {
                Optional<LocalDate> serial = excelSerialDate(new BigDecimal(cleaned), false);
                if (serial.isPresent()) {
                    return Parsed.of(serial.get());
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            // falls through to the failure
        }
        return Parsed.failure("import.problem.date.invalid", shortened(text));
    }

    /** A status word in Russian or English (HubSpot lifecycle stages, amoCRM and Bitrix24 deal stages). */
    public static Parsed<CustomerStatus> status(String text) {
        String cleaned = clean(text).toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("[.!]+$", "");
        if (cleaned.isEmpty()) {
            return Parsed.blank();
        }
        String words = SPACES.matcher(cleaned).replaceAll(" ");
        if (ACTIVE.contains(words)) {
            return Parsed.of(CustomerStatus.ACTIVE);
        }
        if (CHURNED.contains(words) || words.startsWith("churn") || words.startsWith("former")
                || words.startsWith("lost") || words.startsWith("ушел") || words.startsWith("ушёл")) {
            return Parsed.of(CustomerStatus.CHURNED);
        }
        return Parsed.failure("import.problem.status.unknown", shortened(text));
    }

    /** The date an Excel serial number stands for (1900 system with its phantom 29 Feb 1900, or 1904 system). */
    public static Optional<LocalDate> excelSerialDate(BigDecimal serial, boolean date1904) {
        if (serial == null || serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return Optional.empty();
        }
        long days = serial.setScale(0, RoundingMode.FLOOR).longValue();
        if (date1904) {
            return Optional.of(EXCEL_1904.plusDays(days));
        }
        if (days < 1) {
            return Optional.empty();
        }
        return Optional.of(days < 61 ? EXCEL_EPOCH.plusDays(days + 1) : EXCEL_EPOCH.plusDays(days));
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip().replace('\u00A0', ' ').strip();
    }

    /** The cell text for a message, at most 60 characters. */
    static String shortened(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }
}
