package org.icpworkbench.logic.customer.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads delimited text already decoded (see ADR 0012). The delimiter is whichever of {@code ;}, tab and {@code ,}
 * occurs most often in the header line outside quotes (ties in that order). Row numbers are records as a
 * spreadsheet shows them (a quoted cell spanning lines is one row; blank rows count).
 */
final class CsvTableReader {

    private CsvTableReader() {
    }

    /** @param encodingName how the text was decoded, for the table's format */
    static CustomerTable read(String text, String encodingName) {
        if (text.indexOf('\u0000') >= 0) {
            return CustomerTable.failed("CSV", ImportProblem.file("import.problem.file.binary"));
        }
        if (text.isBlank()) {
            return CustomerTable.failed("CSV", ImportProblem.file("import.problem.file.empty"));
        }
        char delimiter = detectDelimiter(text);
        String format = "CSV, " + encodingName + ", " + (delimiter == '\t' ? "tab" : "'" + delimiter + "'");
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        RowCollector collector = new RowCollector(true);
        long row = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), csv)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    collector.problem(ImportProblem.cell((int) row + 1, "", "import.problem.file.truncated"));
                    break;
                }
                row = record.getRecordNumber();
                List<String> cells = record.toList();
                collector.add((int) row, cells);
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
