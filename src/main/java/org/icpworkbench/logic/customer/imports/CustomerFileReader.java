package org.icpworkbench.logic.customer.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a customer list from a .csv or .xlsx file into a header row and data rows of text. Never throws for a bad
 * file: every reason it cannot be read becomes an {@link ImportProblem}.
 *
 * <p>CSV rules (see ADR 0012): a UTF-8 byte-order mark means UTF-8; otherwise bytes that decode as strict UTF-8
 * are UTF-8, and anything else is Windows-1251 (the Russian Windows/Excel default). The delimiter is whichever of
 * {@code ;}, tab and {@code ,} occurs most often in the header line outside quotes (ties in that order). Row
 * numbers are records as a spreadsheet shows them (a quoted cell spanning lines is one row; blank rows count).
 *
 * <p>XLSX: the first sheet; date-formatted cells become {@code yyyy-MM-dd}, numbers plain decimal text
 * ({@code 1234567.89}), booleans {@code TRUE}/{@code FALSE}, formulas their cached value.
 */
public final class CustomerFileReader {

    /** Excel's own limit for a cell; anything longer is a damaged or wrong file. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Files above this size are refused before reading. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private CustomerFileReader() {
    }

    /** Reads {@code file}, choosing CSV or XLSX by its first bytes (a zip is XLSX), else by its extension. */
    public static CustomerTable read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return CustomerTable.failed("", ImportProblem.file("import.problem.file.tooLarge",
                        String.valueOf(MAX_FILE_BYTES / 1024 / 1024)));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return CustomerTable.failed("", ImportProblem.file("import.problem.file.unreadable", describe(e)));
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return read(bytes, name);
    }

    /** Reads a file's bytes; {@code fileName} only breaks the tie when the bytes say nothing. */
    public static CustomerTable read(byte[] bytes, String fileName) {
        try {
            if (bytes.length == 0) {
                return CustomerTable.failed("", ImportProblem.file("import.problem.file.empty"));
            }
            if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
                return readXlsx(bytes);
            }
            if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1) || fileName.endsWith(".xls")) {
                return CustomerTable.failed("XLS", ImportProblem.file("import.problem.file.xls"));
            }
            if (fileName.endsWith(".xlsx")) {
                return CustomerTable.failed("XLSX", ImportProblem.file("import.problem.file.badXlsx", "not a zip archive"));
            }
            return readCsv(bytes);
        } catch (RuntimeException e) {
            return CustomerTable.failed("", ImportProblem.file("import.problem.file.unreadable", describe(e)));
        }
    }

    // ---------------------------------------------------------------- CSV

    static CustomerTable readCsv(byte[] bytes) {
        Charset charset;
        int skip = 0;
        String encodingName;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
            encodingName = "UTF-8 BOM";
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
            encodingName = "UTF-16LE";
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
            encodingName = "UTF-16BE";
        } else if (isUtf8(bytes)) {
            charset = StandardCharsets.UTF_8;
            encodingName = "UTF-8";
        } else {
            charset = WINDOWS_1251;
            encodingName = "Windows-1251";
        }
        String text = new String(bytes, skip, bytes.length - skip, charset);
        if (text.indexOf('\u0000') >= 0) {
            return CustomerTable.failed("CSV", ImportProblem.file("import.problem.file.binary"));
        }
        if (text.isBlank()) {
            return CustomerTable.failed("CSV", ImportProblem.file("import.problem.file.empty"));
        }
        char delimiter = detectDelimiter(text);
        String format = "CSV, " + encodingName + ", " + (delimiter == '\t' ? "tab" : "'" + delimiter + "'");
        CSVFormat csv = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> header = null;
        List<SourceRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
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
                    problems.add(ImportProblem.cell((int) row + 1, "", "import.problem.file.truncated"));
                    break;
                }
                row = record.getRecordNumber();
                List<String> cells = record.toList();
                if (header == null) {
                    if (!blank(cells)) {
                        header = cells;
                    }
                    continue;
                }
                addRow(rows, problems, header, (int) row, cells);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(ImportProblem.cell((int) row + 1, "", "import.problem.file.truncated"));
        }
        return finish(format, header, rows, problems);
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
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

    // ---------------------------------------------------------------- XLSX

    static CustomerTable readXlsx(byte[] bytes) {
        List<String> header = null;
        List<SourceRow> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String format = "XLSX";
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true))) {
            Sheet sheet = workbook.getFirstSheet();
            format = "XLSX, " + sheet.getName();
            boolean date1904 = workbook.isDate1904();
            try (Stream<Row> stream = sheet.openStream()) {
                Iterator<Row> iterator = stream.iterator();
                while (iterator.hasNext()) {
                    Row row = iterator.next();
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(cellText(row.getCell(i), date1904));
                    }
                    if (header == null) {
                        if (!blank(cells)) {
                            header = cells;
                        }
                        continue;
                    }
                    addRow(rows, problems, header, row.getRowNum(), cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(ImportProblem.file("import.problem.file.badXlsx", describe(e)));
            return new CustomerTable(format, header == null ? List.of() : header, List.of(), problems);
        }
        return finish(format, header, rows, problems);
    }

    static String cellText(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> numberText(cell, date1904);
            case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
            case FORMULA -> {
                String raw = cell.getRawValue();
                yield raw == null ? "" : raw;
            }
            case ERROR -> cell.getRawValue() == null ? "#ERROR" : cell.getRawValue();
            case EMPTY -> "";
            default -> cell.getText() == null ? "" : cell.getText();
        };
    }

    private static String numberText(Cell cell, boolean date1904) {
        BigDecimal number = cell.asNumber();
        if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
            return ValueParsers.excelSerialDate(number, date1904).map(LocalDate::toString)
                    .orElse(number.toPlainString());
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** Excel's built-in date formats (14–22, 45–47) or a custom format with d, m or y outside quotes and brackets. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 22) || (id >= 45 && id <= 47))) {
            return true;
        }
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return false;
        }
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (!quoted && c == '[') {
                bracket = true;
            } else if (!quoted && c == ']') {
                bracket = false;
            } else if (!quoted && !bracket && "dDmMyY".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- shared

    private static void addRow(List<SourceRow> rows, List<ImportProblem> problems, List<String> header, int number,
            List<String> cells) {
        if (blank(cells)) {
            return;
        }
        boolean tooLong = false;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).length() > MAX_CELL_CHARS) {
                String column = i < header.size() && !header.get(i).isBlank() ? header.get(i).strip()
                        : CustomerTable.columnLetter(i);
                problems.add(ImportProblem.cell(number, column, "import.problem.cell.tooLong",
                        String.valueOf(cells.get(i).length()), String.valueOf(MAX_CELL_CHARS)));
                tooLong = true;
            }
        }
        if (!tooLong) {
            rows.add(new SourceRow(number, cells));
        }
    }

    private static CustomerTable finish(String format, List<String> header, List<SourceRow> rows,
            List<ImportProblem> problems) {
        if (header == null) {
            if (problems.isEmpty()) {
                problems.add(ImportProblem.file("import.problem.file.empty"));
            }
            return new CustomerTable(format, List.of(), List.of(), problems);
        }
        List<String> trimmed = header.stream().map(h -> h.length() > 200 ? h.substring(0, 200) : h.strip()).toList();
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.file("import.problem.file.noRows"));
        }
        return new CustomerTable(format, trimmed, rows, problems);
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
