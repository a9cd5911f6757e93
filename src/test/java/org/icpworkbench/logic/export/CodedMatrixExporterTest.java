package org.icpworkbench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.InterviewRepository;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.respondent.Respondent;
import org.icpworkbench.testsupport.TestWorkspace;
import org.icpworkbench.testsupport.UncodedSample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports the Russian sample project with a few coded passages and reads the file back as Excel would. */
class CodedMatrixExporterTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private CodedMatrixExporter exporter;
    private Project project;
    private List<InterviewSummary> interviews;
    private Tag speed;
    private Tag price;
    private InterviewSheet customer;
    private InterviewSheet sales;
    private InterviewSheet service;

    @BeforeEach
    void setUp() throws IOException {
        workspace = TestWorkspace.openIn(Files.createDirectories(temp.resolve("ws")));
        exporter = new CodedMatrixExporter(workspace.services().workspace().database());
        project = UncodedSample.create(workspace.services(), Language.RU);
        interviews = workspace.services().interviews().interviews(project.id()).join();
        customer = sheetOf(Audience.CUSTOMERS);
        sales = sheetOf(Audience.SALES);
        service = sheetOf(Audience.SERVICE_TEAM);

        speed = workspace.services().coding().createTag(project.id(), "Быстрый запуск", Optional.empty()).join();
        price = workspace.services().coding().createTag(project.id(), "Цена", Optional.empty()).join();
        code(customer, 0, List.of(speed.id()));
        code(sales, 1, List.of(speed.id(), price.id()));
        code(sales, 2, List.of(price.id()));
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private InterviewSheet sheetOf(Audience audience) {
        long id = interviews.stream().filter(i -> i.audience() == audience).findFirst().orElseThrow().id();
        return workspace.services().interviews().sheet(id).join();
    }

    private void code(InterviewSheet sheet, int questionIndex, List<Long> tagIds) {
        Question question = sheet.questions().get(questionIndex);
        String text = sheet.answerTo(question).orElseThrow().text();
        workspace.services().coding().code(sheet.details().id(), question.id(), text, 0, Math.min(30, text.length()), tagIds, false)
                .join();
    }

    private void saveAnswer(InterviewSheet sheet, Question question, AnswerDraft draft) {
        workspace.inDatabase(dsl -> {
            new InterviewRepository(dsl).saveAnswer(sheet.details().id(), question.id(), draft, Instant.now());
            return null;
        });
    }

    /** The file as Excel reads it: the BOM, then records separated by the given delimiter. */
    private static List<CSVRecord> readBack(Path file, char delimiter) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            return parser.getRecords();
        }
    }

    private static int column(CSVRecord header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No column " + name + " in " + header);
    }

    private static int columnStartingWith(CSVRecord header, String prefix) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("No column starting with " + prefix + " in " + header);
    }

    private static Map<Long, CSVRecord> byInterview(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.toMap(row -> Long.parseLong(row.get(0)), row -> row));
    }

    @Test
    void russianFileHasBomSemicolonsTwelveRowsAndOneZeroTagColumns() throws IOException {
        Path written = exporter.export(project.id(), temp.resolve("матрица.csv"), Language.RU).join();

        assertThat(written).isEqualTo(temp.resolve("матрица.csv").toAbsolutePath()).exists();
        String firstLine = Files.readString(written, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertThat(firstLine).startsWith("\uFEFF№ интервью;Респондент;Должность;Компания;Согласие;Группа респондентов;Дата;"
                + "Интервьюер;Статус;");
        List<CSVRecord> records = readBack(written, ';');
        CSVRecord header = records.getFirst();
        List<CSVRecord> rows = records.subList(1, records.size());
        assertThat(rows).hasSize(12).allSatisfy(row -> assertThat(row.size()).isEqualTo(header.size()));
        assertThat(header.get(header.size() - 2)).isEqualTo("Быстрый запуск");
        assertThat(header.get(header.size() - 1)).isEqualTo("Цена");

        Map<Long, CSVRecord> rowsById = byInterview(rows);
        assertThat(rowsById.keySet()).containsExactlyInAnyOrderElementsOf(interviews.stream().map(InterviewSummary::id).toList());
        int speedColumn = column(header, "Быстрый запуск");
        int priceColumn = column(header, "Цена");
        rowsById.forEach((id, row) -> {
            assertThat(row.get(speedColumn)).as("speed, interview %d", id)
                    .isEqualTo(id == customer.details().id() || id == sales.details().id() ? "1" : "0");
            assertThat(row.get(priceColumn)).as("price, interview %d", id).isEqualTo(id == sales.details().id() ? "1" : "0");
        });
    }

    @Test
    void respondentsAndAnswersSurviveInCyrillicAndContactsStayOut() throws IOException {
        Path written = exporter.export(project.id(), temp.resolve("matrix.csv"), Language.RU).join();

        List<CSVRecord> records = readBack(written, ';');
        CSVRecord header = records.getFirst();
        Map<Long, CSVRecord> rows = byInterview(records.subList(1, records.size()));
        for (InterviewSummary interview : interviews) {
            CSVRecord row = rows.get(interview.id());
            assertThat(row.get(column(header, "Респондент"))).isEqualTo(interview.respondentName()).containsPattern("[А-Яа-яЁё]");
            assertThat(row.get(column(header, "Компания"))).isEqualTo(interview.respondentCompany());
            assertThat(row.get(column(header, "Дата"))).isEqualTo(interview.date().toString());
        }
        Question first = customer.questions().getFirst();
        String answer = customer.answerTo(first).orElseThrow().text().strip();
        int answerColumn = columnStartingWith(header, first.code() + ". ");
        assertThat(header.get(answerColumn)).containsPattern("[А-Яа-яЁё]");
        assertThat(rows.get(customer.details().id()).get(answerColumn)).isEqualTo(CodedMatrix.safe(answer));
        assertThat(rows.get(sales.details().id()).get(answerColumn)).as("not this audience’s question").isEmpty();
        assertThat(rows.get(customer.details().id()).get(column(header, "Согласие"))).isIn("Да", "Нет");

        String content = Files.readString(written, StandardCharsets.UTF_8);
        List<String> contacts = workspace.services().interviews().respondents(project.id()).join().stream()
                .map(Respondent::contact).filter(contact -> !contact.isBlank()).toList();
        assertThat(contacts).isNotEmpty();
        assertThat(contacts).allSatisfy(contact -> assertThat(content).doesNotContain(contact));
    }

    @Test
    void structuredValuesHaveTheirOwnColumnsAndNotAskedIsSaid() throws IOException {
        Question profile = service.questions().stream().filter(q -> q.code().equals("1")).findFirst().orElseThrow();
        saveAnswer(service, profile, new AnswerDraft("Дистрибуция и склады",
                "{\"firmographics\":{\"industry\":\"Логистика\",\"region\":\"Урал\"}}", false, false, ""));
        Question duration = service.questions().stream().filter(q -> q.code().equals("2")).findFirst().orElseThrow();
        saveAnswer(service, duration, new AnswerDraft("", "{}", false, true, ""));

        Path written = exporter.export(project.id(), temp.resolve("matrix.csv"), Language.RU).join();

        List<CSVRecord> records = readBack(written, ';');
        CSVRecord header = records.getFirst();
        CSVRecord row = byInterview(records.subList(1, records.size())).get(service.details().id());
        assertThat(row.get(column(header, "1. Отрасль"))).isEqualTo("Логистика");
        assertThat(row.get(column(header, "1. Регион"))).isEqualTo("Урал");
        assertThat(row.get(column(header, "1. Численность сотрудников"))).isEmpty();
        assertThat(row.get(columnStartingWith(header, "2. "))).isEqualTo("(вопрос не задавался)");
        String timeToValue = "2. " + duration.fields().getFirst().label().ru();
        assertThat(row.get(column(header, timeToValue))).as("no value for a question not asked").isEmpty();
        assertThat(byInterview(records.subList(1, records.size())).values())
                .anySatisfy(other -> assertThat(other.get(column(header, timeToValue))).containsPattern("\\d"));
    }

    @Test
    void englishFileUsesCommasAndEnglishHeaders() throws IOException {
        Path written = exporter.export(project.id(), temp.resolve("matrix-en.csv"), Language.EN).join();

        assertThat(Files.readString(written, StandardCharsets.UTF_8))
                .startsWith("\uFEFFInterview no.,Respondent,Role,Company,Consent,Audience,Date,Interviewer,Status,");
        List<CSVRecord> records = readBack(written, ',');
        assertThat(records).hasSize(13);
        CSVRecord header = records.getFirst();
        assertThat(header.get(header.size() - 1)).isEqualTo("Цена");
        assertThat(records.subList(1, 13)).allSatisfy(row -> assertThat(row.get(column(header, "Consent"))).isIn("Yes", "No"));
    }

    @Test
    void aCellThatLooksLikeAFormulaStaysText() throws IOException {
        Question first = customer.questions().getFirst();
        saveAnswer(customer, first, AnswerDraft.text("=HYPERLINK(\"http://example.invalid\")"));

        Path written = exporter.export(project.id(), temp.resolve("matrix.csv"), Language.EN).join();

        List<CSVRecord> records = readBack(written, ',');
        CSVRecord row = byInterview(records.subList(1, records.size())).get(customer.details().id());
        assertThat(row.get(columnStartingWith(records.getFirst(), first.code() + ". ")))
                .isEqualTo("'=HYPERLINK(\"http://example.invalid\")");
    }

    @Test
    void aFailedExportLeavesNoFileAndSaysWhere() throws IOException {
        Path target = temp.resolve("no-such-folder").resolve("matrix.csv");

        assertThatThrownBy(() -> exporter.export(project.id(), target, Language.RU).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOfSatisfying(UserFacingException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo(CodedMatrixExporter.WRITE_FAILED);
                    assertThat(problem.arguments()).singleElement().asString().contains(target.toAbsolutePath().toString());
                    assertThat(org.icpworkbench.logic.i18n.Messages.of(Language.RU).describe(problem))
                            .startsWith("Не удалось сохранить таблицу").contains(target.toAbsolutePath().toString());
                });
        assertThat(target.getParent()).doesNotExist();
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("ws");
        }
    }

    @Test
    void anExistingFileIsReplacedWholeAndNoTemporaryFileStays() throws IOException {
        Path target = Files.writeString(temp.resolve("matrix.csv"), "old content that is much longer than nothing");

        exporter.export(project.id(), target, Language.EN).join();

        assertThat(readBack(target, ',')).hasSize(13);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("ws", "matrix.csv");
        }
    }

    @Test
    void anUnknownProjectIsSaid() {
        assertThatThrownBy(() -> exporter.export(999_999, temp.resolve("x.csv"), Language.EN).join())
                .cause().isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo(CodedMatrixExporter.NO_PROJECT));
        assertThat(temp.resolve("x.csv")).doesNotExist();
    }

    @Test
    void aProjectWithoutInterviewsGivesTheHeaderOnly() throws IOException {
        Project empty = workspace.services().projects().create(ProjectDetails.named("Пустой проект")).join();

        Path written = exporter.export(empty.id(), temp.resolve("empty.csv"), Language.RU).join();

        List<CSVRecord> records = readBack(written, ';');
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().values()).containsExactly("№ интервью", "Респондент", "Должность", "Компания",
                "Согласие", "Группа респондентов", "Дата", "Интервьюер", "Статус");
    }

    @Test
    void delimiterAndFileNameFollowTheLanguage() {
        assertThat(CodedMatrixExporter.delimiter(Language.RU)).isEqualTo(';');
        assertThat(CodedMatrixExporter.delimiter(Language.EN)).isEqualTo(',');
        assertThat(CodedMatrixExporter.suggestedFileName("Acme: ICP", LocalDate.of(2026, 9, 8), Language.EN))
                .isEqualTo("Answers and tags - Acme ICP - 2026-09-08.csv");
        assertThat(CodedMatrixExporter.suggestedFileName("Палета", LocalDate.of(2026, 9, 8), Language.RU))
                .isEqualTo("Ответы и теги - Палета - 2026-09-08.csv");
    }
}
