package org.icpworkbench.logic.customer.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a text file's bytes into text (ADR 0012). With an encoding the user chose, that one, strictly: bytes it
 * cannot decode are a problem. Otherwise: a UTF-8 or UTF-16 byte-order mark says which; bytes that decode as strict
 * UTF-8 are UTF-8; anything else is the single-byte encoding {@link EncodingGuess} finds clearly most plausible —
 * and when none is, the text is decoded with the likeliest one for the preview, with a problem that blocks the
 * import until the user chooses.
 */
final class TextDecoding {

    /** The text, the encoding's name as the preview shows it, and the problem that blocks the import, if any. */
    record Decoded(String text, String encodingName, Optional<ImportProblem> problem) { }

    private static final Map<String, String> DISPLAY_NAMES = Map.of("windows-1251", "Windows-1251",
            "windows-1252", "Windows-1252", "KOI8-R", "KOI8-R", "UTF-8", "UTF-8", "ISO-8859-1", "ISO-8859-1",
            "IBM866", "IBM866 (DOS)", "UTF-16LE", "UTF-16LE", "UTF-16BE", "UTF-16BE", "UTF-16", "UTF-16");

    private TextDecoding() {
    }

    static String displayName(Charset charset) {
        return DISPLAY_NAMES.getOrDefault(charset.name(), charset.name());
    }

    static Decoded decode(byte[] bytes, Optional<Charset> chosen) {
        if (chosen.isPresent()) {
            return decodeAs(bytes, chosen.get());
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 BOM", Optional.empty());
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", Optional.empty());
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", Optional.empty());
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded(utf8.get(), "UTF-8", Optional.empty());
        }
        List<EncodingGuess.Candidate> ranked = EncodingGuess.rank(bytes);
        Optional<EncodingGuess.Candidate> winner = EncodingGuess.clearWinner(ranked);
        EncodingGuess.Candidate shown = winner.orElse(ranked.get(0));
        String text = new String(bytes, shown.charset());
        if (winner.isPresent()) {
            return new Decoded(text, shown.name(), Optional.empty());
        }
        String likely = ranked.stream().limit(2).map(EncodingGuess.Candidate::name).collect(Collectors.joining(", "));
        return new Decoded(text, shown.name() + "?",
                Optional.of(ImportProblem.file("import.problem.encoding.unclear", likely)));
    }

    private static Decoded decodeAs(byte[] bytes, Charset charset) {
        int skip = charset.equals(StandardCharsets.UTF_8) && startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        String name = displayName(charset);
        Optional<String> text = strict(bytes, skip, charset);
        if (text.isPresent()) {
            return new Decoded(text.get(), name, Optional.empty());
        }
        return new Decoded(new String(bytes, skip, bytes.length - skip, charset), name,
                Optional.of(ImportProblem.file("import.problem.encoding.invalid", name)));
    }

    private static Optional<String> strict(byte[] bytes, int skip, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
