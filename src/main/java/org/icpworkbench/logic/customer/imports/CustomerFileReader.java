package org.icpworkbench.logic.customer.imports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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
                return XlsxTableReader.read(bytes);
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
        return CsvTableReader.read(new String(bytes, skip, bytes.length - skip, charset), encodingName);
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

    static char detectDelimiter(String text) {
        return CsvTableReader.detectDelimiter(text);
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

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
