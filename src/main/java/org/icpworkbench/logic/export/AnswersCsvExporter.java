package org.icpworkbench.logic.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.icpworkbench.logic.common.SafeCsv;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.CodedMatrixRepository;
import org.icpworkbench.logic.persistence.CodedMatrixRepository.Snapshot;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.Answer;
import org.icpworkbench.model.interview.InterviewDetails;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.questionnaire.Question;

/**
 * Exports every answer of a project as a spreadsheet: one row per interview and question (in interview and
 * questionnaire order), with the interview's number, date, status and audience, the respondent's name, role and
 * company (never the contact details), the question's number and wording as the interview asked it, the answer, its
 * structured values as one readable line, whether it was flagged or not asked, and the interviewer's note.
 * The file is made for Excel as decision 0011 describes: UTF-8 with a byte-order mark, {@code ;} for Russian and
 * {@code ,} for English, CRLF, ISO dates, and cells that would start a formula turned into text.
 */
public final class AnswersCsvExporter {

    /** Key in the {@code messages} bundles of a spreadsheet that cannot be written; its argument {0} is the file. */
    public static final String WRITE_FAILED = CodedMatrixExporter.WRITE_FAILED;
    /** Key in the {@code messages} bundles of an unknown project; its argument {0} is the id. */
    public static final String NO_PROJECT = CodedMatrixExporter.NO_PROJECT;

    private static final char BOM = '\uFEFF';
    /** One ordinary (non-daemon) thread per export, so that quitting the application lets a started export finish. */
    private static final Executor WRITE_THREAD = task -> Thread.ofPlatform().name("csv-export").start(task);

    private final DatabaseExecutor database;

    public AnswersCsvExporter(DatabaseExecutor database) {
        this.database = database;
    }

    /**
     * Writes all answers of the project to {@code target} (replacing an existing file) and completes with the file's
     * absolute path. Fails with a {@link UserFacingException}: {@link #NO_PROJECT} for an unknown project,
     * {@link #WRITE_FAILED} when the file cannot be written.
     */
    public CompletableFuture<Path> export(long projectId, Path target, Language language) {
        return database.submit(dsl -> new CodedMatrixRepository(dsl).snapshot(projectId)
                        .orElseThrow(() -> new UserFacingException(NO_PROJECT, projectId)))
                .thenApplyAsync(snapshot -> write(snapshot, target, language), WRITE_THREAD);
    }

    /** A file name to offer in a save dialog, e.g. "All answers - Acme ICP - 2026-09-08.csv". */
    public static String suggestedFileName(String projectName, LocalDate date, Language language) {
        String name = ExportTexts.of(language).get("answers.file.name", projectName.strip(), date.toString());
        String safe = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("[. ]+$", "");
        return (safe.isEmpty() ? date.toString() : safe) + ".csv";
    }

    /** The header and the rows, as text cells made safe for a spreadsheet. */
    static List<List<String>> table(Snapshot snapshot, ExportTexts texts) {
        Map<Long, String> productNames = snapshot.products().stream().collect(Collectors.toMap(Product::id, Product::name));
        List<List<String>> table = new ArrayList<>();
        table.add(List.of(
                texts.get("matrix.column.interview"), texts.get("matrix.column.date"), texts.get("matrix.column.status"),
                texts.get("matrix.column.audience"), texts.get("matrix.column.respondent"), texts.get("matrix.column.role"),
                texts.get("matrix.column.company"), texts.get("answers.column.questionCode"),
                texts.get("answers.column.question"), texts.get("answers.column.answer"), texts.get("answers.column.values"),
                texts.get("answers.column.flagged"), texts.get("answers.column.notAsked"), texts.get("answers.column.note")));
        String yes = texts.get("value.yes");
        String no = texts.get("value.no");
        List<InterviewSheet> interviews = snapshot.interviews().stream()
                .sorted(Comparator.comparing((InterviewSheet sheet) -> sheet.details().date(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingLong(sheet -> sheet.details().id()))
                .toList();
        for (InterviewSheet sheet : interviews) {
            InterviewDetails details = sheet.details();
            List<Question> questions = sheet.questions().stream().sorted(Comparator.comparingInt(Question::position)).toList();
            for (Question question : questions) {
                Optional<Answer> answer = sheet.answerTo(question);
                table.add(List.of(
                        Long.toString(details.id()),
                        details.date() == null ? "" : details.date().toString(),
                        texts.get("status." + details.status().name()),
                        texts.get("audience." + details.audience().name()),
                        orEmpty(details.respondent().name()),
                        orEmpty(details.respondent().role()),
                        orEmpty(details.respondent().company()),
                        question.code(),
                        question.text().in(texts.language()),
                        answer.map(Answer::text).map(AnswersCsvExporter::orEmpty).orElse(""),
                        answer.map(a -> StructuredValueText.oneLine(question, a.structuredValue(), texts.language(), productNames))
                                .orElse(""),
                        answer.map(Answer::flagged).orElse(false) ? yes : no,
                        answer.map(Answer::notAsked).orElse(false) ? yes : no,
                        answer.map(Answer::note).map(AnswersCsvExporter::orEmpty).orElse("")));
            }
        }
        return table.stream().map(row -> row.stream().map(CodedMatrix::safe).toList()).toList();
    }

    /** Builds the table and writes it synchronously, on the calling thread. */
    static Path write(Snapshot snapshot, Path target, Language language) {
        List<List<String>> table = table(snapshot, ExportTexts.of(language));
        CSVFormat format = CSVFormat.EXCEL.builder()
                .setDelimiter(CodedMatrixExporter.delimiter(language)).setRecordSeparator("\r\n").get();
        try {
            return AtomicFileWriter.write(target, out -> {
                // Not closed: AtomicFileWriter flushes, forces and closes the stream itself.
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write(BOM);
                SafeCsv printer = new SafeCsv(writer, format);
                for (List<String> row : table) {
                    printer.printRecord(row);
                }
                printer.flush();
            });
        } catch (IOException e) {
            throw new UserFacingException(e, WRITE_FAILED, target.toAbsolutePath().toString());
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
