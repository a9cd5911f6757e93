package org.icpworkbench.logic.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An XHTML fragment kept in resources, with three kinds of placeholder:
 * {@code {{name}}} takes a text and escapes it, {@code {{{name}}}} takes {@link Markup} as it is, and
 * {@code {{#key}}} is the text of a resource-bundle key, escaped. A placeholder without a value is an error,
 * so a typo in a template fails the tests instead of printing nothing.
 */
final class XhtmlTemplate {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{\\{([A-Za-z]+)}}}|\\{\\{#([A-Za-z0-9_.]+)}}|\\{\\{([A-Za-z]+)}}");

    private final String name;
    private final String source;

    private XhtmlTemplate(String name, String source) {
        this.name = name;
        this.source = source;
    }

    /** Loads {@code templates/<name>} next to this class. */
    static XhtmlTemplate load(String name) {
        String resource = "templates/" + name;
        try (InputStream in = XhtmlTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing template " + resource);
            }
            return new XhtmlTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the placeholders; values are {@link String} for {@code {{name}}} and {@link Markup} for {@code {{{name}}}}. */
    Markup render(Map<String, ?> values, UnaryOperator<String> bundleText) {
        Matcher matcher = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder(source.length() + 256);
        while (matcher.find()) {
            String replacement;
            if (matcher.group(1) != null) {
                replacement = value(values, matcher.group(1), Markup.class).xhtml();
            } else if (matcher.group(2) != null) {
                replacement = Xhtml.escape(bundleText.apply(matcher.group(2)));
            } else {
                replacement = Xhtml.escape(value(values, matcher.group(3), String.class));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return new Markup(out.toString());
    }

    private <T> T value(Map<String, ?> values, String key, Class<T> type) {
        Object value = values.get(key);
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Template " + name + " needs a " + type.getSimpleName() + " for " + key
                    + ", got " + (value == null ? "nothing" : value.getClass().getSimpleName()));
        }
        return type.cast(value);
    }
}
