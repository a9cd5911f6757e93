package org.icpworkbench.logic.export;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * openhtmltopdf's own line-break opportunities (the JDK's line {@link BreakIterator}, URL aware) minus a few the
 * JDK allows and a careful typesetter would not: after an apostrophe inside a word ("don’" / "t"), after the dash
 * of a number range ("0–" / "10"), and before a spaced dash or a currency sign, which Russian typography keeps on
 * the line of the word before it ("на час" / "— премиальная", "2,1 млн" / "₽"). Layout stays the library's.
 */
final class TypographicLineBreaker implements FSTextBreaker {

    private final FSTextBreaker delegate;
    private String text = "";

    TypographicLineBreaker(Locale locale) {
        this.delegate = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(locale));
    }

    @Override
    public void setText(String newText) {
        text = newText;
        delegate.setText(newText);
    }

    @Override
    public int next() {
        int boundary = delegate.next();
        while (boundary != BreakIterator.DONE && suppressed(boundary)) {
            boundary = delegate.next();
        }
        return boundary;
    }

    private boolean suppressed(int boundary) {
        if (boundary < 2 || boundary >= text.length()) {
            return false;
        }
        char before = text.charAt(boundary - 2);
        char last = text.charAt(boundary - 1);
        char next = text.charAt(boundary);
        boolean apostropheInWord = (last == '\u2019' || last == '\'') && Character.isLetter(before) && Character.isLetter(next);
        boolean numberRange = last == '\u2013' && Character.isDigit(before) && Character.isDigit(next);
        boolean dashOrCurrencyAfterSpace = Character.isWhitespace(last) && !Character.isWhitespace(before)
                && (next == '\u2014' || next == '\u2013' || Character.getType(next) == Character.CURRENCY_SYMBOL);
        return apostropheInWord || numberRange || dashOrCurrencyAfterSpace;
    }
}
