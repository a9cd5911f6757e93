package org.icpworkbench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XhtmlTest {

    @Test
    void userTextCannotBecomeMarkup() {
        assertThat(Xhtml.escape("<b>Tom & \"Jerry\"</b> it's")).isEqualTo("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt; it&#39;s");
        assertThat(Xhtml.escape("bell\u0007 nul\u0000 ok\tтаб\n")).isEqualTo("bell nul ok\tтаб\n");
        assertThat(Xhtml.escape("emoji \uD83D\uDE00 lone \uD83D end")).isEqualTo("emoji \uD83D\uDE00 lone  end");
        assertThat(Xhtml.escape(null)).isEmpty();
    }

    @Test
    void typedTextKeepsItsParagraphsAndLineBreaks() {
        assertThat(Xhtml.paragraphs("First line\r\nsecond <line>\n\n  \nNew paragraph  ", "answer").xhtml())
                .isEqualTo("<p class=\"answer\">First line<br/>second &lt;line&gt;</p><p class=\"answer\">New paragraph</p>");
        assertThat(Xhtml.paragraphs("  \n ", "answer").isEmpty()).isTrue();
    }

    @Test
    void templatesEscapeTextTakeMarkupAndRefuseAMissingOrMistypedValue() {
        XhtmlTemplate flag = XhtmlTemplate.load("flag.xhtml");

        assertThat(flag.render(Map.of("kind", "a\"b", "label", "<x>"), key -> key).xhtml().strip())
                .isEqualTo("<span class=\"flag a&quot;b\">&lt;x&gt;</span>");
        assertThatThrownBy(() -> flag.render(Map.of("kind", "k"), key -> key)).hasMessageContaining("label");
        assertThatThrownBy(() -> XhtmlTemplate.load("values.xhtml").render(Map.of("rows", "<tr/>"), key -> key))
                .hasMessageContaining("Markup");
    }

    @Test
    void cssStringsAreQuotedSafely() {
        assertThat(Css.string("Page \"1\" \\ of\n")).isEqualTo("\"Page \\\"1\\\" \\\\ of\\a \"");
    }

    @Test
    void linesDoNotBreakInsideWordsAtApostrophesNumberRangesOrBeforeADash() {
        assertThat(breaks("They don’t sign it’s 0–10 staff on a час — премиальная 2,1 млн ₽ ok"))
                .contains("don’t ", "it’s ", "0–10 ", "час — ", "млн ₽ ")
                .doesNotContain("don’", "0–", "—");
    }

    private static List<String> breaks(String text) {
        FSTextBreaker breaker = new TypographicLineBreaker(Locale.forLanguageTag("ru"));
        breaker.setText(text);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int end = breaker.next(); end != BreakIterator.DONE; end = breaker.next()) {
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }
}
