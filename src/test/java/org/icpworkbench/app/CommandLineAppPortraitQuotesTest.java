package org.icpworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpworkbench.logic.persistence.generated.Tables.RESPONDENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icpworkbench.logic.export.MarkdownPortraitExporter;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.portrait.Evidence;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.icpworkbench.testsupport.CommandLineRunner;
import org.icpworkbench.testsupport.CommandLineRunner.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for quotes in every document: only starred passages of respondents who consented are quoted — in the PDF,
 * the Markdown file, and {@code --portrait} as Markdown and JSON. The sample has tagged passages that are not starred;
 * one respondent with starred quotes has their consent withdrawn here.
 */
class CommandLineAppPortraitQuotesTest {

    private static final String AS_OF = "2026-11-23";

    @TempDir
    Path temp;

    private String project;
    /** Texts that must never be quoted: unstarred passages, and starred ones of the respondent without consent. */
    private final Set<String> forbidden = new HashSet<>();
    /** Starred passages of consenting respondents under some characteristic: each document quotes at least one. */
    private final Set<String> allowed = new HashSet<>();
    private String withoutConsent;

    private final CommandLineRunner cli = TestCommandLine.in(() -> temp);

    private Path workspace() {
        return temp.resolve("ws");
    }

    @BeforeEach
    void sampleWithUnstarredPassagesAndARespondentWithoutConsent() {
        Result created = cli.run("--workspace", workspace().toString(), "--lang", "en", "--create-sample");
        assertThat(created.exitCode()).as(created.err()).isZero();
        project = created.out().strip().split("\t")[0];
        try (TestWorkspace open = TestWorkspace.openIn(workspace())) {
            List<Evidence> quotes = state(open).rows().stream().flatMap(row -> row.proposal().evidence().stream())
                    .filter(e -> e.kind() == Evidence.Kind.QUOTE || e.kind() == Evidence.Kind.STARRED_QUOTE).toList();
            Evidence starred = quotes.stream().filter(e -> e.kind() == Evidence.Kind.STARRED_QUOTE).findFirst().orElseThrow();
            withoutConsent = starred.respondent();
            open.inDatabase(dsl -> dsl.update(RESPONDENT).set(RESPONDENT.CONSENT_GIVEN, false)
                    .where(RESPONDENT.NAME.eq(withoutConsent)).execute());
            Set<String> starredElsewhere = new HashSet<>();
            for (Evidence quote : quotes) {
                if (quote.kind() == Evidence.Kind.STARRED_QUOTE && !quote.respondent().equals(withoutConsent)) {
                    starredElsewhere.add(quote.text().strip());
                }
            }
            for (Evidence quote : quotes) {
                String text = quote.text().strip();
                if (!starredElsewhere.contains(text)) {
                    forbidden.add(text);
                }
            }
            allowed.addAll(starredElsewhere);
        }
        assertThat(forbidden).as("unstarred passages and quotes without consent").hasSizeGreaterThanOrEqualTo(2);
        assertThat(allowed).isNotEmpty();
    }

    private PortraitState state(TestWorkspace open) {
        return open.services().portraits().load(Long.parseLong(project), LocalDate.parse(AS_OF), Messages.of(Language.EN))
                .join();
    }

    @Test
    void thePdfQuotesOnlyStarredPassagesOfConsentingRespondents() throws IOException {
        Path pdf = temp.resolve("portrait.pdf");
        Result result = cli.run("--workspace", workspace().toString(), "--lang", "en", "--export-pdf", project,
                pdf.toString(), "--as-of", AS_OF);
        assertThat(result.exitCode()).as(result.err()).isZero();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = normalize(new PDFTextStripper().getText(document));
        }
        assertQuotes(text, "“", "”");
    }

    @Test
    void theMarkdownOfTheCommandLineAndOfTheExportQuoteTheSame() throws IOException {
        Result result = cli.run("--workspace", workspace().toString(), "--lang", "en", "--portrait", project, "--as-of", AS_OF);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertQuotes(normalize(result.out()), "“", "”");

        Path file = temp.resolve("portrait.md");
        try (TestWorkspace open = TestWorkspace.openIn(workspace())) {
            new MarkdownPortraitExporter(open.services().projects(), open.services().portraits())
                    .export(Long.parseLong(project), file, LocalDate.parse(AS_OF), Messages.of(Language.EN)).join();
        }
        assertThat(Files.readString(file)).isEqualTo(result.out());
    }

    @Test
    void theJsonListsOnlyQuotesADocumentMayShow() throws IOException {
        Result result = cli.run("--workspace", workspace().toString(), "--lang", "en", "--portrait", project, "--format",
                "json", "--as-of", AS_OF);
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(result.out());
        Set<String> quoted = new HashSet<>();
        for (JsonNode item : root.get("characteristics")) {
            assertThat(item.get("evidenceCount").asInt()).isEqualTo(item.get("evidence").size());
            for (JsonNode evidence : item.get("evidence")) {
                String kind = evidence.get("kind").asText();
                assertThat(kind).isNotEqualTo("QUOTE");
                if (kind.equals("STARRED_QUOTE")) {
                    assertThat(evidence.get("respondent").asText()).isNotEqualTo(withoutConsent);
                    quoted.add(evidence.get("text").asText().strip());
                }
            }
        }
        assertThat(quoted).isNotEmpty().isSubsetOf(allowed);
    }

    /** At least one allowed quote is shown between the marks, and no forbidden text at all. */
    private void assertQuotes(String document, String open, String close) {
        assertThat(allowed.stream().anyMatch(quote -> document.contains(open + normalize(unquoted(quote)) + close)))
                .as("an allowed quote is shown").isTrue();
        for (String text : forbidden) {
            assertThat(document).as("never quoted").doesNotContain(open + normalize(unquoted(text)) + close);
        }
    }

    private static String unquoted(String text) {
        return text.strip().replaceAll("^[\"“”«»„']+|[\"“”«»„']+$", "").strip();
    }

    private static String normalize(String text) {
        return text.replaceAll("(?<=\\p{L})-\\R(?=\\p{L})", "-")
                .replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }
}
