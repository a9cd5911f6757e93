package org.icpworkbench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.CharacteristicRow;
import org.icpworkbench.model.portrait.Evidence;
import org.icpworkbench.model.portrait.PortraitSection;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports the sample project's portrait in English and Russian from a real workspace file and reads the PDFs back with
 * PDFBox. Expectations are computed from the portrait as loaded, not from the sample's wording.
 */
class PortraitPdfExporterTest {

    @TempDir
    static Path workspaceFolder;

    @TempDir
    Path out;

    private static TestWorkspace workspace;
    private static PortraitPdfExporter exporter;
    private static Project english;
    private static Project russian;

    @BeforeAll
    static void createSamples() {
        workspace = TestWorkspace.openIn(workspaceFolder);
        exporter = workspace.services().portraitPdf();
        english = workspace.services().samples().createSample(Language.EN).join();
        russian = workspace.services().samples().createSample(Language.RU).join();
    }

    @AfterAll
    static void closeWorkspace() {
        workspace.close();
    }

    private static PortraitState state(Project project, Language language) {
        return workspace.services().portraits().load(project.id(), LocalDate.now(), Messages.of(language)).join();
    }

    private static List<InterviewSummary> interviews(Project project) {
        return workspace.services().interviews().interviews(project.id()).join();
    }

    private Path export(Project project, String file, PortraitPdfOptions options) {
        List<Double> progress = new ArrayList<>();
        Path pdf = exporter.export(project.id(), out.resolve(file), options, progress::add, () -> false).join();
        assertThat(progress).isSorted().endsWith(1.0);
        assertThat(progress.size()).isGreaterThanOrEqualTo(4);
        keepForReview(pdf, file);
        return pdf;
    }

    /** The files are kept under target/ so that they can be rendered and looked at. */
    private static void keepForReview(Path pdf, String file) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "portrait-pdf"));
            Files.copy(pdf, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // only a convenience
        }
    }

    @Test
    void anEnglishPortraitHasItsSectionsSummaryValuesAntiIcpQuotesFiguresAndOutline() throws IOException {
        Path pdf = export(english, "portrait-en.pdf", new PortraitPdfOptions(Language.EN, false, true, Optional.empty()));
        PortraitState state = state(english, Language.EN);
        PdfText read = PdfText.read(pdf);
        Messages messages = Messages.of(Language.EN);
        ExportTexts texts = ExportTexts.of(Language.EN);

        assertThat(read.text()).contains(texts.get("portrait.summary"), texts.get("portrait.table"),
                texts.get("portrait.antiIcp"), texts.get("portrait.scorecard"), texts.get("portrait.metrics"),
                texts.get("portrait.appendix"), texts.get("portrait.chart.revenue"), texts.get("portrait.chart.clv"));
        for (PortraitSection section : PortraitSection.values()) {
            assertThat(read.text()).contains(messages.name(section));
        }
        assertThat(state.summary()).isNotBlank();
        assertThat(read.text()).contains(PdfText.normalize(state.summary()));
        List<CharacteristicRow> withValues = state.rows().stream().filter(row -> !row.value().isBlank()).toList();
        assertThat(withValues).hasSizeGreaterThanOrEqualTo(5);
        for (CharacteristicRow row : withValues) {
            assertThat(read.text()).contains(messages.name(row.characteristic()));
            assertThat(read.text()).contains(PdfText.normalize(row.value()));
        }
        assertThat(state.antiIcp()).isNotEmpty();
        for (AntiIcpEntry entry : state.antiIcp()) {
            assertThat(read.text()).contains(PdfText.normalize(entry.statement()));
        }
        Evidence starred = state.rows().stream().flatMap(row -> PortraitXhtml.quotes(row.proposal().evidence()).stream())
                .filter(evidence -> evidence.kind() == Evidence.Kind.STARRED_QUOTE).findFirst().orElseThrow();
        assertThat(read.text()).contains(PdfText.normalize(PortraitXhtml.unquoted(starred.text())));
        assertThat(read.text()).contains(PdfText.normalize(
                new PortraitXhtml(texts, PortraitPdfOptions.of(Language.EN)).source(starred)));
        assertThat(read.text()).contains(starred.respondent());
        // key figures: active customers and the tier thresholds
        assertThat(read.text()).contains(texts.get("portrait.figure.active"))
                .contains(Integer.toString(state.metrics().project().activeCustomers()))
                .contains(texts.get("portrait.scorecard.tierA", "80"));
        // appendix: every interview's respondent role and name
        for (InterviewSummary interview : interviews(english)) {
            assertThat(read.text()).contains(PdfText.normalize(interview.respondentRole()));
            assertThat(read.text()).contains(interview.respondentName());
        }
        assertThat(read.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded);
        assertThat(read.title()).isEqualTo(texts.get("portrait.document.title", english.name()));
        assertThat(read.author()).isEqualTo(state.latestVersion().orElseThrow().author());
        assertThat(read.language()).isEqualTo("en");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).hasSize(PortraitXhtml.outlineEntries(true))
                    .contains(texts.get("portrait.summary"), messages.name(PortraitSection.HOW_THEY_BUY),
                            texts.get("portrait.appendix"));
        }
    }

    @Test
    void aRussianPortraitKeepsItsCyrillicExactlyAndEmbedsItsFonts() {
        Path pdf = export(russian, "portrait-ru.pdf", new PortraitPdfOptions(Language.RU, false, true, Optional.empty()));
        PortraitState state = state(russian, Language.RU);
        PdfText read = PdfText.read(pdf);
        ExportTexts texts = ExportTexts.of(Language.RU);

        assertThat(read.text()).contains("Портрет идеального клиента", "Резюме", "Ключевые характеристики",
                "Анти-ICP: кто нам не подходит", "Приложение: интервью", "Стр. 2 из " + read.pages());
        assertThat(read.text()).contains(PdfText.normalize(state.summary()));
        state.rows().stream().filter(row -> !row.value().isBlank()).limit(8)
                .forEach(row -> assertThat(read.text()).contains(PdfText.normalize(row.value())));
        state.antiIcp().forEach(entry -> assertThat(read.text()).contains(PdfText.normalize(entry.statement())));
        assertThat(read.text()).doesNotContain("\uFB01", "\uFB02");
        assertThat(read.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded);
        assertThat(read.language()).isEqualTo("ru");
        assertThat(read.title()).isEqualTo(texts.get("portrait.document.title", russian.name()));
    }

    @Test
    void anAnonymousPortraitNamesNoRespondentAnywhere() {
        Path pdf = export(english, "portrait-en-anonymous.pdf",
                new PortraitPdfOptions(Language.EN, true, true, Optional.empty()));
        PdfText read = PdfText.read(pdf);

        List<InterviewSummary> interviews = interviews(english);
        for (InterviewSummary interview : interviews) {
            assertThat(read.text()).doesNotContain(interview.respondentName());
            assertThat(read.text()).contains(PdfText.normalize(interview.respondentRole()));
        }
        long respondents = interviews.stream().map(InterviewSummary::respondentName).distinct().count();
        assertThat(read.text()).contains("Respondent 1", "Respondent " + respondents);
    }

    @Test
    void aCancelledExportLeavesNothingBehind() throws IOException {
        Path folder = Files.createDirectories(out.resolve("cancelled"));
        for (double stage : new double[] {0.25, 0.35, 0.75, 0.9}) {
            double[] last = {0};
            assertThatThrownBy(() -> exporter.export(english.id(), folder.resolve("portrait.pdf"),
                    new PortraitPdfOptions(Language.EN, false, true, Optional.empty()), value -> last[0] = value,
                    () -> last[0] >= stage).join())
                    .isInstanceOf(CancellationException.class);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).as("after cancelling at %s", stage).isEmpty();
            }
        }
    }

    @Test
    void aPasswordProtectedPortraitOpensOnlyWithItsPassword() throws IOException {
        Path pdf = export(russian, "portrait-ru-protected.pdf",
                new PortraitPdfOptions(Language.RU, false, false, Optional.of("секрет-42")));

        assertThatThrownBy(() -> Loader.loadPDF(pdf.toFile()).close()).isInstanceOf(InvalidPasswordException.class);
        try (PDDocument document = Loader.loadPDF(pdf.toFile(), "секрет-42")) {
            assertThat(document.isEncrypted()).isTrue();
            assertThat(document.getEncryption().getLength()).isEqualTo(256);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Портрет идеального клиента");
        }
    }

    @Test
    void anUnknownProjectFailsWithAMessageAndWritesNothing() throws IOException {
        Path target = out.resolve("none.pdf");
        assertThatThrownBy(() -> exporter.export(987_654L, target, PortraitPdfOptions.of(Language.EN), value -> { }, () -> false).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOf(UserFacingException.class)
                .extracting(failure -> ((UserFacingException) failure).messageKey()).isEqualTo(PortraitPdfExporter.NO_PROJECT);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theSuggestedFileNameIsSafe() {
        assertThat(PortraitPdfExporter.suggestedFileName("A/B: Portrait?", LocalDate.of(2026, 11, 23), Language.EN))
                .isEqualTo("ICP portrait - A B Portrait - 2026-11-23.pdf");
    }

}
