package org.icpworkbench.logic.customer.imports;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells which single-byte encoding a text file that is not UTF-8 is in, by how plausible each candidate's decoded
 * text is (ADR 0012): Windows-1251, KOI8-R and Windows-1252/ISO-8859-1. A word is plausible in one script with
 * ordinary case (all lower, all upper or capitalised); a word mixing Cyrillic and Latin letters, or with an upper
 * case letter after a lower case one, is not; Latin words made mostly of accented letters are what Cyrillic bytes
 * become in Windows-1252. Cyrillic text is also judged by its letters: in Russian about 80 % of letters are one of
 * «оеаинтсрвлкмдпу» and few are «хжшюцщэфъ», while a wrong Cyrillic code page swaps them. Characters that ordinary
 * text does not hold (box drawing, control characters, undefined bytes) count heavily against a candidate. The best
 * candidate is chosen only when it is plausible and clearly ahead of the next one; otherwise the caller asks.
 */
final class EncodingGuess {

    /** A candidate and how plausible its text is. */
    record Candidate(Charset charset, String name, double score) { }

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset KOI8_R = Charset.forName("KOI8-R");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How far the best candidate must lead the next one. */
    static final double MARGIN = 3;

    private static final String COMMON = "оеаинтсрвлкмдпу";
    private static final String RARE = "хжшюцщэфъ";
    private static final String ORDINARY_SYMBOLS = "«»„“”‘’—–…№°€₽§©®™•·\u00A0±×";

    private EncodingGuess() {
    }

    /** Every candidate for {@code bytes}, most plausible first. */
    static List<Candidate> rank(byte[] bytes) {
        List<Candidate> candidates = new ArrayList<>();
        candidates.add(candidate(bytes, WINDOWS_1251, "Windows-1251"));
        candidates.add(candidate(bytes, KOI8_R, "KOI8-R"));
        candidates.add(candidate(bytes, WINDOWS_1252, usesC1Range(bytes) ? "Windows-1252" : "ISO-8859-1"));
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates;
    }

    /** The candidate to use, when one is plausible and clearly ahead. */
    static Optional<Candidate> clearWinner(List<Candidate> ranked) {
        Candidate best = ranked.get(0);
        Candidate next = ranked.get(1);
        return best.score() > 0 && best.score() - next.score() >= MARGIN ? Optional.of(best) : Optional.empty();
    }

    private static Candidate candidate(byte[] bytes, Charset charset, String name) {
        return new Candidate(charset, name, plausibility(new String(bytes, charset)));
    }

    private static boolean usesC1Range(byte[] bytes) {
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            if (unsigned >= 0x80 && unsigned <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    static double plausibility(String text) {
        double score = 0;
        int cyrillic = 0;
        int common = 0;
        int rare = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                if (c > 0x7F && !Character.isDigit(c) && ORDINARY_SYMBOLS.indexOf(c) < 0) {
                    score -= 3;
                }
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            i = end;
            Script script = script(word);
            switch (script) {
                case ASCII -> { }
                case CYRILLIC -> {
                    score += ordinaryCase(word) ? 1 : -2;
                    for (char letter : word.toLowerCase(Locale.ROOT).toCharArray()) {
                        cyrillic++;
                        common += COMMON.indexOf(letter) >= 0 ? 1 : 0;
                        rare += RARE.indexOf(letter) >= 0 ? 1 : 0;
                    }
                }
                case LATIN -> score += ordinaryCase(word) && accentedShare(word) <= 0.5 ? 1 : -2;
                case MIXED -> score -= 2;
            }
        }
        if (cyrillic > 0) {
            score += ((double) common / cyrillic - 0.55) * cyrillic * 0.5 - rare;
        }
        return score;
    }

    private enum Script { ASCII, CYRILLIC, LATIN, MIXED }

    private static Script script(String word) {
        boolean cyrillic = false;
        boolean latin = false;
        boolean other = false;
        boolean nonAscii = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            nonAscii |= c > 0x7F;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            cyrillic |= script == Character.UnicodeScript.CYRILLIC;
            latin |= script == Character.UnicodeScript.LATIN;
            other |= script != Character.UnicodeScript.CYRILLIC && script != Character.UnicodeScript.LATIN;
        }
        if (!nonAscii) {
            return Script.ASCII;
        }
        if (other || cyrillic && latin) {
            return Script.MIXED;
        }
        return cyrillic ? Script.CYRILLIC : Script.LATIN;
    }

    private static boolean ordinaryCase(String word) {
        String rest = word.substring(1);
        return word.equals(word.toLowerCase(Locale.ROOT)) || word.equals(word.toUpperCase(Locale.ROOT))
                || Character.isUpperCase(word.charAt(0)) && rest.equals(rest.toLowerCase(Locale.ROOT));
    }

    private static double accentedShare(String word) {
        long accented = word.chars().filter(c -> c > 0x7F).count();
        return (double) accented / word.length();
    }
}
