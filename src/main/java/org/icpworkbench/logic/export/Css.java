package org.icpworkbench.logic.export;

/** Text as a CSS string literal, and the page number of a margin box. */
final class Css {

    private static final String PAGE = "\uE000";
    private static final String PAGES = "\uE001";

    private Css() {
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
