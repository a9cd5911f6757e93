package org.icpworkbench.logic.export;

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
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.questionnaire.Audience;
import org.junit.jupiter.api.Test;

/** The export bundles say the same things in English and Russian, and hold every key the code and templates use. */
class ExportBundleParityTest {

    private static final String BASE = "/org/icpworkbench/i18n/export";

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ExportBundleParityTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Set<String> english = load(BASE + ".properties").stringPropertyNames();
        Set<String> russian = load(BASE + "_ru.properties").stringPropertyNames();

        assertThat(russian).as("export_ru.properties").containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void noTextIsEmptyEveryPatternFormatsAndRussianIsRussian() throws IOException {
        Properties english = load(BASE + ".properties");
        Properties russian = load(BASE + "_ru.properties");
        for (Properties bundle : new Properties[] {english, russian}) {
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                assertThat(value).as(key).isNotBlank().doesNotContain("'");
                new MessageFormat(value);
            }
        }
        Set<String> untranslated = new TreeSet<>();
        for (String key : russian.stringPropertyNames()) {
            String value = russian.getProperty(key);
            if (value.matches(".*[A-Za-z]{2,}.*") && !value.matches(".*[А-Яа-яЁё].*") && !key.equals("format.date")) {
                untranslated.add(key);
            }
        }
        assertThat(untranslated).as("Russian texts still in English").isEmpty();
    }

    @Test
    void everyKeyTheCodeAndTheTemplatesNameExists() throws IOException {
        Set<String> keys = load(BASE + ".properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern inCode = Pattern.compile("texts\\.(?:get|find)\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
        Pattern inTemplates = Pattern.compile("\\{\\{#([a-zA-Z0-9_.]+)}}");
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/java/org/icpworkbench/logic/export")),
                Files.walk(Path.of("src/main/resources/org/icpworkbench/logic/export/templates")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = (file.toString().endsWith(".java") ? inCode : inTemplates).matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        for (Audience audience : Audience.values()) {
            used.add("audience." + audience.name());
        }
        for (InterviewStatus status : InterviewStatus.values()) {
            used.add("status." + status.name());
        }
        for (String unit : new String[] {"HOURS", "DAYS", "WEEKS", "MONTHS", "YEARS"}) {
            for (String form : new String[] {"one", "few", "many"}) {
                used.add("unit." + unit + "." + form);
            }
        }
        for (String part : new String[] {"industry", "sizeBand", "revenueBand", "region"}) {
            used.add("firmographics." + part);
        }

        assertThat(used).as("keys used but missing from export.properties").isSubsetOf(keys);
        assertThat(used).contains("document.kicker", "fact.project", "note.label");
    }
}
