package org.icpworkbench.logic.archive;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.icpworkbench.logic.archive.ArchiveFormat.EntryType;
import org.icpworkbench.logic.archive.ArchiveFormat.Manifest;
import org.icpworkbench.model.archive.ProjectArchive;

/**
 * Reads a project archive file into memory and checks everything that can be checked without the database, in this
 * order: the file (size, ZIP structure, entry count, entry names, duplicates), the manifest (format, versions, the list
 * of entries), each entry's unpacked size and SHA-256, the JSON of each entry, and each entry's record count. Any
 * problem is an {@link ArchiveException}; nothing else escapes.
 */
final class ArchiveReader {

    /** A read archive: its manifest and its content (not yet validated by {@link ArchiveValidator}). */
    record Contents(Manifest manifest, ProjectArchive archive) {
    }

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private final ArchiveLimits limits;

    ArchiveReader(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** Reads the file; {@code currentSchema} is the workspace's schema version (the newest an archive may have). */
    Contents read(Path file, int currentSchema) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new ArchiveException("archive.error.notFound", file.toString());
            }
            if (Files.size(file) > limits.maxArchiveBytes()) {
                throw new ArchiveException("archive.error.archiveTooLarge", file.toString(),
                        ArchiveLimits.megabytes(limits.maxArchiveBytes()));
            }
        } catch (IOException e) {
            throw new ArchiveException(e, "archive.error.read", file.toString(), describe(e));
        }
        try (ZipFile zip = open(file)) {
            try {
                return read(zip, file, currentSchema);
            } catch (IOException e) {
                // The file opened, so what fails now is its content: a damaged entry (a cut-off stream and the like).
                throw new ArchiveException(e, "archive.error.notZip", file.toString());
            }
        } catch (ZipException e) {
            throw new ArchiveException(e, "archive.error.notZip", file.toString());
        } catch (IOException e) {
            throw new ArchiveException(e, "archive.error.read", file.toString(), describe(e));
        }
    }

    private static ZipFile open(Path file) throws IOException {
        try {
            return new ZipFile(file.toFile());
        } catch (IllegalArgumentException | SecurityException e) {
            // Older JDKs report undecodable entry names as IllegalArgumentException.
            throw new ZipException(String.valueOf(e.getMessage()));
        }
    }

    private Contents read(ZipFile zip, Path file, int currentSchema) throws IOException {
        if (zip.size() > limits.maxEntries()) {
            throw new ArchiveException("archive.error.tooManyEntries", Integer.toString(zip.size()),
                    Integer.toString(limits.maxEntries()));
        }
        Map<String, EntryType> types = ArchiveFormat.entriesByName();
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (isUnsafe(name)) {
                throw new ArchiveException("archive.error.unsafeName", printable(name));
            }
            if (entries.putIfAbsent(name, entry) != null) {
                throw new ArchiveException("archive.error.duplicateEntry", name);
            }
            if (!name.equals(ArchiveFormat.MANIFEST) && !types.containsKey(name)) {
                throw new ArchiveException("archive.error.unexpectedEntry", printable(name));
            }
        }
        ZipEntry manifestEntry = entries.get(ArchiveFormat.MANIFEST);
        if (manifestEntry == null) {
            throw new ArchiveException("archive.error.missingEntry", ArchiveFormat.MANIFEST);
        }
        long[] total = {0};
        byte[] manifestBytes = readBounded(zip, manifestEntry, Math.min(limits.maxManifestBytes(), limits.maxEntryBytes()),
                total);
        // Unknown manifest fields are let through, so that a newer format is told as such, not as a bad field.
        Manifest manifest = (Manifest) parse(ArchiveFormat.MANIFEST, manifestBytes,
                ArchiveFormat.mapper().getTypeFactory().constructType(Manifest.class), true);
        checkManifest(manifest, entries.keySet(), currentSchema);

        Map<String, ArchiveFormat.Entry> listed = new HashMap<>();
        manifest.entries().forEach(entry -> listed.put(entry.name(), entry));
        Map<String, Object> values = new HashMap<>();
        for (EntryType type : ArchiveFormat.ENTRIES) {
            ArchiveFormat.Entry expected = listed.get(type.name());
            ZipEntry zipEntry = entries.get(type.name());
            byte[] bytes = readBounded(zip, zipEntry, limits.maxEntryBytes(), total);
            if (bytes.length != expected.bytes()) {
                throw new ArchiveException("archive.error.size", type.name(), Integer.toString(bytes.length),
                        Long.toString(expected.bytes()));
            }
            if (!ArchiveFormat.sha256(bytes).equals(expected.sha256())) {
                throw new ArchiveException("archive.error.checksum", type.name());
            }
            values.put(type.name(), parse(type.name(), bytes, type.type()));
        }
        for (EntryType type : ArchiveFormat.ENTRIES) {
            Object value = values.get(type.name());
            if (value == null && !type.name().equals("scorecard.json")) {
                throw new ArchiveException("archive.invalid.required", type.name(), "$");
            }
            int count = type.count().applyAsInt(value);
            if (count != listed.get(type.name()).count()) {
                throw new ArchiveException("archive.error.count", type.name(), Integer.toString(count),
                        Integer.toString(listed.get(type.name()).count()));
            }
        }
        return new Contents(manifest, assemble(values));
    }

    private static void checkManifest(Manifest manifest, Set<String> zipNames, int currentSchema) {
        String where = ArchiveFormat.MANIFEST;
        if (manifest == null) {
            throw new ArchiveException("archive.invalid.required", where, "$");
        }
        if (!ArchiveFormat.FORMAT.equals(manifest.format())) {
            throw new ArchiveException("archive.error.format", printable(String.valueOf(manifest.format())));
        }
        if (manifest.formatVersion() < 1 || manifest.formatVersion() > ArchiveFormat.FORMAT_VERSION) {
            throw new ArchiveException("archive.error.formatVersion", Integer.toString(manifest.formatVersion()),
                    Integer.toString(ArchiveFormat.FORMAT_VERSION));
        }
        int schema;
        try {
            schema = manifest.schemaVersion() == null ? -1 : Integer.parseInt(manifest.schemaVersion());
        } catch (NumberFormatException e) {
            schema = -1;
        }
        if (schema < 1 || schema > currentSchema) {
            throw new ArchiveException("archive.error.schemaVersion", printable(String.valueOf(manifest.schemaVersion())),
                    Integer.toString(currentSchema));
        }
        if (manifest.entries() == null) {
            throw new ArchiveException("archive.invalid.required", where, "$.entries");
        }
        Set<String> names = new HashSet<>();
        List<ArchiveFormat.Entry> entries = manifest.entries();
        for (int i = 0; i < entries.size(); i++) {
            ArchiveFormat.Entry entry = entries.get(i);
            String path = "$.entries[" + i + "]";
            if (entry == null || entry.name() == null) {
                throw new ArchiveException("archive.invalid.required", where, path + ".name");
            }
            if (ArchiveFormat.entryNamed(entry.name()) == null) {
                throw new ArchiveException("archive.error.unexpectedEntry", printable(entry.name()));
            }
            if (!names.add(entry.name())) {
                throw new ArchiveException("archive.error.duplicateEntry", entry.name());
            }
            if (entry.sha256() == null || !HEX.matcher(entry.sha256()).matches()) {
                throw new ArchiveException("archive.invalid.value", where, path + ".sha256");
            }
            if (entry.bytes() < 0 || entry.count() < 0) {
                throw new ArchiveException("archive.invalid.value", where, path + (entry.bytes() < 0 ? ".bytes" : ".count"));
            }
            if (!zipNames.contains(entry.name())) {
                throw new ArchiveException("archive.error.missingEntry", entry.name());
            }
        }
        for (EntryType type : ArchiveFormat.ENTRIES) {
            if (!names.contains(type.name())) {
                throw new ArchiveException(zipNames.contains(type.name()) ? "archive.error.unlisted"
                        : "archive.error.missingEntry", type.name());
            }
        }
    }

    /** Unpacks an entry, counting what it really inflates to, never what its header claims. */
    private byte[] readBounded(ZipFile zip, ZipEntry entry, long max, long[] total) throws IOException {
        if (entry.getSize() > max) {
            throw new ArchiveException("archive.error.entryTooLarge", entry.getName(), ArchiveLimits.megabytes(max));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(entry.getSize(), 1 << 20)));
        byte[] buffer = new byte[1 << 16];
        long read = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                read += n;
                total[0] += n;
                if (read > max) {
                    throw new ArchiveException("archive.error.entryTooLarge", entry.getName(), ArchiveLimits.megabytes(max));
                }
                if (total[0] > limits.maxTotalBytes()) {
                    throw new ArchiveException("archive.error.totalTooLarge", ArchiveLimits.megabytes(limits.maxTotalBytes()));
                }
                out.write(buffer, 0, n);
            }
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            // The inflater's own complaints about a damaged stream.
            throw new ZipException(String.valueOf(e.getMessage()));
        }
        return out.toByteArray();
    }

    private static Object parse(String entry, byte[] bytes, com.fasterxml.jackson.databind.JavaType type) {
        return parse(entry, bytes, type, false);
    }

    private static Object parse(String entry, byte[] bytes, com.fasterxml.jackson.databind.JavaType type,
            boolean lenient) {
        try {
            var reader = ArchiveFormat.mapper().readerFor(type);
            if (lenient) {
                reader = reader.without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            }
            return reader.readValue(bytes);
        } catch (UnrecognizedPropertyException e) {
            throw new ArchiveException(e, "archive.error.jsonField", entry, path(e), printable(e.getPropertyName()));
        } catch (DatabindException e) {
            // Jackson wraps syntax errors met inside a record with the path; they are still syntax errors.
            for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof StreamReadException syntax && !(cause instanceof DatabindException)) {
                    throw syntaxError(entry, syntax);
                }
            }
            throw new ArchiveException(e, "archive.error.jsonValue", entry, path((JsonMappingException) e));
        } catch (StreamReadException e) {
            throw syntaxError(entry, e);
        } catch (JsonProcessingException e) {
            throw new ArchiveException(e, "archive.error.jsonValue", entry, "$");
        } catch (IOException | RuntimeException e) {
            // Jackson reports some malformed input (bad UTF-8 and the like) as plain I/O or runtime errors.
            throw new ArchiveException(e, "archive.error.jsonSyntax", entry, "?", "?");
        }
    }

    private static ArchiveException syntaxError(String entry, StreamReadException e) {
        JsonLocation location = e.getLocation();
        return new ArchiveException(e, "archive.error.jsonSyntax", entry,
                Integer.toString(location == null ? 0 : location.getLineNr()),
                Integer.toString(location == null ? 0 : location.getColumnNr()));
    }

    /** The JSON path of a mapping error, e.g. {@code $[3].interviewId}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append('.').append(printable(reference.getFieldName()));
            }
        }
        return path.toString();
    }

    private static ProjectArchive assemble(Map<String, Object> values) {
        return new ProjectArchive(
                (ProjectArchive.Project) values.get("project.json"),
                list(values, "products.json"),
                list(values, "respondents.json"),
                list(values, "questionnaire.json"),
                list(values, "interviews.json"),
                list(values, "answers.json"),
                list(values, "tags.json"),
                list(values, "passages.json"),
                list(values, "memos.json"),
                list(values, "customers.json"),
                (ProjectArchive.Portrait) values.get("portrait.json"),
                list(values, "versions.json"),
                (ProjectArchive.Scorecard) values.get("scorecard.json"),
                list(values, "prospects.json"));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Map<String, Object> values, String name) {
        return (List<T>) values.get(name);
    }

    /** Absolute paths, parent steps, drive letters, backslashes and control characters: nothing a safe name has. */
    static boolean isUnsafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return true;
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                return true;
            }
        }
        return name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** A name fit for a one-line message: control characters replaced, at most 100 characters. */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 100 ? cleaned.substring(0, 100) + "…" : cleaned;
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }
}
