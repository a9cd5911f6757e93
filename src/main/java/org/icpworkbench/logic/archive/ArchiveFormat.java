package org.icpworkbench.logic.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.icpworkbench.model.archive.ProjectArchive;

/**
 * The project archive format ({@code .icpw}, format version 2; version 1 is still read): a ZIP file whose first entry
 * is {@code manifest.json} and whose other entries are the JSON files of {@link #ENTRIES}, one per kind of record.
 * See {@code docs/decisions/0015-project-archive.md}.
 */
public final class ArchiveFormat {

    /** The file name extension of project archives. */
    public static final String EXTENSION = ".icpw";
    public static final String FORMAT = "icp-workbench-project";
    /** The newest format version this build writes and reads. */
    public static final int FORMAT_VERSION = 2;
    /**
     * The first format version whose product picks (values of catalogue fields) are archive ids of products.json;
     * version 1 wrote database ids of the exporting workspace.
     */
    static final int ARCHIVE_ID_PICKS_VERSION = 2;
    public static final String MANIFEST = "manifest.json";

    /** The manifest: what the archive is and, per entry, its SHA-256, size in bytes and number of records. */
    public record Manifest(String format, int formatVersion, String schemaVersion, String appVersion, Instant exportedAt,
            String projectName, List<Entry> entries) {
    }

    public record Entry(String name, String sha256, long bytes, int count) {
    }

    /** One JSON entry: its name, the Java type it holds, how to take it from an archive and how many records it has. */
    record EntryType(String name, JavaType type, Function<ProjectArchive, Object> value, ToIntFunction<Object> count) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        // Texts may be as long as an entry may be big; the default (20 M characters) would refuse a long transcript.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE - 1024).maxNestingDepth(64).build());
    }

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final ToIntFunction<Object> ONE = value -> value == null ? 0 : 1;
    private static final ToIntFunction<Object> SIZE = value -> value instanceof List<?> list ? list.size() : 0;

    /** Every entry besides the manifest, in the order written, which is also the order the importer stores them. */
    static final List<EntryType> ENTRIES = List.of(
            entry("project.json", new TypeReference<ProjectArchive.Project>() { }, ProjectArchive::project, ONE),
            entry("products.json", new TypeReference<List<ProjectArchive.Product>>() { }, ProjectArchive::products, SIZE),
            entry("respondents.json", new TypeReference<List<ProjectArchive.Respondent>>() { },
                    ProjectArchive::respondents, SIZE),
            entry("questionnaire.json", new TypeReference<List<ProjectArchive.Template>>() { },
                    ProjectArchive::questionnaires, SIZE),
            entry("interviews.json", new TypeReference<List<ProjectArchive.Interview>>() { },
                    ProjectArchive::interviews, SIZE),
            entry("answers.json", new TypeReference<List<ProjectArchive.Answer>>() { }, ProjectArchive::answers, SIZE),
            entry("tags.json", new TypeReference<List<ProjectArchive.Tag>>() { }, ProjectArchive::tags, SIZE),
            entry("passages.json", new TypeReference<List<ProjectArchive.Passage>>() { }, ProjectArchive::passages, SIZE),
            entry("memos.json", new TypeReference<List<ProjectArchive.Memo>>() { }, ProjectArchive::memos, SIZE),
            entry("customers.json", new TypeReference<List<ProjectArchive.Customer>>() { }, ProjectArchive::customers, SIZE),
            entry("portrait.json", new TypeReference<ProjectArchive.Portrait>() { }, ProjectArchive::portrait, ONE),
            entry("versions.json", new TypeReference<List<ProjectArchive.Version>>() { }, ProjectArchive::versions, SIZE),
            entry("scorecard.json", new TypeReference<ProjectArchive.Scorecard>() { }, ProjectArchive::scorecard, ONE),
            entry("prospects.json", new TypeReference<List<ProjectArchive.Prospect>>() { }, ProjectArchive::prospects, SIZE));

    private ArchiveFormat() {
    }

    private static EntryType entry(String name, TypeReference<?> type, Function<ProjectArchive, Object> value,
            ToIntFunction<Object> count) {
        return new EntryType(name, MAPPER.getTypeFactory().constructType(type), value, count);
    }

    static EntryType entryNamed(String name) {
        return ENTRIES.stream().filter(entry -> entry.name().equals(name)).findFirst().orElse(null);
    }

    /** The entry names in the order written, manifest first. */
    public static List<String> entryNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(MANIFEST), ENTRIES.stream().map(EntryType::name))
                .toList();
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The canonical JSON of a value: two-space indents, {@code \n} line ends, UTF-8. */
    static byte[] write(Object value) {
        try {
            return WRITER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write archive JSON", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application version Maven wrote into the build (the app layer's {@code build-info.properties}). */
    static String appVersion() {
        Properties properties = new Properties();
        try (InputStream in = ArchiveFormat.class.getResourceAsStream("/org/icpworkbench/app/build-info.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    /** Kept for the reader: the entry types by name. */
    static Map<String, EntryType> entriesByName() {
        return ENTRIES.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(EntryType::name, entry -> entry));
    }
}
