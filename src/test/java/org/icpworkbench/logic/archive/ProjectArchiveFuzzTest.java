package org.icpworkbench.logic.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages a valid archive at random — byte flips and truncations of the file, deleted entries, and changed bytes,
 * digits and cut-out stretches inside one JSON entry with the manifest resealed so that the JSON and reference checks
 * are reached — and imports each result. Every one must either import a whole project (exactly the rows its
 * content describes) or be rejected with an {@link ArchiveException} of a specific kind, the workspace unchanged.
 * Reproducible: the seed and the count come from {@code -Dicp.archive.fuzz.seed} and {@code -Dicp.archive.fuzz}
 * (200 by default, 5–15 s, a fifth of which import; the fault run uses 10,000, see ADR 0015).
 */
class ProjectArchiveFuzzTest {

    private static final int MUTATIONS = Integer.getInteger("icp.archive.fuzz", 200);
    private static final long SEED = Long.getLong("icp.archive.fuzz.seed", 20_260_908L);

    @TempDir
    Path temp;

    @Test
    void everyDamagedArchiveIsImportedWholeOrRejectedCleanly() {
        try (TestWorkspace workspace = TestWorkspace.openIn(temp.resolve("ws"))) {
            long projectId = ProjectArchiveTest.enrichedSample(workspace);
            Path archive = ProjectArchiveTest.exporter(workspace).export(projectId, temp.resolve("valid.icpw")).join();
            ProjectArchiveImporter importer = ProjectArchiveTest.importer(workspace);
            byte[] valid = ArchiveFiles.read(archive);
            Map<String, byte[]> entries = ArchiveFiles.entries(valid);
            List<String> jsonEntries = new ArrayList<>(entries.keySet());
            jsonEntries.remove(ArchiveFormat.MANIFEST);

            Map<String, Integer> baseline = ArchiveFiles.rowCounts(workspace);
            long reference = importer.importArchive(archive).join();
            Map<String, Integer> added = difference(ArchiveFiles.rowCounts(workspace), baseline);
            delete(workspace, reference);
            assertThat(ArchiveFiles.rowCounts(workspace)).isEqualTo(baseline);
            assertThat(added).isEqualTo(expectedRows(ArchiveFiles.content(valid), added.keySet()));

            Random random = new Random(SEED);
            Path file = temp.resolve("mutated.icpw");
            Map<String, Integer> outcomes = new TreeMap<>();
            long start = System.nanoTime();
            long importNanos = 0;
            for (int i = 0; i < MUTATIONS; i++) {
                int kind = random.nextInt(6);
                byte[] mutated = switch (kind) {
                    case 0 -> flipBytes(valid, random);
                    case 1 -> java.util.Arrays.copyOf(valid, random.nextInt(valid.length));
                    case 2 -> withoutEntry(entries, jsonEntries.get(random.nextInt(jsonEntries.size())));
                    default -> resealedMutation(entries, jsonEntries.get(random.nextInt(jsonEntries.size())), kind, random);
                };
                ArchiveFiles.write(file, mutated);
                String what = "mutation " + i + " (kind " + kind + ", seed " + SEED + ")";
                try {
                    long t0 = System.nanoTime();
                    long imported = importer.importArchive(file).join();
                    importNanos += System.nanoTime() - t0;
                    // The whole project as the (possibly changed, still valid) archive describes it, nothing less.
                    var content = new ArchiveReader(ArchiveLimits.DEFAULT).read(file, Integer.MAX_VALUE).archive();
                    assertThat(difference(ArchiveFiles.rowCounts(workspace), baseline)).as(what)
                            .isEqualTo(expectedRows(content, added.keySet()));
                    delete(workspace, imported);
                    outcomes.merge("imported", 1, Integer::sum);
                } catch (CompletionException e) {
                    if (!(e.getCause() instanceof ArchiveException problem)) {
                        throw new AssertionError(what + " failed with " + e.getCause(), e.getCause());
                    }
                    assertThat(problem.messageKey()).as(what + ": " + problem.getMessage())
                            .isNotIn("archive.error.unexpected", "archive.error.store");
                    outcomes.merge(problem.messageKey(), 1, Integer::sum);
                } catch (RuntimeException e) {
                    fail(what + " failed outside the future", e);
                }
                assertThat(ArchiveFiles.rowCounts(workspace)).as(what).isEqualTo(baseline);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("Archive fuzz: %d mutations (seed %d) in %d ms (%d ms of it storing the valid ones): %s%n",
                    MUTATIONS, SEED, millis, importNanos / 1_000_000, outcomes);
            assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(MUTATIONS);
        }
    }

    private static byte[] flipBytes(byte[] valid, Random random) {
        byte[] copy = valid.clone();
        int flips = 1 + random.nextInt(8);
        for (int f = 0; f < flips; f++) {
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
        }
        return copy;
    }

    private static byte[] withoutEntry(Map<String, byte[]> entries, String name) {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.remove(name);
        return ArchiveFiles.zip(copy);
    }

    /** Changes one JSON entry (bytes, a digit, or a cut) and writes a manifest that matches it again. */
    private static byte[] resealedMutation(Map<String, byte[]> entries, String name, int kind, Random random) {
        byte[] json = entries.get(name).clone();
        byte[] changed;
        if (kind == 3) {
            int flips = 1 + random.nextInt(4);
            for (int f = 0; f < flips; f++) {
                json[random.nextInt(json.length)] = (byte) (32 + random.nextInt(95));
            }
            changed = json;
        } else if (kind == 4) {
            List<Integer> digits = new ArrayList<>();
            for (int i = 0; i < json.length; i++) {
                if (json[i] >= '0' && json[i] <= '9') {
                    digits.add(i);
                }
            }
            if (!digits.isEmpty()) {
                json[digits.get(random.nextInt(digits.size()))] = (byte) ('0' + random.nextInt(10));
            }
            changed = json;
        } else {
            int from = random.nextInt(json.length);
            int length = Math.min(json.length - from, 1 + random.nextInt(20));
            changed = new byte[json.length - length];
            System.arraycopy(json, 0, changed, 0, from);
            System.arraycopy(json, from + length, changed, from, json.length - from - length);
        }
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        copy.put(name, changed);
        return ArchiveFiles.zip(ArchiveFiles.resealed(copy));
    }

    /** The rows an archive adds to each table (built-in questionnaires are the workspace's and add none). */
    static Map<String, Integer> expectedRows(org.icpworkbench.model.archive.ProjectArchive a, java.util.Set<String> tables) {
        Map<String, Integer> rows = new HashMap<>();
        tables.forEach(table -> rows.put(table, 0));
        var own = a.questionnaires().stream()
                .filter(t -> t.kind() == org.icpworkbench.model.archive.ProjectArchive.TemplateKind.PROJECT).toList();
        rows.put("PROJECT", 1);
        rows.put("PRODUCT", a.products().size());
        rows.put("RESPONDENT", a.respondents().size());
        rows.put("QUESTIONNAIRE_TEMPLATE", own.size());
        rows.put("TEMPLATE_VERSION", own.stream().mapToInt(t -> t.versions().size()).sum());
        rows.put("QUESTION", own.stream().flatMap(t -> t.versions().stream()).mapToInt(v -> v.questions().size()).sum());
        rows.put("INTERVIEW", a.interviews().size());
        rows.put("ANSWER", a.answers().size());
        rows.put("TAG", a.tags().size());
        rows.put("PASSAGE", a.passages().size());
        rows.put("PASSAGE_TAG", a.passages().stream().mapToInt(p -> p.tagIds().size()).sum());
        rows.put("MEMO", a.memos().size());
        rows.put("CUSTOMER", a.customers().size());
        rows.put("CUSTOMER_PRODUCT", a.customers().stream().mapToInt(c -> c.productIds().size()).sum());
        rows.put("CHARACTERISTIC_DECISION", a.portrait().decisions().size());
        rows.put("PORTRAIT", a.portrait().updatedAt() == null ? 0 : 1);
        rows.put("ANTI_ICP", a.portrait().antiIcp().size());
        rows.put("PORTRAIT_VERSION", a.versions().size());
        rows.put("SCORECARD", a.scorecard() == null ? 0 : 1);
        rows.put("SCORECARD_CRITERION", a.scorecard() == null ? 0 : a.scorecard().criteria().size());
        rows.put("PROSPECT", a.prospects().size());
        return rows;
    }

    private static Map<String, Integer> difference(Map<String, Integer> after, Map<String, Integer> before) {
        Map<String, Integer> difference = new HashMap<>();
        after.forEach((table, count) -> difference.put(table, count - before.getOrDefault(table, 0)));
        return difference;
    }

    /**
     * Deletes an imported project. Interviews go first: deleting the project alone trips over the interview →
     * respondent foreign key (which has no cascade) when H2 cascades to respondents before interviews.
     */
    private static void delete(TestWorkspace workspace, long projectId) {
        workspace.inDatabase(dsl -> dsl.transactionResult(configuration -> {
            var tx = org.jooq.impl.DSL.using(configuration);
            tx.deleteFrom(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("INTERVIEW")))
                    .where(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("PROJECT_ID"), Long.class).eq(projectId)).execute();
            return tx.deleteFrom(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name("PROJECT")))
                    .where(org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("ID"), Long.class).eq(projectId)).execute();
        }));
    }
}
