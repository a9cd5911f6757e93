package org.icpworkbench.logic.customer.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads delimited text already decoded (see ADR 0012). Excel's {@code sep=;} first line names the delimiter (and is
 * not a row, as Excel does not show it); otherwise the delimiter is whichever of {@code ;}, tab and {@code ,}
 * occurs most often in the header line outside quotes (ties in that order). Row numbers are records as a
 * spreadsheet shows them (a quoted cell spanning lines is one row; blank rows count).
 */
final class CsvTableReader {

    private CsvTableReader() {
    }

    private static final Pattern SEPARATOR_LINE = Pattern.compile("(?i)\\uFEFF?sep=(.)[ \\t]*(\\r\\n|\\n|\\r|$)");

    /** @param encodingName how the text was decoded, for the table's format */
    static CustomerTable read(String decoded, String encodingName, String fileName, ImportLimits limits) {
        Matcher separatorLine = SEPARATOR_LINE.matcher(decoded);
        boolean declared = separatorLine.lookingAt();
        String text = declared ? decoded.substring(separatorLine.end()) : decoded;
        if (text.indexOf('\u0000') >= 0) {
            return CustomerTable.failed("CSV", ImportProblem.file("import.problem.file.binary"));
        }
        if (text.isBlank()) {
            return CustomerTable.failed("CSV", ImportProblem.file("import.problem.file.empty"));
        }
        char delimiter = declared ? separatorLine.group(1).charAt(0) : detectDelimiter(text);
        if (declared && (delimiter == '"' || delimiter == '\r' || delimiter == '\n')) {
            return CustomerTable.failed("CSV", ImportProblem.file("import.problem.file.badSeparator", String.valueOf(delimiter)));
        }
        String format = "CSV, " + encodingName + ", " + (delimiter == '\t' ? "tab" : "'" + delimiter + "'");
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        RowCollector collector = new RowCollector(true, fileName, limits.maxRows());
        long row = 0;
        boolean more = true;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!more || !records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    collector.problem(ImportProblem.cell((int) row + 1, "", "import.problem.file.truncated"));
                    break;
                }
                row = record.getRecordNumber();
                List<String> cells = record.toList();
                more = collector.add((int) row, cells);
            }
        } catch (IOException | RuntimeException e) {
            collector.problem(ImportProblem.cell((int) row + 1, "", "import.problem.file.truncated"));
        }
        return collector.finish(format);
    }

    /** The most frequent of ; tab , in the first line outside quotes; ties go in that order; none means ','. */
    static char detectDelimiter(String text) {
        int semicolons = 0;
        int tabs = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + tabs + commas > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        if (semicolons >= tabs && semicolons >= commas && semicolons > 0) {
            return ';';
        }
        if (tabs >= commas && tabs > 0) {
            return '\t';
        }
        return ',';
    }
}
