package org.icpworkbench.logic.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of a PDF gets back: its text (with whitespace made comparable), fonts, metadata. */
record PdfText(String text, int pages, List<PDFont> fonts, String title, String author, String subject, String language) {

    static PdfText read(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            var info = document.getDocumentInformation();
            return new PdfText(normalize(new PDFTextStripper().getText(document)), document.getNumberOfPages(), fonts,
                    info.getTitle(), info.getAuthor(), info.getSubject(), document.getDocumentCatalog().getLanguage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Line breaks and no-break spaces become plain spaces, runs of spaces one space; a word broken across lines
     * at its own hyphen ("один-" / "два") is joined again.
     */
    static String normalize(String text) {
        return text.replaceAll("(?<=\\p{L})-\\R(?=\\p{L})", "-")
                .replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }
}
