package org.icpworkbench.logic.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.apache.commons.csv.CSVFormat;
import org.icpworkbench.logic.common.SafeCsv;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.CodedMatrixRepository;
import org.icpworkbench.logic.persistence.CodedMatrixRepository.Snapshot;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.common.Language;

/**
 * Exports the coded data of a project as a spreadsheet for Excel and the like: a CSV file in UTF-8 with a byte-order
 * mark, one row per interview (see {@link CodedMatrix} for the columns), with the delimiter Excel expects in the
 * language's locale: {@code ;} for Russian (where the comma is the decimal separator), {@code ,} for English.
 * The data is read on the workspace's database thread and written on a thread of its own; the file appears complete
 * or not at all.
 */
public final class CodedMatrixExporter {

    /**
     * Key in the {@code messages} bundles of a failed export. The {@code messages} bundles have no sentence of their own
     * for a spreadsheet that cannot be written yet, so the generic "Something went wrong: {0}" carries the translated
     * reason from the {@code export} bundles ({@code matrix.error.write}).
     */
    public static final String WRITE_FAILED = "export.error.writeMatrix";
    /** Key in the {@code messages} bundles of an unknown project; its argument {0} is the id. */
    public static final String NO_PROJECT = "cli.error.noProject";

    private static final char BOM = '\uFEFF';
    /** One ordinary (non-daemon) thread per export, so that quitting the application lets a started export finish. */
    private static final Executor WRITE_THREAD = task -> Thread.ofPlatform().name("csv-export").start(task);

    private final DatabaseExecutor database;

    public CodedMatrixExporter(DatabaseExecutor database) {
        this.database = database;
    }

    /**
     * Writes the project's coded data to {@code target} (replacing an existing file) in the given language and completes
     * with the file's absolute path. Fails with a {@link UserFacingException}: {@link #NO_PROJECT} for an unknown
     * project, {@link #WRITE_FAILED} when the file cannot be written (no such folder, no permission, disk full).
     */
    public CompletableFuture<Path> export(long projectId, Path target, Language language) {
        return database.submit(dsl -> new CodedMatrixRepository(dsl).snapshot(projectId)
                        .orElseThrow(() -> new UserFacingException(NO_PROJECT, projectId)))
                .thenApplyAsync(snapshot -> write(snapshot, target, language), WRITE_THREAD);
    }

    /** The cell delimiter Excel expects when the file is opened in this language's locale. */
    public static char delimiter(Language language) {
        return language == Language.RU ? ';' : ',';
    }

    /** A file name to offer in a save dialog, e.g. "Answers and tags - Acme ICP - 2026-09-08.csv". */
    public static String suggestedFileName(String projectName, LocalDate date, Language language) {
        String name = ExportTexts.of(language).get("matrix.file.name", projectName.strip(), date.toString());
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("[. ]+$", "");
        return (safe.isEmpty() ? date.toString() : safe) + ".csv";
    }

    /** Builds the table and writes it synchronously, on the calling thread. */
    static Path write(Snapshot snapshot, Path target, Language language) {
        ExportTexts texts = ExportTexts.of(language);
        CodedMatrix matrix = CodedMatrix.of(snapshot, texts);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter(language)).setRecordSeparator("\r\n").get();
        try {
            return AtomicFileWriter.write(target, out -> {
                // Not closed: AtomicFileWriter flushes, forces and closes the stream itself.
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write(BOM);
                SafeCsv printer = new SafeCsv(writer, format);
                printer.printRecord(matrix.header());
                for (List<String> row : matrix.rows()) {
                    printer.printRecord(row);
                }
                printer.flush();
            });
        } catch (IOException e) {
            String file = target.toAbsolutePath().toString();
            throw new UserFacingException(e, WRITE_FAILED, file);
        }
    }
}
