package org.icpworkbench.logic.archive;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.icpworkbench.logic.archive.ArchiveProgress.Stage;
import org.icpworkbench.logic.persistence.ArchiveRepository;
import org.icpworkbench.logic.persistence.ArchiveRepository.StoredQuestion;
import org.icpworkbench.logic.persistence.ArchiveRepository.StoredVersion;
import org.icpworkbench.logic.workspace.DatabaseExecutor;
import org.icpworkbench.model.archive.ProjectArchive;
import org.icpworkbench.model.archive.ProjectArchive.TemplateKind;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a project archive ({@code .icpw}) as a new project, all or nothing. The file is read, unpacked within
 * {@link ArchiveLimits}, checked (manifest, checksums, JSON, counts: {@link ArchiveReader}) and validated (every value
 * and reference: {@link ArchiveValidator}) on a thread of its own, without touching the database; only then is the
 * project stored, in one transaction on the database thread. A name already taken gets " (2)" (or the next free number)
 * appended. Every failure is an {@link ArchiveException}, and after one the workspace is exactly as it was.
 */
public final class ProjectArchiveImporter {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectArchiveImporter.class);
    private static final int NAME_MAX = 200;
    private static final Executor READ_THREAD = task -> Thread.ofPlatform().name("archive-import").daemon().start(task);

    private final DatabaseExecutor database;
    private final Clock clock;
    private final ArchiveLimits limits;

    public ProjectArchiveImporter(DatabaseExecutor database, Clock clock) {
        this(database, clock, ArchiveLimits.DEFAULT);
    }

    public ProjectArchiveImporter(DatabaseExecutor database, Clock clock, ArchiveLimits limits) {
        this.database = database;
        this.clock = clock;
        this.limits = limits;
    }

    public CompletableFuture<Long> importArchive(Path file) {
        return importArchive(file, ArchiveProgress.NONE);
    }

    /** Imports the archive and completes with the new project's id, or fails with an {@link ArchiveException}. */
    public CompletableFuture<Long> importArchive(Path file, ArchiveProgress progress) {
        return database.submit(dsl -> schemaVersion(new ArchiveRepository(dsl)))
                .thenApplyAsync(schema -> guarded(() -> {
                    progress.update(Stage.READING, 0, 0);
                    ArchiveReader.Contents contents = new ArchiveReader(limits).read(file, schema);
                    progress.update(Stage.VALIDATING, 0, 0);
                    ArchiveValidator.validate(contents.archive(), contents.manifest().formatVersion());
                    return contents.archive();
                }), READ_THREAD)
                .thenCompose(archive -> database.submit(dsl -> guarded(() -> store(dsl, archive, progress))))
                .whenComplete((id, failure) -> {
                    if (failure == null) {
                        progress.update(Stage.DONE, 0, 0);
                    }
                });
    }

    private static int schemaVersion(ArchiveRepository repository) {
        try {
            return Integer.parseInt(repository.schemaVersion());
        } catch (RuntimeException e) {
            throw new ArchiveException(e, "archive.error.unexpected", String.valueOf(e));
        }
    }

    private long store(DSLContext dsl, ProjectArchive archive, ArchiveProgress progress) {
        ArchiveRepository repository = new ArchiveRepository(dsl);
        Map<Long, Long> storedVersions = new HashMap<>();
        Map<Long, Long> storedQuestions = new HashMap<>();
        for (int t = 0; t < archive.questionnaires().size(); t++) {
            ProjectArchive.Template template = archive.questionnaires().get(t);
            if (template.kind() != TemplateKind.BUILT_IN) {
                continue;
            }
            for (int v = 0; v < template.versions().size(); v++) {
                ProjectArchive.TemplateVersion version = template.versions().get(v);
                var stored = repository.builtInVersion(template.key(), version.versionNo());
                if (stored.isEmpty()) {
                    throw new ArchiveException("archive.invalid.builtInMissing", "questionnaire.json",
                            "$[" + t + "].versions[" + v + "]", ArchiveReader.printable(template.key()),
                            Integer.toString(version.versionNo()));
                }
                StoredVersion found = stored.get();
                storedVersions.put(version.id(), found.versionId());
                for (int q = 0; q < version.questions().size(); q++) {
                    ProjectArchive.Question question = version.questions().get(q);
                    StoredQuestion match = found.questionsByCode().get(question.code());
                    if (match == null || match.audience() != question.audience()) {
                        throw new ArchiveException("archive.invalid.builtIn", "questionnaire.json",
                                "$[" + t + "].versions[" + v + "].questions[" + q + "]", ArchiveReader.printable(template.key()),
                                Integer.toString(version.versionNo()), ArchiveReader.printable(question.code()));
                    }
                    storedQuestions.put(question.id(), match.id());
                }
            }
        }
        String name = uniqueName(archive.project().name(), repository.projectNames());
        long total = rowCount(archive);
        progress.update(Stage.STORING, 0, total);
        try {
            return repository.insert(archive, name, storedVersions, storedQuestions, clock.instant(),
                    rows -> progress.update(Stage.STORING, Math.min(rows, total), total));
        } catch (ArchiveException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Storing an imported project failed; the transaction was rolled back", e);
            throw new ArchiveException(e, "archive.error.store", ArchiveReader.printable(rootMessage(e)));
        }
    }

    /** The name, or with " (2)", " (3)"… appended (shortening the name to fit the column) when it is taken. */
    static String uniqueName(String name, Set<String> taken) {
        if (!taken.contains(name)) {
            return name;
        }
        for (int n = 2; ; n++) {
            String suffix = " (" + n + ")";
            String base = name;
            if (base.length() + suffix.length() > NAME_MAX) {
                base = base.substring(0, NAME_MAX - suffix.length());
                if (Character.isHighSurrogate(base.charAt(base.length() - 1))) {
                    base = base.substring(0, base.length() - 1);
                }
            }
            String candidate = base + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static long rowCount(ProjectArchive a) {
        long questions = a.questionnaires().stream().flatMap(t -> t.versions().stream())
                .mapToLong(v -> v.questions().size()).sum();
        return 1L + a.products().size() + a.respondents().size() + questions + a.interviews().size() + a.answers().size()
                + a.tags().size() + a.passages().size() + a.memos().size() + a.customers().size()
                + a.portrait().decisions().size() + (a.portrait().updatedAt() == null ? 0 : 1) + a.portrait().antiIcp().size()
                + a.versions().size() + (a.scorecard() == null ? 0 : a.scorecard().criteria().size()) + a.prospects().size();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        int line = message.indexOf('\n');
        return line < 0 ? message : message.substring(0, line);
    }

    /** Lets archive problems through and turns anything else (a bug) into one, logged, so callers see one kind. */
    private static <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ArchiveException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Unexpected failure while importing a project archive", e);
            throw new ArchiveException(e, "archive.error.unexpected", ArchiveReader.printable(String.valueOf(e)));
        }
    }
}
