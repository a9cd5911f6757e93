package org.icpworkbench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.persistence.InterviewRepository;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.Answer;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports sample interviews from a real workspace file and reads the PDFs back with PDFBox. */
class InterviewPdfExporterTest {

    @TempDir
    static Path workspaceFolder;

    @TempDir
    Path out;

    private static TestWorkspace workspace;
    private static InterviewPdfExporter exporter;
    private static List<InterviewSummary> english;
    private static List<InterviewSummary> russian;

    @BeforeAll
    static void createSamples() {
        workspace = TestWorkspace.openIn(workspaceFolder);
        exporter = new InterviewPdfExporter(workspace.services().workspace().database());
        english = interviewsOf(workspace.services().samples().createSample(Language.EN).join());
        russian = interviewsOf(workspace.services().samples().createSample(Language.RU).join());
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    private static List<InterviewSummary> interviewsOf(Project project) {
        return workspace.services().interviews().interviews(project.id()).join();
    }

    private static long interviewWith(List<InterviewSummary> interviews, String respondent) {
        return interviews.stream().filter(i -> i.respondentName().equals(respondent)).findFirst().orElseThrow().id();
    }

    private static InterviewSheet sheet(long interviewId) {
        return workspace.services().interviews().sheet(interviewId).join();
    }

    @Test
    void aRussianInterviewHasExtractableCyrillicEmbeddedFontsAndMetadata() {
        long id = interviewWith(russian, "Ольга Смирнова");
        Path pdf = exporter.export(id, out.resolve("интервью.pdf"), Language.RU).join();

        PdfText read = PdfText.read(pdf);
        InterviewSheet sheet = sheet(id);
        for (Question question : sheet.questions()) {
            assertThat(read.text()).contains(PdfText.normalize(question.text().ru()));
            assertThat(read.text()).contains(PdfText.normalize(sheet.answerTo(question).orElseThrow().text()));
        }
        assertThat(read.text()).contains("ПРОТОКОЛ ИНТЕРВЬЮ", "Ольга Смирнова", "Команда сервиса", "Анна Белова",
                "Завершено", "50 мин", "5 из 5", "Стр. 1 из " + read.pages());
        assertThat(read.text()).contains("Срок до первого результата 6 недель", "Типичный срок сотрудничества 4 года",
                "Численность сотрудников 51–200 сотрудников", "Подписка на облачную WMS «Паллета»",
                "Принимает ли этот человек решения? Нет");
        assertThat(read.pages()).isGreaterThanOrEqualTo(1);
        assertThat(read.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).contains("DejaVuSans");
        });
        assertThat(read.title()).isEqualTo("Интервью: Ольга Смирнова, Паллета Системс");
        assertThat(read.author()).isEqualTo("Анна Белова");
        assertThat(read.subject()).startsWith("Протокол интервью — «Паллета Системс»");
        assertThat(read.language()).isEqualTo("ru");
    }

    @Test
    void anEnglishInterviewSpeaksEnglish() {
        long id = interviewWith(english, "Sarah Collins");
        Path pdf = exporter.export(id, out.resolve("interview.pdf"), Language.EN).join();

        PdfText read = PdfText.read(pdf);
        InterviewSheet sheet = sheet(id);
        for (Question question : sheet.questions()) {
            assertThat(read.text()).contains(PdfText.normalize(question.text().en()));
        }
        assertThat(read.text()).contains("INTERVIEW RECORD", "Service team", "Time to value 6 weeks",
                "Typical customer lifetime 4 years", "Page 1 of " + read.pages()).doesNotContainPattern("[А-Яа-яЁё]");
        assertThat(read.title()).isEqualTo("Interview with Sarah Collins, Palleta Systems");
        assertThat(read.author()).isEqualTo("Anna Whitfield");
        assertThat(read.language()).isEqualTo("en");
    }

    @Test
    void moneyChoicesAndNumbersAreWrittenTheWayEachLanguageWritesThem() {
        String ru = PdfText.read(exporter.export(interviewWith(russian, "Андрей Волков"), out.resolve("ru.pdf"), Language.RU)
                .join()).text();
        String en = PdfText.read(exporter.export(interviewWith(english, "Mark Ellison"), out.resolve("en.pdf"), Language.EN)
                .join()).text();

        assertThat(ru).contains("Сумма первой покупки 450 000 ₽", "Канал привлечения Рекомендация",
                "Длительность цикла сделки 3 месяца", "Средний срок сотрудничества 5 лет");
        assertThat(en).contains("First purchase amount RUB 450,000", "Acquisition channel Referral or recommendation",
                "Sales cycle length 3 months");
    }

    @Test
    void flagsAndNotesArePrintedAndNotesCanBeLeftOut() {
        long id = interviewWith(russian, "Алексей Фёдоров");
        Answer flagged = sheet(id).answers().values().stream().filter(Answer::flagged).findFirst().orElseThrow();
        String note = PdfText.normalize(flagged.note());

        String withNotes = PdfText.read(exporter.export(id, out.resolve("with.pdf"), Language.RU).join()).text();
        String withoutNotes = PdfText.read(exporter.export(id, out.resolve("without.pdf"), Language.RU,
                new InterviewExportOptions(false)).join()).text();

        assertThat(withNotes).contains("Требует проверки", "ЗАМЕТКА ИНТЕРВЬЮЕРА", note);
        assertThat(withoutNotes).contains("Требует проверки").doesNotContain(note).doesNotContain("ЗАМЕТКА ИНТЕРВЬЮЕРА");
    }

    @Test
    void aQuestionThatWasNotAskedSaysSo() {
        String text = PdfText.read(exporter.export(interviewWith(russian, "Марина Соколова"), out.resolve("x.pdf"), Language.RU)
                .join()).text();

        assertThat(text).contains("Вопрос не задавался");
    }

    @Test
    void userTextIsPrintedLiterallyAndLongAnswersFlowOverPages() {
        long id = interviewWith(english, "Daniel Hughes");
        InterviewSheet sheet = sheet(id);
        Question first = sheet.questions().getFirst();
        String markup = "Tags <b>stay</b> & \"quotes\" 'too' </div><script>x</script> \u0007bell\u0000";
        String paragraph = "A long answer that goes on and on about warehouses, pickers and barcode scanners. ";
        String longAnswer = markup + "\n\n" + paragraph.repeat(25) + "\n\n" + paragraph.repeat(25) + "\n\nThe very last sentence.";
        workspace.inDatabase(dsl -> {
            new InterviewRepository(dsl).saveAnswer(id, first.id(),
                    new AnswerDraft(longAnswer, "{\"firmographics\": 42}", true, false, "Note with <i>markup</i> & ampersand"),
                    Instant.now());
            return null;
        });

        PdfText read = PdfText.read(exporter.export(id, out.resolve("long.pdf"), Language.EN).join());

        assertThat(read.text()).contains("Tags <b>stay</b> & \"quotes\" 'too' </div><script>x</script> bell",
                "The very last sentence.", "Note with <i>markup</i> & ampersand",
                "Company profile (industry, size, revenue, region) 42");
        assertThat(read.pages()).isGreaterThan(1);
    }

    @Test
    void anExistingFileIsReplaced() throws IOException {
        Path target = out.resolve("interview.pdf");
        Files.writeString(target, "old content");

        exporter.export(interviewWith(english, "Emma Turner"), target, Language.EN).join();

        assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes());
        assertThat(filesIn(out)).containsExactly(target);
    }

    @Test
    void aMissingFolderFailsWithAUserFacingMessageAndLeavesNothingBehind() {
        Path missing = out.resolve("no-such-folder").resolve("interview.pdf");

        assertThatThrownBy(() -> exporter.export(interviewWith(english, "Emma Turner"), missing, Language.EN).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(UserFacingException.class)
                .satisfies(e -> {
                    UserFacingException problem = (UserFacingException) e;
                    assertThat(problem.messageKey()).isEqualTo(InterviewPdfExporter.WRITE_FAILED);
                    assertThat(problem.arguments()).containsExactly(missing.toAbsolutePath().toString());
                });
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void anUnknownInterviewFailsAndLeavesNothingBehind() {
        Path target = out.resolve("interview.pdf");

        assertThatThrownBy(() -> exporter.export(987_654L, target, Language.RU).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("interview.error.notFound");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aTargetThatIsAFolderIsRefusedAndKept() throws IOException {
        Path folder = Files.createDirectory(out.resolve("folder.pdf"));

        assertThatThrownBy(() -> exporter.export(interviewWith(english, "Emma Turner"), folder, Language.EN).join())
                .cause().isInstanceOf(UserFacingException.class);
        assertThat(filesIn(out)).containsExactly(folder);
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void theSuggestedFileNameIsSafeOnEverySystem() {
        assertThat(InterviewPdfExporter.suggestedFileName("Sarah Collins", LocalDate.of(2026, 9, 8), Language.EN))
                .isEqualTo("Interview - Sarah Collins - 2026-09-08.pdf");
        assertThat(InterviewPdfExporter.suggestedFileName("ООО «Рога/Копыта»: Иван?", LocalDate.of(2026, 9, 8), Language.RU))
                .isEqualTo("Интервью - ООО «Рога Копыта» Иван - 2026-09-08.pdf");
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
