package org.icpworkbench.logic.archive;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiConsumer;

/** Where a value sits: an entry and a JSON path in it. */
record At(String entry, String path) {

    private static final int YEAR_MIN = 1;
    private static final int YEAR_MAX = 9999;

    At field(String name) {
        return new At(entry, path + "." + name);
    }

    At index(int i) {
        return new At(entry, path + "[" + i + "]");
    }

    ArchiveException problem(String key, Object... more) {
        Object[] arguments = new Object[more.length + 2];
        arguments[0] = entry;
        arguments[1] = path;
        System.arraycopy(more, 0, arguments, 2, more.length);
        return new ArchiveException(key, arguments);
    }

    /** A required text no longer than {@code max} characters (0: no limit), well-formed UTF-16. */
    void text(String value, String name, int max) {
        At at = field(name);
        if (value == null) {
            throw at.problem("archive.invalid.required");
        }
        if (max > 0 && value.length() > max) {
            throw at.problem("archive.invalid.tooLong", Integer.toString(max));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw at.problem("archive.invalid.text");
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c == 0) {
                throw at.problem("archive.invalid.text");
            }
        }
    }

    void nonBlank(String value, String name, int max) {
        text(value, name, max);
        if (value.isBlank()) {
            throw field(name).problem("archive.invalid.blank");
        }
    }

    /** A text that may be null. */
    void optionalText(String value, String name, int max) {
        if (value != null) {
            text(value, name, max);
        }
    }

    void required(Object value, String name) {
        if (value == null) {
            throw field(name).problem("archive.invalid.required");
        }
    }

    void instant(Instant value, String name) {
        required(value, name);
        optionalInstant(value, name);
    }

    void optionalInstant(Instant value, String name) {
        if (value != null) {
            int year;
            try {
                year = value.atOffset(ZoneOffset.UTC).getYear();
            } catch (RuntimeException e) {
                year = Integer.MIN_VALUE;
            }
            if (year < YEAR_MIN || year > YEAR_MAX) {
                throw field(name).problem("archive.invalid.date", ArchiveReader.printable(value.toString()));
            }
        }
    }

    void date(LocalDate value, String name) {
        required(value, name);
        optionalDate(value, name);
    }

    void optionalDate(LocalDate value, String name) {
        if (value != null && (value.getYear() < YEAR_MIN || value.getYear() > YEAR_MAX)) {
            throw field(name).problem("archive.invalid.date", value.toString());
        }
    }

    /** A DECIMAL(precision, scale) value that may be null. */
    void decimal(BigDecimal value, String name, int precision, int scale) {
        if (value == null) {
            return;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int fraction = Math.max(0, stripped.scale());
        int integer = Math.max(0, stripped.precision() - stripped.scale());
        if (fraction > scale || integer > precision - scale) {
            throw field(name).problem("archive.invalid.range", ArchiveReader.printable(value.toPlainString()));
        }
    }

    void range(long value, String name, long min, long max) {
        if (value < min || value > max) {
            throw field(name).problem("archive.invalid.range", Long.toString(value));
        }
    }

    void list(List<?> value, String name) {
        required(value, name);
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw field(name).index(i).problem("archive.invalid.required");
            }
        }
    }

    void strings(List<String> value, String name) {
        list(value, name);
        for (int i = 0; i < value.size(); i++) {
            new At(entry, path + "." + name).text(value.get(i), "[" + i + "]", 0);
        }
    }

    /** Checks each record of a list entry, which must be present and hold no nulls. */
    static <T> void each(String entry, List<T> records, BiConsumer<At, T> check) {
        At root = new At(entry, "$");
        if (records == null) {
            throw root.problem("archive.invalid.required");
        }
        for (int i = 0; i < records.size(); i++) {
            At at = root.index(i);
            T record = records.get(i);
            if (record == null) {
                throw at.problem("archive.invalid.required");
            }
            check.accept(at, record);
        }
    }
}
