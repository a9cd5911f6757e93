package org.icpworkbench.logic.common;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the application writes CSV (files and standard output alike): commons-csv with every text cell guarded
 * against formula injection. A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -}, {@code @},
 * a tab or a carriage return (OWASP, "CSV injection"); such a cell gets a leading apostrophe, so opening the file runs
 * nothing and an answer written as "- a list" stays text. Numbers, and text that is a plain number ("-5", "2,5"),
 * are left alone so that figures stay figures.
 */
public final class SafeCsv implements Closeable, Flushable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    /** {@code format} must not print a header of its own: the header is a record like any other. */
    public SafeCsv(Appendable out, CSVFormat format) throws IOException {
        if (format.getHeader() != null) {
            throw new IllegalArgumentException("Print the header through printRecord, so that it is guarded too");
        }
        this.printer = new CSVPrinter(out, format);
    }

    /** What writes the records. */
    @FunctionalInterface
    public interface Records {
        void writeTo(SafeCsv csv) throws IOException;
    }

    /** The CSV {@code records} write in {@code format}, as text (for standard output). */
    public static String text(CSVFormat format, Records records) {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = new SafeCsv(out, format)) {
            records.writeTo(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A text cell as it is safe to write; already guarded cells stay as they are. */
    public static String cell(String text) {
        if (text == null || text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text == null ? "" : text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public void printRecord(Object... values) throws IOException {
        printRecord(Arrays.asList(values));
    }

    /** One record; {@code null} is an empty cell, numbers and booleans are written as they are, the rest guarded. */
    public void printRecord(Iterable<?> values) throws IOException {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value == null ? "" : value instanceof Number || value instanceof Boolean ? value : cell(value.toString()));
        }
        printer.printRecord(cells);
    }

    /** An empty line, as between a table and its summary. */
    public void println() throws IOException {
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
