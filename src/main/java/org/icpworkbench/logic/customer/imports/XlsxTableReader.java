package org.icpworkbench.logic.customer.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet of an .xlsx workbook, streaming its rows: date-formatted cells become {@code yyyy-MM-dd},
 * numbers plain decimal text ({@code 1234567.89}), booleans {@code TRUE}/{@code FALSE}, formulas their cached value.
 */
final class XlsxTableReader {

    private XlsxTableReader() {
    }

    static CustomerTable read(byte[] bytes, String fileName, ImportLimits limits) {
        RowCollector collector = new RowCollector(false, fileName, limits.maxRows());
        String format = "XLSX";
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true))) {
            Sheet sheet = workbook.getFirstSheet();
            format = "XLSX, " + sheet.getName();
            boolean date1904 = workbook.isDate1904();
            try (Stream<Row> stream = sheet.openStream()) {
                Iterator<Row> iterator = stream.iterator();
                boolean more = true;
                while (more && iterator.hasNext()) {
                    Row row = iterator.next();
                    List<String> cells = new ArrayList<>(row.getCellCount());
                    for (int i = 0; i < row.getCellCount(); i++) {
                        cells.add(cellText(row.getCell(i), date1904));
                    }
                    more = collector.add(row.getRowNum(), cells);
                }
            }
        } catch (IOException | RuntimeException e) {
            collector.problem(ImportProblem.file("import.problem.file.badXlsx", CustomerFileReader.describe(e)));
            return collector.failed(format);
        }
        return collector.finish(format);
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
}
