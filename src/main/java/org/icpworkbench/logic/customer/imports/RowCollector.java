package org.icpworkbench.logic.customer.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what a file reader finds: the header (the first row that is not blank), the data rows and every problem.
 * Blank rows are skipped; a cell over {@link CustomerFileReader#MAX_CELL_CHARS} and, in a delimited text file, a row
 * with fewer or more fields than the header keep their row out and are problems with its number.
 */
final class RowCollector {

    private final boolean fixedWidth;
    private final String fileName;
    private final int maxRows;
    private List<String> header;
    private final List<SourceRow> rows = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private int rowsLeftOut;

    /**
     * @param fixedWidth whether every row must have as many fields as the header (CSV, not XLSX)
     * @param fileName the file's name, for the message when it has more than {@code maxRows} data rows
     */
    RowCollector(boolean fixedWidth, String fileName, int maxRows) {
        this.fixedWidth = fixedWidth;
        this.fileName = fileName;
        this.maxRows = maxRows;
    }

    /**
     * Adds row {@code number}; false when the file has more data rows than allowed, which is a problem for the
     * whole file, and reading should stop. Byte-order marks inside cells (files joined together) are dropped.
     */
    boolean add(int number, List<String> raw) {
        List<String> cells = raw.stream().map(cell -> cell.indexOf('\uFEFF') >= 0 ? cell.replace("\uFEFF", "") : cell).toList();
        if (blank(cells)) {
            return true;
        }
        if (header == null) {
            header = cells;
            return true;
        }
        if (rows.size() + rowsLeftOut >= maxRows) {
            problems.add(ImportProblem.file("import.problem.limit.rows", fileName, String.valueOf(maxRows)));
            return false;
        }
        if (fixedWidth && !fitsHeader(number, cells)) {
            rowsLeftOut++;
            return true;
        }
        boolean tooLong = false;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).length() > CustomerFileReader.MAX_CELL_CHARS) {
                String column = i < header.size() && !header.get(i).isBlank() ? header.get(i).strip()
                        : CustomerTable.columnLetter(i);
                problems.add(ImportProblem.cell(number, column, "import.problem.cell.tooLong",
                        String.valueOf(cells.get(i).length()), String.valueOf(CustomerFileReader.MAX_CELL_CHARS)));
                tooLong = true;
            }
        }
        if (tooLong) {
            rowsLeftOut++;
        } else {
            rows.add(new SourceRow(number, cells));
        }
        return true;
    }

    /** Empty fields after the header's last column are tolerated (some tools end every line with a delimiter). */
    private boolean fitsHeader(int number, List<String> cells) {
        if (cells.size() < header.size()) {
            problems.add(ImportProblem.cell(number, "", "import.problem.row.fewerFields",
                    String.valueOf(cells.size()), String.valueOf(header.size())));
            return false;
        }
        if (!blank(cells.subList(header.size(), cells.size()))) {
            problems.add(ImportProblem.cell(number, "", "import.problem.row.moreFields",
                    String.valueOf(cells.size()), String.valueOf(header.size())));
            return false;
        }
        return true;
    }

    void problem(ImportProblem problem) {
        problems.add(problem);
    }

    CustomerTable finish(String format) {
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

    /** What was read up to a failure that ends the reading: the header, no rows, and the problems. */
    CustomerTable failed(String format) {
        return new CustomerTable(format, header == null ? List.of() : header, List.of(), problems);
    }

    static boolean blank(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
