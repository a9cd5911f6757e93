package org.icpworkbench.logic.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.icpworkbench.logic.archive.ArchiveFormat.EntryType;
import org.icpworkbench.logic.archive.ArchiveFormat.Manifest;
import org.icpworkbench.logic.archive.ArchiveProgress.Stage;
import org.icpworkbench.logic.export.AtomicFileWriter;
import org.icpworkbench.logic.persistence.ArchiveRepository;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.archive.ProjectArchive;

/**
 * Writes a whole project as one project archive file ({@code .icpw}): the project is read on the database thread in
 * one read transaction, then turned into JSON, zipped and written on a thread of its own through
 * {@link AtomicFileWriter}, so the file appears complete or not at all.
 */
public final class ProjectArchiveExporter {

    /** Key of an unknown project; its argument {0} is the id. */
    public static final String NO_PROJECT = "cli.error.noProject";
    /** Key of a file that cannot be written; {0} the file, {1} the reason. */
    public static final String WRITE_FAILED = "archive.error.write";

    private static final Executor WRITE_THREAD = task -> Thread.ofPlatform().name("archive-export").start(task);

    private final DatabaseExecutor database;
    private final Clock clock;

    public ProjectArchiveExporter(DatabaseExecutor database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public CompletableFuture<Path> export(long projectId, Path out) {
        return export(projectId, out, ArchiveProgress.NONE);
    }

    /**
     * Writes project {@code projectId} to {@code out} (replacing an existing file) and completes with the file's
     * absolute path; fails with an {@link ArchiveException} ({@link #NO_PROJECT}, {@link #WRITE_FAILED}).
     */
    public CompletableFuture<Path> export(long projectId, Path out, ArchiveProgress progress) {
        progress.update(Stage.READING, 0, 0);
        return database.submit(dsl -> {
                    ArchiveRepository repository = new ArchiveRepository(dsl);
                    ProjectArchive archive = repository.read(projectId)
                            .orElseThrow(() -> new ArchiveException(NO_PROJECT, Long.toString(projectId)));
                    return new Read(archive, repository.schemaVersion());
                })
                .thenApplyAsync(read -> {
                    progress.update(Stage.WRITING, 0, 0);
                    Path written = write(read.archive(), read.schemaVersion(), out, clock.instant());
                    progress.update(Stage.DONE, 0, 0);
                    return written;
                }, WRITE_THREAD);
    }

    private record Read(ProjectArchive archive, String schemaVersion) {
    }

    /** The JSON entries of an archive, manifest excluded, by name in the order written (also used by the tests). */
    static Map<String, byte[]> entries(ProjectArchive archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (EntryType type : ArchiveFormat.ENTRIES) {
            entries.put(type.name(), ArchiveFormat.write(type.value().apply(archive)));
        }
        return entries;
    }

    static Path write(ProjectArchive archive, String schemaVersion, Path out, Instant now) {
        Instant exportedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Map<String, byte[]> entries = entries(archive);
        List<ArchiveFormat.Entry> listed = new ArrayList<>();
        for (EntryType type : ArchiveFormat.ENTRIES) {
            byte[] bytes = entries.get(type.name());
            listed.add(new ArchiveFormat.Entry(type.name(), ArchiveFormat.sha256(bytes), bytes.length,
                    type.count().applyAsInt(type.value().apply(archive))));
        }
        Manifest manifest = new Manifest(ArchiveFormat.FORMAT, ArchiveFormat.FORMAT_VERSION, schemaVersion,
                ArchiveFormat.appVersion(), exportedAt, archive.project().name(), listed);
        try {
            return AtomicFileWriter.write(out, stream -> {
                // Not closed: AtomicFileWriter flushes, forces and closes the stream itself.
                ZipOutputStream zip = new ZipOutputStream(stream);
                put(zip, ArchiveFormat.MANIFEST, ArchiveFormat.write(manifest), exportedAt);
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    put(zip, entry.getKey(), entry.getValue(), exportedAt);
                }
                zip.finish();
            });
        } catch (IOException e) {
            throw new ArchiveException(e, WRITE_FAILED, out.toAbsolutePath().toString(), String.valueOf(e.getMessage()));
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, Instant time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A file name to offer in a save dialog, e.g. "Acme ICP - 2026-09-08.icpw". */
    public static String suggestedFileName(String projectName, LocalDate date) {
        String safe = projectName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip()
                .replaceAll("[. ]+$", "");
        return (safe.isEmpty() ? "" : safe + " - ") + date + ArchiveFormat.EXTENSION;
    }
}
