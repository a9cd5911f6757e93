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
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.InterviewRepository;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All answers of a sample project as a spreadsheet, read back as Excel would with Commons CSV. */
class AnswersCsvExporterTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path temp;

    private TestWorkspace workspace;
    private AnswersCsvExporter exporter;
    private Project project;
    private List<InterviewSummary> interviews;

    @BeforeEach
    void setUp() throws IOException {
        workspace = TestWorkspace.openIn(Files.createDirectories(temp.resolve("ws")));
        exporter = new AnswersCsvExporter(workspace.services().workspace().database());
        project = workspace.services().samples().createSample(Language.RU).join();
        interviews = workspace.services().interviews().interviews(project.id()).join();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private InterviewSheet sheetOf(Audience audience) {
        long id = interviews.stream().filter(i -> i.audience() == audience).findFirst().orElseThrow().id();
        return workspace.services().interviews().sheet(id).join();
    }

    private static List<CSVRecord> readBack(Path file, char delimiter) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(BOM);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.EXCEL.builder().setDelimiter(delimiter).get())) {
            return parser.getRecords();
        }
    }

    @Test
    void everyQuestionOfEveryInterviewIsARowWithItsAnswer() throws IOException {
        Path written = exporter.export(project.id(), temp.resolve("ответы.csv"), Language.RU).join();

        List<CSVRecord> records = readBack(written, ';');
        long questions = interviews.stream().mapToLong(InterviewSummary::questionCount).sum();
        assertThat(records).hasSize((int) questions + 1);
        assertThat(records.getFirst().toList()).containsExactly("№ интервью", "Дата", "Статус", "Группа респондентов",
                "Респондент", "Должность", "Компания", "№ вопроса", "Вопрос", "Ответ", "Структурированные данные",
                "Требует проверки", "Вопрос не задавался", "Заметка интервьюера");
        String bytes = Files.readString(written, StandardCharsets.UTF_8);
        assertThat(bytes.lines().findFirst().orElseThrow()).endsWith("Заметка интервьюера");
        assertThat(bytes).contains("Заметка интервьюера\r\n");

        InterviewSheet sheet = sheetOf(Audience.SERVICE_TEAM);
        Question first = sheet.questions().getFirst();
        CSVRecord row = records.stream()
                .filter(r -> r.get(0).equals(Long.toString(sheet.details().id())) && r.get(7).equals(first.code()))
                .findFirst().orElseThrow();
        assertThat(row.get(1)).isEqualTo(sheet.details().date().toString());
        assertThat(row.get(3)).isEqualTo("Команда сервиса");
        assertThat(row.get(4)).isEqualTo(sheet.details().respondent().name());
        assertThat(row.get(8)).isEqualTo(first.text().ru());
        assertThat(row.get(9)).isEqualTo(sheet.answerTo(first).orElseThrow().text());
        assertThat(row.get(10)).contains("Отрасль: ");
        assertThat(row.get(9)).containsPattern("[А-Яа-яЁё]");
    }

    @Test
    void quotesLineBreaksAndFormulasSurviveAsText() throws IOException {
        InterviewSheet sheet = sheetOf(Audience.CUSTOMERS);
        Question question = sheet.questions().get(1);
        String answer = "Он сказал: \"быстро\";\nвторая строка, с запятой";
        workspace.inDatabase(dsl -> {
            new InterviewRepository(dsl).saveAnswer(sheet.details().id(), question.id(),
                    new AnswerDraft(answer, "{}", true, false, "=HYPERLINK(\"x\")"), Instant.now());
            return null;
        });

        Path written = exporter.export(project.id(), temp.resolve("answers.csv"), Language.EN).join();

        CSVRecord row = readBack(written, ',').stream()
                .filter(r -> r.get(0).equals(Long.toString(sheet.details().id())) && r.get(7).equals(question.code()))
                .findFirst().orElseThrow();
        assertThat(row.get(3)).isEqualTo("Best customers");
        assertThat(row.get(8)).isEqualTo(question.text().en());
        assertThat(row.get(9)).isEqualTo(answer);
        assertThat(row.get(11)).isEqualTo("Yes");
        assertThat(row.get(12)).isEqualTo("No");
        assertThat(row.get(13)).isEqualTo("'=HYPERLINK(\"x\")");
    }

    @Test
    void anUnknownProjectOrAMissingFolderFailsAndLeavesNothing() throws IOException {
        Path target = temp.resolve("x.csv");
        assertThatThrownBy(() -> exporter.export(424_242L, target, Language.EN).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(AnswersCsvExporter.NO_PROJECT);
        Path missing = temp.resolve("missing").resolve("x.csv");
        assertThatThrownBy(() -> exporter.export(project.id(), missing, Language.EN).join())
                .cause().isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(AnswersCsvExporter.WRITE_FAILED);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("ws");
        }
    }

    @Test
    void theSuggestedFileNameIsSafe() {
        assertThat(AnswersCsvExporter.suggestedFileName("Acme: ICP/2026", LocalDate.of(2026, 9, 8), Language.EN))
                .isEqualTo("All answers - Acme ICP 2026 - 2026-09-08.csv");
    }
}
