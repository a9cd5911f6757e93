package org.icpworkbench.logic.customer.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a customer (or prospect) list from a .csv or .xlsx file into a header row and data rows of text. Never
 * throws for a bad file: every reason it cannot be read becomes an {@link ImportProblem}. A file over the size limit
 * is refused before it is read, and one with too many rows while it is read ({@link ImportLimits}).
 *
 * <p>CSV: decoded by {@link TextDecoding} (the chosen encoding, else a byte-order mark, strict UTF-8, or the
 * clearly most plausible of Windows-1251, KOI8-R and Windows-1252/ISO-8859-1 — never a guess), then read by
 * {@link CsvTableReader}. XLSX: the first sheet, streamed by {@link XlsxTableReader}.
 */
public final class CustomerFileReader {

    /** Excel's own limit for a cell; anything longer is a damaged or wrong file. */
    public static final int MAX_CELL_CHARS = 32_767;

    private CustomerFileReader() {
    }

    /** Reads {@code file} with a detected encoding and the limits of the system properties. */
    public static CustomerTable read(Path file) {
        return read(file, ReadOptions.automatic());
    }

    /** Reads {@code file}, choosing CSV or XLSX by its first bytes (a zip is XLSX), else by its extension. */
    public static CustomerTable read(Path file, ReadOptions options) {
        String shownName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > options.limits().maxFileBytes()) {
                return CustomerTable.failed("", ImportProblem.file("import.problem.limit.fileSize", shownName,
                        megabytes(size), String.valueOf(options.limits().maxFileMegabytes())));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return CustomerTable.failed("", ImportProblem.file("import.problem.file.unreadable", describe(e)));
        }
        return read(bytes, shownName, options);
    }

    /** Reads a file's bytes; {@code fileName} only breaks the tie when the bytes say nothing. */
    public static CustomerTable read(byte[] bytes, String fileName) {
        return read(bytes, fileName, ReadOptions.automatic());
    }

    /** As {@link #read(byte[], String)} with these options; {@code fileName} also names the file in messages. */
    public static CustomerTable read(byte[] bytes, String fileName, ReadOptions options) {
        String lowerName = fileName.toLowerCase(Locale.ROOT);
        try {
            if (bytes.length > options.limits().maxFileBytes()) {
                return CustomerTable.failed("", ImportProblem.file("import.problem.limit.fileSize", fileName,
                        megabytes(bytes.length), String.valueOf(options.limits().maxFileMegabytes())));
            }
            if (bytes.length == 0) {
                return CustomerTable.failed("", ImportProblem.file("import.problem.file.empty"));
            }
            if (TextDecoding.startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
                return XlsxTableReader.read(bytes, fileName, options.limits());
            }
            if (TextDecoding.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1) || lowerName.endsWith(".xls")) {
                return CustomerTable.failed("XLS", ImportProblem.file("import.problem.file.xls"));
            }
            if (lowerName.endsWith(".xlsx")) {
                return CustomerTable.failed("XLSX", ImportProblem.file("import.problem.file.badXlsx", "not a zip archive"));
            }
            return readCsv(bytes, fileName, options);
        } catch (RuntimeException e) {
            return CustomerTable.failed("", ImportProblem.file("import.problem.file.unreadable", describe(e)));
        }
    }

    private static CustomerTable readCsv(byte[] bytes, String fileName, ReadOptions options) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes, options.encoding());
        CustomerTable table = CsvTableReader.read(decoded.text(), decoded.encodingName(), fileName, options.limits());
        return decoded.problem().map(table::withProblemFirst).orElse(table);
    }

    static char detectDelimiter(String text) {
        return CsvTableReader.detectDelimiter(text);
    }

    private static String megabytes(long bytes) {
        return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
