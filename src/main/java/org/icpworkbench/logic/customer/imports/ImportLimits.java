package org.icpworkbench.logic.customer.imports;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How large a customer or prospect file may be: files over {@code maxFileBytes} are refused before they are read,
 * and one with more than {@code maxRows} data rows as soon as the row after the last allowed one is read (an XLSX
 * sheet is streamed, so a sheet of millions of rows is refused after {@code maxRows}, not after reading them all).
 * Defaults: 100 MB and 200,000 rows; the system properties {@value #MAX_FILE_MB_PROPERTY} and
 * {@value #MAX_ROWS_PROPERTY} change them for the application, the command-line options
 * {@code --import-max-mb} and {@code --import-max-rows} for one command.
 */
public record ImportLimits(long maxFileBytes, int maxRows) {

    public static final long DEFAULT_MAX_FILE_MB = 100;
    public static final int DEFAULT_MAX_ROWS = 200_000;
    public static final String MAX_FILE_MB_PROPERTY = "icp.import.maxFileMb";
    public static final String MAX_ROWS_PROPERTY = "icp.import.maxRows";

    private static final long MEGABYTE = 1024L * 1024;

    public ImportLimits {
        if (maxFileBytes < 1 || maxRows < 1) {
            throw new IllegalArgumentException("import limits must be positive: " + maxFileBytes + ", " + maxRows);
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_FILE_MB * MEGABYTE, DEFAULT_MAX_ROWS);
    }

    /** The defaults, changed by the system properties where they hold a positive whole number. */
    public static ImportLimits fromSystemProperties() {
        return fromProperties(System::getProperty);
    }

    static ImportLimits fromProperties(UnaryOperator<String> properties) {
        long megabytes = positive(properties.apply(MAX_FILE_MB_PROPERTY)).orElse(DEFAULT_MAX_FILE_MB);
        long rows = positive(properties.apply(MAX_ROWS_PROPERTY)).filter(n -> n <= Integer.MAX_VALUE).orElse((long) DEFAULT_MAX_ROWS);
        return new ImportLimits(megabytes * MEGABYTE, (int) rows);
    }

    private static Optional<Long> positive(String text) {
        try {
            long value = Long.parseLong(text == null ? "" : text.strip());
            return value > 0 && value < Long.MAX_VALUE / MEGABYTE ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public ImportLimits withMaxFileMegabytes(long megabytes) {
        return new ImportLimits(megabytes * MEGABYTE, maxRows);
    }

    public ImportLimits withMaxRows(int rows) {
        return new ImportLimits(maxFileBytes, rows);
    }

    /** The file size limit in whole megabytes, as messages give it. */
    public long maxFileMegabytes() {
        return Math.max(1, maxFileBytes / MEGABYTE);
    }
}
