package org.icpworkbench.logic.export;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Escaping of user text for XHTML, and the few text-to-markup conversions the reports need. */
final class Xhtml {

    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");

    private Xhtml() {
    }

    /** The text with {@code & < > " '} escaped and characters XML 1.0 does not allow left out. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (Character.isSurrogate(c)) {
            return false;
        }
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    /** Typed text as paragraphs: a blank line starts a new paragraph, a single line break stays a line break. */
    static Markup paragraphs(String text, String cssClass) {
        String normalized = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalized.isEmpty()) {
            return Markup.EMPTY;
        }
        List<Markup> paragraphs = new ArrayList<>();
        for (String paragraph : BLANK_LINES.split(normalized)) {
            List<String> lines = paragraph.lines().map(String::strip).map(Xhtml::escape).toList();
            paragraphs.add(new Markup("<p class=\"" + cssClass + "\">" + String.join("<br/>", lines) + "</p>"));
        }
        return Markup.join(paragraphs);
    }
}
