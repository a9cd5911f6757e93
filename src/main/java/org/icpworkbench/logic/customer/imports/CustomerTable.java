package org.icpworkbench.logic.customer.imports;

import java.util.List;

/**
 * What {@link CustomerFileReader} read: the header row, the data rows, and the problems found while reading
 * (a file with problems here must not be imported; the parser carries them into its plan).
 *
 * @param format a short description for the preview, e.g. "CSV, Windows-1251, ';'" or "XLSX, sheet 'Клиенты'"
 */
public record CustomerTable(String format, List<String> header, List<SourceRow> rows, List<ImportProblem> problems) {

    public CustomerTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** The header of column {@code index}, or its spreadsheet letter when the header is blank or missing. */
    public String columnName(int index) {
        String name = index < header.size() ? header.get(index).strip() : "";
        return name.isEmpty() ? columnLetter(index) : name;
    }

    /** The spreadsheet letter of column {@code index}: A … Z, AA … */
    public static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /** This table with {@code problem} before its other problems. */
    CustomerTable withProblemFirst(ImportProblem problem) {
        List<ImportProblem> all = new java.util.ArrayList<>();
        all.add(problem);
        all.addAll(problems);
        return new CustomerTable(format, header, rows, all);
    }

    static CustomerTable failed(String format, ImportProblem problem) {
        return new CustomerTable(format, List.of(), List.of(), List.of(problem));
    }
}
