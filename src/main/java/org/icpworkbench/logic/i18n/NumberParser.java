package org.icpworkbench.logic.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpworkbench.model.common.Language;

/**
 * Reads numbers, amounts and percentages as people write them — the one parser behind every field that takes a
 * number (interview values, customer and prospect dialogs, scorecard thresholds) and the customer file import.
 *
 * <p>Typed in a language ({@link Notation#ENGLISH}, {@link Notation#RUSSIAN}): spaces (also non-breaking and
 * narrow) separate thousands in groups of three; the language's decimal mark (English {@code .}, Russian {@code ,})
 * is decimal; English also groups thousands with {@code ,}. A text with both marks takes the last one as decimal
 * ("1.234,5" = 1234.5). A single mark that can only be a decimal mark is one ("35,5" in English = 35.5, "35.5" in
 * Russian). A single mark followed by exactly three digits after one to three digits can be either, and then:
 * English {@code ,} groups ("420,000" = 420000); a language's decimal mark is decimal in a plain number but
 * ambiguous in an amount, because amounts are not written with three decimals ("420,000" as a Russian amount,
 * "420.000" as an English one); a Russian {@code .} is ambiguous. Ambiguous text is refused with both readings,
 * never guessed.
 *
 * <p>From a spreadsheet file ({@link Notation#SPREADSHEET}, ADR 0012): either notation; with both marks the last is
 * decimal; a single mark followed by exactly three digits groups thousands, otherwise it is decimal.
 */
public final class NumberParser {

    /** Whose conventions apply. */
    public enum Notation {
        ENGLISH('.'),
        RUSSIAN(','),
        SPREADSHEET('.');

        private final char decimalMark;

        Notation(char decimalMark) {
            this.decimalMark = decimalMark;
        }

        public static Notation of(Language language) {
            return language == Language.RU ? RUSSIAN : ENGLISH;
        }

        /** A number as this notation writes it: "420,000.5" in English, "420 000,5" in Russian. */
        public String format(BigDecimal value) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
            symbols.setDecimalSeparator(decimalMark);
            symbols.setGroupingSeparator(this == RUSSIAN ? ' ' : ',');
            symbols.setMinusSign('-');
            DecimalFormat format = new DecimalFormat(this == SPREADSHEET ? "0.#" : "#,##0.#", symbols);
            format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
            format.setParseBigDecimal(true);
            return format.format(value);
        }
    }

    /**
     * What was read: a value, nothing (blank text), or a failure — text that is no number, or an ambiguous one with
     * its two readings.
     */
    public record Result(Optional<BigDecimal> value, boolean invalid, List<BigDecimal> readings) {

        public Result {
            readings = List.copyOf(readings);
        }

        static Result of(BigDecimal value) {
            return new Result(Optional.of(value), false, List.of());
        }

        static Result blank() {
            return new Result(Optional.empty(), false, List.of());
        }

        static Result invalidText() {
            return new Result(Optional.empty(), true, List.of());
        }

        static Result ambiguous(BigDecimal first, BigDecimal second) {
            return new Result(Optional.empty(), false, List.of(first, second));
        }

        public boolean ambiguous() {
            return !readings.isEmpty();
        }

        public boolean failed() {
            return invalid || ambiguous();
        }
    }

    private static final Pattern CURRENCY = Pattern.compile("(?iu)(₽|\\$|€|руб\\.?|р\\.|RUB|USD|EUR|\\?$)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\u2009]+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern FIRST_GROUP = Pattern.compile("[1-9]\\d{0,2}");
    private static final int MAX_LENGTH = 40;

    private NumberParser() {
    }

    /** A plain number. */
    public static Result number(String text, Notation notation) {
        return read(clean(text), notation, false);
    }

    /** An amount of money: currency signs and words (₽ $ € руб. RUB USD EUR) are ignored. */
    public static Result amount(String text, Notation notation) {
        return read(CURRENCY.matcher(clean(text)).replaceAll(""), notation, true);
    }

    /** A percentage: a number with or without a trailing {@code %}, as written (no fraction rule). */
    public static Result percent(String text, Notation notation) {
        String cleaned = clean(text);
        return number(cleaned.endsWith("%") ? cleaned.substring(0, cleaned.length() - 1) : cleaned, notation);
    }

    private static String clean(String text) {
        return text == null ? "" : SPACES.matcher(text.strip()).replaceAll(" ").replace('\u2212', '-');
    }

    private static Result read(String text, Notation notation, boolean amount) {
        String s = text.strip();
        if (s.isEmpty()) {
            return Result.blank();
        }
        boolean negative = s.startsWith("-");
        String body = negative ? s.substring(1).strip() : s;
        if (body.isEmpty() || body.length() > MAX_LENGTH) {
            return Result.invalidText();
        }
        Result unsigned = notation == Notation.SPREADSHEET ? spreadsheet(body.replace(" ", ""))
                : typed(body, notation, amount);
        return negative ? negate(unsigned) : unsigned;
    }

    private static Result negate(Result result) {
        if (result.value().isPresent()) {
            return Result.of(result.value().get().negate());
        }
        if (result.ambiguous()) {
            return Result.ambiguous(result.readings().get(0).negate(), result.readings().get(1).negate());
        }
        return result;
    }

    private static Result typed(String body, Notation notation, boolean amount) {
        int commas = count(body, ',');
        int dots = count(body, '.');
        if (commas > 0 && dots > 0) {
            char decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            if (count(body, decimal) > 1) {
                return Result.invalidText();
            }
            int at = body.lastIndexOf(decimal);
            return decimal(grouped(body.substring(0, at), group), body.substring(at + 1));
        }
        if (commas + dots == 0) {
            return integer(grouped(body, ' '));
        }
        char mark = commas > 0 ? ',' : '.';
        if (commas + dots > 1) {
            return integer(grouped(body, mark));
        }
        int at = body.indexOf(mark);
        String before = body.substring(0, at);
        String after = body.substring(at + 1);
        boolean couldGroup = FIRST_GROUP.matcher(before).matches() && after.length() == 3 && DIGITS.matcher(after).matches();
        if (!couldGroup) {
            return decimal(grouped(before, ' '), after);
        }
        BigDecimal asThousands = new BigDecimal(before + after);
        BigDecimal asDecimal = new BigDecimal(before + "." + after);
        if (notation == Notation.ENGLISH && mark == ',') {
            return Result.of(asThousands);
        }
        if (mark == notation.decimalMark && !amount) {
            return Result.of(asDecimal);
        }
        return Result.ambiguous(asThousands, asDecimal);
    }

    /**
     * The digits of an integer part whose thousands are grouped by {@code group} or spaces (one of them, in groups of
     * three after the first); null when the grouping is broken.
     */
    private static String grouped(String part, char group) {
        if (part.isEmpty() || DIGITS.matcher(part).matches()) {
            return part;
        }
        boolean spaces = part.indexOf(' ') >= 0;
        boolean marks = group != ' ' && part.indexOf(group) >= 0;
        if (spaces && marks) {
            return null;
        }
        String[] groups = part.split(Pattern.quote(String.valueOf(spaces ? ' ' : group)), -1);
        if (!FIRST_GROUP.matcher(groups[0]).matches()) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3 || !DIGITS.matcher(groups[i]).matches()) {
                return null;
            }
        }
        return String.join("", groups);
    }

    private static Result integer(String digits) {
        if (digits == null || !DIGITS.matcher(digits).matches()) {
            return Result.invalidText();
        }
        return Result.of(new BigDecimal(digits));
    }

    private static Result decimal(String integerDigits, String fraction) {
        if (integerDigits == null || !DIGITS.matcher(fraction).matches()) {
            return Result.invalidText();
        }
        if (!integerDigits.isEmpty() && !DIGITS.matcher(integerDigits).matches()) {
            return Result.invalidText();
        }
        return Result.of(new BigDecimal((integerDigits.isEmpty() ? "0" : integerDigits) + "." + fraction));
    }

    /** ADR 0012's rules for a cell of a file whose notation is not known. */
    private static Result spreadsheet(String s) {
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        String normal;
        if (lastComma >= 0 && lastDot >= 0) {
            char decimalMark = lastComma > lastDot ? ',' : '.';
            char thousands = decimalMark == ',' ? '.' : ',';
            if (s.indexOf(decimalMark) != s.lastIndexOf(decimalMark)) {
                return Result.invalidText();
            }
            normal = s.replace(String.valueOf(thousands), "").replace(decimalMark, '.');
        } else if (lastComma >= 0 || lastDot >= 0) {
            char mark = lastComma >= 0 ? ',' : '.';
            int first = s.indexOf(mark);
            int last = s.lastIndexOf(mark);
            String before = s.substring(0, last);
            if (first != last || s.length() - last - 1 == 3 && !before.isEmpty() && !before.equals("0")) {
                normal = s.replace(String.valueOf(mark), "");
            } else {
                normal = s.replace(mark, '.');
            }
        } else {
            normal = s;
        }
        if (normal.startsWith(".")) {
            normal = "0" + normal;
        }
        if (!PLAIN.matcher(normal).matches() || normal.startsWith("-")) {
            return Result.invalidText();
        }
        return Result.of(new BigDecimal(normal));
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
