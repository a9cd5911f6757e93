package org.icpworkbench.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** English and Russian must say the same things: the same keys, none empty, every pattern well formed. */
class BundleParityTest {

    private static final String BASE = "/org/icpworkbench/i18n/messages";

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleParityTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Set<String> english = new TreeSet<>(load(BASE + ".properties").stringPropertyNames());
        Set<String> russian = new TreeSet<>(load(BASE + "_ru.properties").stringPropertyNames());

        assertThat(difference(english, russian)).as("keys missing in messages_ru.properties").isEmpty();
        assertThat(difference(russian, english)).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void noTextIsEmptyAndEveryPatternFormats() throws IOException {
        for (String resource : new String[] {BASE + ".properties", BASE + "_ru.properties"}) {
            Properties properties = load(resource);
            for (String key : properties.stringPropertyNames()) {
                String value = properties.getProperty(key);
                assertThat(value).as(resource + " " + key).isNotBlank();
                assertThat(value).as(resource + " " + key + " uses a plain apostrophe; write ’ instead").doesNotContain("'");
                new MessageFormat(value);
            }
        }
    }

    @Test
    void russianTextsAreRussian() throws IOException {
        Properties russian = load(BASE + "_ru.properties");
        Properties english = load(BASE + ".properties");
        Set<String> untranslated = new TreeSet<>();
        for (String key : russian.stringPropertyNames()) {
            String value = russian.getProperty(key);
            boolean hasLetters = value.chars().anyMatch(Character::isLetter);
            boolean sameAsEnglish = value.equals(english.getProperty(key)) && !value.matches("[A-Z]{2,5}");
            if (hasLetters && sameAsEnglish && !key.equals("app.title") && !key.startsWith("language.")
                    && !key.startsWith("usage.") && !key.equals("dialog.error.title") && !key.equals("about.header")) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).as("keys whose Russian text is still English").isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> keys = load(BASE + ".properties").stringPropertyNames();
        Pattern literal = Pattern.compile("(?:messages(?:\\(\\))?\\.get|messages(?:\\(\\))?\\.plural|UserFacingException)\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    boolean plural = matcher.group(0).contains("plural");
                    if (plural ? !keys.contains("plural." + key + ".one") : !keys.contains(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in code but absent from the bundles").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
