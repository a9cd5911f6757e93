package org.icpworkbench.logic.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The documents' style sheets, text as a CSS string literal, and the page number of a margin box. */
final class Css {

    private static final String PAGE = "\uE000";
    private static final String PAGES = "\uE001";

    private Css() {
    }

    /**
     * A document's style sheet: {@code templates/base.css}, shared by the guide, the interview record and the
     * portrait, followed by the given sheets from {@code templates} in order.
     */
    static String stylesheet(String... names) {
        StringBuilder css = new StringBuilder(resource("base.css"));
        for (String name : names) {
            css.append('\n').append(resource(name));
        }
        return css.toString();
    }

    /** The text of {@code templates/<name>} next to this class. */
    static String resource(String name) {
        String resource = "templates/" + name;
        try (InputStream in = Css.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CSS {@code content} of a page-number margin box in the document's language ("Page " counter(page) " of "
     * counter(pages)), from the {@code page.number} text with {0} for the page and {1} for the page count. The counters
     * sit in the margin box itself: inside a running element they would be painted after the text.
     */
    static Markup pageNumber(ExportTexts texts) {
        String pattern = texts.get("page.number", PAGE, PAGES);
        StringBuilder content = new StringBuilder();
        for (String part : pattern.split("(?=[" + PAGE + PAGES + "])|(?<=[" + PAGE + PAGES + "])")) {
            if (!content.isEmpty()) {
                content.append(' ');
            }
            content.append(switch (part) {
                case PAGE -> "counter(page)";
                case PAGES -> "counter(pages)";
                default -> string(part);
            });
        }
        return Markup.text(content.toString());
    }

    /** The text in double quotes, with quotes, backslashes and line breaks escaped. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
