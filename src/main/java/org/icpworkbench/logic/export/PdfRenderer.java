package org.icpworkbench.logic.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders an XHTML document with its embedded style sheet to PDF through openhtmltopdf on PDFBox.
 * Layout, line breaking and pagination are the library's; this class only sets it up:
 * <ul>
 *   <li>the bundled DejaVu Sans, regular and bold, embedded as subsets, so Cyrillic is drawn and extractable;
 *       with glyph substitution off, because PDFBox would otherwise draw "fi" as the ligature ﬁ, which text
 *       extraction returns as U+FB01 and searching for "Whitfield" no longer finds;</li>
 *   <li>tagged PDF/UA-1 with PDF/A-2u conformance and an sRGB output intent;</li>
 *   <li>no access to files or the network (pictures only as PNG data URIs inside the document).</li>
 * </ul>
 */
final class PdfRenderer {

    /** The family name the style sheets use. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggerImpl(new Slf4jXrLogger());
    }

    private final String producer;

    PdfRenderer(String producer) {
        this.producer = producer;
    }

    void render(String xhtml, Locale locale, OutputStream out) throws IOException {
        render(xhtml, locale, out, Optional.empty(), Stages.NONE);
    }

    /** Called between the steps of a rendering; may throw (e.g. a {@link java.util.concurrent.CancellationException}) to stop it. */
    interface Stages {
        Stages NONE = new Stages() { };

        /** The document is laid out in pages; nothing is drawn yet. */
        default void laidOut() {
        }

        /** The pages are drawn; the file is about to be written. The document may still be touched up. */
        default void drawn(PDDocument document) {
        }
    }

    /**
     * Renders in steps. With a password the document is encrypted (AES-256, a random owner password, printing and
     * copying allowed) and, since PDF/A forbids encryption, is tagged PDF/UA only, without PDF/A conformance.
     */
    void render(String xhtml, Locale locale, OutputStream out, Optional<String> password, Stages stages) throws IOException {
        // The fonts must stay open until the document has been saved (subsetting happens then).
        try (PDDocument document = new PDDocument();
             TrueTypeFont regular = withoutSubstitutions(REGULAR);
             TrueTypeFont bold = withoutSubstitutions(BOLD)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, regular, true)), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, bold, true)), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useUnicodeLineBreaker(new TypographicLineBreaker(locale));
            builder.usePdfUaAccessibility(true);
            if (password.isEmpty()) {
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
                builder.useColorProfile(SRGB);
            }
            builder.withProducer(producer);
            // Nothing is fetched: only pictures embedded in the document itself as PNG data URIs are read.
            builder.useExternalResourceAccessControl(PdfRenderer::embeddedPicture, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(PdfRenderer::embeddedPicture, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(xhtml, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                stages.laidOut();
                renderer.createPDFWithoutClosing();
            }
            stages.drawn(document);
            if (password.isPresent()) {
                AccessPermission permissions = new AccessPermission();
                permissions.setCanModify(false);
                permissions.setCanModifyAnnotations(false);
                permissions.setCanAssembleDocument(false);
                byte[] owner = new byte[24];
                new SecureRandom().nextBytes(owner);
                StandardProtectionPolicy policy = new StandardProtectionPolicy(HexFormat.of().formatHex(owner), password.get(), permissions);
                policy.setEncryptionKeyLength(256);
                document.protect(policy);
            }
            document.save(out);
        }
    }

    private static boolean embeddedPicture(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith("data:image/png;base64,");
    }

    private static TrueTypeFont withoutSubstitutions(byte[] font) throws IOException {
        TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font));
        parsed.setEnableGsub(false);
        return parsed;
    }

    private static byte[] font(String file) {
        String resource = "fonts/" + file;
        try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
