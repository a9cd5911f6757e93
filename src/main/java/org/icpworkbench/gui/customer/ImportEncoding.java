package org.icpworkbench.gui.customer;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.i18n.Messages;

/** An encoding the import dialog offers for a text file: detected (empty), or one the user chooses. */
public record ImportEncoding(String label, Optional<Charset> charset) {

    private static final List<String> OFFERED = List.of("UTF-8", "windows-1251", "KOI8-R", "IBM866", "ISO-8859-1",
            "windows-1252", "UTF-16LE", "UTF-16BE");

    /** "Detect automatically" first, then the encodings Russian and European files come in. */
    static List<ImportEncoding> offered(Messages messages) {
        List<ImportEncoding> choices = new ArrayList<>();
        choices.add(new ImportEncoding(messages.get("customers.import.encoding.auto"), Optional.empty()));
        for (String name : OFFERED) {
            Charset charset = Charset.forName(name);
            String label = switch (name) {
                case "windows-1251" -> "Windows-1251";
                case "windows-1252" -> "Windows-1252";
                case "IBM866" -> "IBM866 (DOS)";
                default -> name;
            };
            choices.add(new ImportEncoding(label, Optional.of(charset)));
        }
        return List.copyOf(choices);
    }

    @Override
    public String toString() {
        return label;
    }
}
