package org.icpworkbench.logic.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.icpworkbench.testsupport.TestWorkspace;
import org.jooq.impl.DSL;

/** Test helpers: take archives apart, put (possibly broken) ones together, and count every table's rows. */
final class ArchiveFiles {

    private ArchiveFiles() {
    }

    /** The entries of a zip in their order, read without the importer's checks. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static Map<String, byte[]> entries(Path zip) {
        try {
            return entries(Files.readAllBytes(zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTime(0);
                out.putNextEntry(zipEntry);
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entries with a manifest that matches them again (checksums, sizes, counts of the original manifest). */
    static Map<String, byte[]> resealed(Map<String, byte[]> entries) {
        try {
            var mapper = ArchiveFormat.mapper();
            ArchiveFormat.Manifest manifest = mapper.readValue(entries.get(ArchiveFormat.MANIFEST), ArchiveFormat.Manifest.class);
            List<ArchiveFormat.Entry> listed = new ArrayList<>();
            for (ArchiveFormat.Entry entry : manifest.entries()) {
                byte[] bytes = entries.get(entry.name());
                listed.add(bytes == null ? entry
                        : new ArchiveFormat.Entry(entry.name(), ArchiveFormat.sha256(bytes), bytes.length, entry.count()));
            }
            Map<String, byte[]> result = new LinkedHashMap<>(entries);
            result.put(ArchiveFormat.MANIFEST, ArchiveFormat.write(new ArchiveFormat.Manifest(manifest.format(),
                    manifest.formatVersion(), manifest.schemaVersion(), manifest.appVersion(), manifest.exportedAt(),
                    manifest.projectName(), listed)));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArchiveFormat.Manifest manifest(Map<String, byte[]> entries) {
        try {
            return ArchiveFormat.mapper().readValue(entries.get(ArchiveFormat.MANIFEST), ArchiveFormat.Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> withManifest(Map<String, byte[]> entries, ArchiveFormat.Manifest manifest) {
        Map<String, byte[]> result = new LinkedHashMap<>(entries);
        result.put(ArchiveFormat.MANIFEST, ArchiveFormat.write(manifest));
        return result;
    }

    static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows per table of the whole workspace (Flyway's history included), by table name. */
    static Map<String, Integer> rowCounts(TestWorkspace workspace) {
        return workspace.inDatabase(dsl -> {
            Map<String, Integer> counts = new TreeMap<>();
            for (String table : dsl.select(DSL.field(DSL.name("TABLE_NAME"), String.class))
                    .from(DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES")))
                    .where(DSL.field(DSL.name("TABLE_SCHEMA"), String.class).eq("PUBLIC"))
                    .fetch(0, String.class)) {
                counts.put(table, dsl.fetchCount(DSL.table(DSL.name("PUBLIC", table))));
            }
            return counts;
        });
    }

    /** The content of a valid archive file's bytes. */
    static org.icpworkbench.model.archive.ProjectArchive content(byte[] zip) {
        try {
            Path file = Files.createTempFile("archive", ".icpw");
            try {
                Files.write(file, zip);
                return new ArchiveReader(ArchiveLimits.DEFAULT).read(file, Integer.MAX_VALUE).archive();
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instant exportedAt(Map<String, byte[]> entries) {
        return manifest(entries).exportedAt();
    }
}
