package org.icpworkbench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.questionnaire.BuiltInQuestionnaire;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Blank interview guides of every audience in both languages, read back with PDFBox. */
class InterviewGuidePdfExporterTest {

    @TempDir
    static Path workspaceFolder;

    @TempDir
    Path out;

    private static TestWorkspace workspace;
    private static InterviewGuidePdfExporter exporter;

    @BeforeAll
    static void openWorkspace() {
        workspace = TestWorkspace.openIn(workspaceFolder);
        exporter = new InterviewGuidePdfExporter(workspace.services().workspace().database());
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    static Stream<Arguments> audiencesAndLanguages() {
        return Stream.of(Audience.values())
                .flatMap(audience -> Stream.of(Language.values()).map(language -> Arguments.of(audience, language)));
    }

    @ParameterizedTest
    @MethodSource("audiencesAndLanguages")
    void everyQuestionWithItsGuidanceAndOptionsIsPrintedWithEmbeddedFonts(Audience audience, Language language) {
        Path pdf = exporter.export(audience, Optional.empty(), out.resolve("guide.pdf"), language).join();

        PdfText read = PdfText.read(pdf);
        List<Question> questions = BuiltInQuestionnaire.definition().questionsFor(audience, true);
        assertThat(questions).isNotEmpty();
        for (Question question : questions) {
            assertThat(read.text()).contains(PdfText.normalize(question.text().in(language)));
            assertThat(read.text()).contains(PdfText.normalize(question.guidance().in(language)));
            for (QuestionField field : question.fields()) {
                for (FieldOption option : Stream.of(field.options(), field.sizeBands(), field.revenueBands())
                        .flatMap(List::stream).toList()) {
                    assertThat(read.text()).contains(PdfText.normalize(option.label().in(language)));
                }
            }
        }
        ExportTexts texts = ExportTexts.of(language);
        assertThat(read.text()).contains(texts.get("guide.kicker").toUpperCase(language.locale()),
                texts.get("guide.field.respondent").toUpperCase(language.locale()),
                texts.get("guide.field.interviewer").toUpperCase(language.locale()));
        assertThat(read.pages()).isBetween(1, 2 * questions.size());
        assertThat(read.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            assertThat(font.getName()).contains("DejaVuSans");
        });
        assertThat(read.language()).isEqualTo(language.tag());
        assertThat(read.title()).isEqualTo(texts.get("guide.title",
                BuiltInQuestionnaire.definition().audienceNames().get(audience).in(language)));
    }

    @Test
    void theCustomerGuideMarksTheExtensionOptionalAndDrawsTheScale() {
        Path pdf = exporter.export(Audience.CUSTOMERS, Optional.empty(), out.resolve("customers.pdf"), Language.EN).join();

        String text = PdfText.read(pdf).text();
        assertThat(text).contains("ADDITIONAL QUESTIONS", "Optional question", "A1", "A2",
                "0 1 2 3 4 5 6 7 8 9 10", "tick one", "Follow-up:");
        assertThat(text.indexOf("A1")).isGreaterThan(text.indexOf("On a scale from 0 to 10"));
    }

    @Test
    void aRussianGuideUsesRussianBlanks() {
        Path pdf = exporter.export(Audience.SERVICE_TEAM, Optional.empty(), out.resolve("сервис.pdf"), Language.RU).join();

        String text = PdfText.read(pdf).text();
        assertThat(text).contains("БЛАНК ИНТЕРВЬЮ", "Команда сервиса", "Подсказка интервьюеру".toUpperCase(),
                "Уточняющий вопрос:", "дней", "недель", "месяцев", "лет", "Да", "Нет", "Отрасль", "Стр. 1 из");
    }

    @Test
    void aProjectGuideUsesTheProjectsQuestionsAndProducts() {
        Project project = workspace.services().samples().createSample(Language.EN).join();
        List<String> products = workspace.services().catalogue().products(project.id()).join().stream()
                .map(org.icpworkbench.model.project.Product::name).toList();
        assertThat(products).isNotEmpty();

        Path pdf = exporter.export(Audience.SERVICE_TEAM, Optional.of(project.id()), out.resolve("p.pdf"), Language.EN).join();

        String text = PdfText.read(pdf).text();
        assertThat(text).contains(project.name());
        products.forEach(product -> assertThat(text).contains(PdfText.normalize(product)));
    }

    @Test
    void anUnknownProjectFailsAndLeavesNothingBehind() {
        Path target = out.resolve("none.pdf");
        assertThatThrownBy(() -> exporter.export(Audience.SALES, Optional.of(987_654L), target, Language.EN).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("cli.error.noProject");
        assertThat(target).doesNotExist();
    }

    @Test
    void aMissingFolderFailsWithAUserFacingMessage() throws IOException {
        Path target = out.resolve("missing").resolve("guide.pdf");
        assertThatThrownBy(() -> exporter.export(Audience.SALES, Optional.empty(), target, Language.EN).join())
                .cause().isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(InterviewPdfExporter.WRITE_FAILED);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theSuggestedFileNameNamesTheAudience() {
        assertThat(InterviewGuidePdfExporter.suggestedFileName(Audience.CUSTOMERS, Language.EN))
                .isEqualTo("Interview guide - Best customers.pdf");
        assertThat(InterviewGuidePdfExporter.suggestedFileName(Audience.PROFITABILITY, Language.RU))
                .isEqualTo("Бланк интервью - Руководство.pdf");
    }
}
