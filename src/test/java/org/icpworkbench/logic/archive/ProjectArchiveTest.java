package org.icpworkbench.logic.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.coding.MemoSubject;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.project.ProjectSummary;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.ProspectData;
import org.icpworkbench.model.scorecard.Scorecard;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export and import of a whole project: the round trip, the copy on a name clash, and every kind of broken archive. */
class ProjectArchiveTest {

    /** One workspace with the sample for the whole class: rejections leave it as it is, imports only add projects. */
    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static TestWorkspace workspace;
    private static long projectId;
    private static Path archive;

    @BeforeAll
    static void exportTheEnrichedSample() {
        workspace = TestWorkspace.openIn(shared.resolve("a"));
        projectId = enrichedSample(workspace);
        archive = exporter(workspace).export(projectId, shared.resolve("sample.icpw")).join();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    /** The sample plus what it lacks: a tag hierarchy, memos of every kind, a scorecard, a prospect, its own questionnaire. */
    static long enrichedSample(TestWorkspace workspace) {
        var services = workspace.services();
        long id = services.samples().createSample(Language.EN).join().id();
        var coding = services.coding();
        var parent = coding.createTag(id, "Archive parent", Optional.empty()).join();
        coding.createTag(id, "Archive child", Optional.of(parent.id())).join();
        coding.saveMemo(id, MemoSubject.PROJECT, "", "What we learnt overall.").join();
        coding.saveMemo(id, MemoSubject.TAG, Long.toString(parent.id()), "Ёжик: «кавычки» and an emoji 😀").join();
        coding.saveMemo(id, MemoSubject.QUESTION, "S1", "About the first question.").join();
        services.scorecards().save(id, new Scorecard(List.of(
                Criterion.matching(CriterionKind.INDUSTRY, List.of("Retail", "Logistics"), 3),
                Criterion.atLeast(CriterionKind.MIN_ANNUAL_REVENUE, new BigDecimal("10000.50"), 2)), 70, 40)).join();
        services.scorecards().addProspect(id, new ProspectData("Prospect Ltd", "SMB", "Retail", "10-49", "North",
                Optional.of(new BigDecimal("12345.67")), "", "", "Met at a fair")).join();
        services.questionnaires().customise(id).join();
        if (services.portraits().versions(id).join().isEmpty()) {
            services.portraits().publish(id, "Tester", "First", Optional.empty(), LocalDate.now(), Messages.of(Language.EN))
                    .join();
        }
        return id;
    }

    static ProjectArchiveExporter exporter(TestWorkspace workspace) {
        return new ProjectArchiveExporter(workspace.services().workspace().database(), Clock.systemUTC());
    }

    static ProjectArchiveImporter importer(TestWorkspace workspace) {
        return new ProjectArchiveImporter(workspace.services().workspace().database(), Clock.systemUTC());
    }

    @Test
    void theArchiveHoldsEveryKindOfRecord() {
        Map<String, byte[]> entries = ArchiveFiles.entries(archive);
        assertThat(entries.keySet()).containsExactlyElementsOf(ArchiveFormat.entryNames());
        ArchiveFormat.Manifest manifest = ArchiveFiles.manifest(entries);
        assertThat(manifest.format()).isEqualTo("icp-workbench-project");
        assertThat(manifest.formatVersion()).isEqualTo(2);
        assertThat(manifest.schemaVersion()).isEqualTo(String.valueOf(org.icpworkbench.logic.workspace.WorkspaceFiles.SCHEMA_VERSION));
        assertThat(manifest.appVersion()).isNotBlank();
        for (ArchiveFormat.Entry entry : manifest.entries()) {
            if (!entry.name().equals("project.json") && !entry.name().equals("portrait.json")) {
                assertThat(entry.count()).as(entry.name()).isPositive();
            }
            assertThat(entry.sha256()).isEqualTo(ArchiveFormat.sha256(entries.get(entry.name())));
        }
        String passages = new String(entries.get("passages.json"), StandardCharsets.UTF_8);
        assertThat(passages).contains("\"starred\" : true");
        String questionnaire = new String(entries.get("questionnaire.json"), StandardCharsets.UTF_8);
        assertThat(questionnaire).contains("\"BUILT_IN\"", "\"PROJECT\"", "\"icp-24\"");
        String customers = new String(entries.get("customers.json"), StandardCharsets.UTF_8);
        assertThat(customers).containsPattern("\"productIds\" : \\[\\s*\\d");
        String portrait = new String(entries.get("portrait.json"), StandardCharsets.UTF_8);
        assertThat(portrait).contains("\"ACCEPTED\"", "\"antiIcp\" : [", "\"statement\" : ");
    }

    @Test
    void aRoundTripThroughAnEmptyWorkspaceGivesTheSameContent() {
        Map<String, byte[]> original = ArchiveFiles.entries(archive);
        Path again;
        try (TestWorkspace other = TestWorkspace.openIn(temp.resolve("b"))) {
            long imported = importer(other).importArchive(archive).join();
            Project project = other.services().projects().find(imported).join().orElseThrow();
            assertThat(project.name()).isEqualTo(ArchiveFiles.manifest(original).projectName());
            again = exporter(other).export(imported, temp.resolve("again.icpw")).join();
        }
        Map<String, byte[]> copy = ArchiveFiles.entries(again);
        assertThat(copy.keySet()).containsExactlyElementsOf(original.keySet());
        for (String name : original.keySet()) {
            if (!name.equals(ArchiveFormat.MANIFEST)) {
                assertThat(new String(copy.get(name), StandardCharsets.UTF_8)).as(name)
                        .isEqualTo(new String(original.get(name), StandardCharsets.UTF_8));
            }
        }
        assertThat(ArchiveFiles.manifest(copy).entries()).isEqualTo(ArchiveFiles.manifest(original).entries());
    }

    @Test
    void importingIntoTheSameWorkspaceGivesACopyNamedLikeOne() {
        String name = ArchiveFiles.manifest(ArchiveFiles.entries(archive)).projectName();
        try (TestWorkspace other = TestWorkspace.openIn(temp.resolve("c"))) {
            long original = importer(other).importArchive(archive).join();
            long first = importer(other).importArchive(archive).join();
            long second = importer(other).importArchive(archive).join();

            assertThat(other.services().projects().find(original).join().orElseThrow().name()).isEqualTo(name);
            assertThat(other.services().projects().find(first).join().orElseThrow().name()).isEqualTo(name + " (2)");
            assertThat(other.services().projects().find(second).join().orElseThrow().name()).isEqualTo(name + " (3)");
            Map<String, byte[]> expected = ArchiveFiles.entries(archive);
            Map<String, byte[]> copy = ArchiveFiles.entries(exporter(other).export(first, temp.resolve("copy.icpw")).join());
            for (String entry : expected.keySet()) {
                if (!entry.equals(ArchiveFormat.MANIFEST) && !entry.equals("project.json")) {
                    assertThat(copy.get(entry)).as(entry).isEqualTo(expected.get(entry));
                }
            }
            List<String> names = other.services().projects().summaries(true).join().stream().map(ProjectSummary::name).toList();
            assertThat(names).containsExactlyInAnyOrder(name, name + " (2)", name + " (3)");
        }
    }

    @Test
    void aLongNameIsShortenedToTakeTheNumber() {
        String long200 = "x".repeat(200);
        assertThat(ProjectArchiveImporter.uniqueName(long200, java.util.Set.of(long200)))
                .hasSize(200).endsWith("x (2)");
        assertThat(ProjectArchiveImporter.uniqueName("Acme", java.util.Set.of("Other"))).isEqualTo("Acme");
    }

    @Test
    void theProgressGoesThroughEveryStage() {
        List<ArchiveProgress.Stage> stages = new java.util.concurrent.CopyOnWriteArrayList<>();
        importer(workspace).importArchive(archive, (stage, done, total) -> {
            if (stages.isEmpty() || stages.getLast() != stage) {
                stages.add(stage);
            }
        }).join();
        assertThat(stages).containsExactly(ArchiveProgress.Stage.READING, ArchiveProgress.Stage.VALIDATING,
                ArchiveProgress.Stage.STORING, ArchiveProgress.Stage.DONE);
    }

    // ------------------------------------------------------------------------------------------------ rejections

    /** Imports the bytes and expects a rejection with the key, the database untouched; returns the exception. */
    private ArchiveException rejected(byte[] file, String key) {
        return rejected(file, key, ArchiveLimits.DEFAULT);
    }

    private ArchiveException rejected(byte[] file, String key, ArchiveLimits limits) {
        Path path = ArchiveFiles.write(temp.resolve("broken-" + System.nanoTime() + ".icpw"), file);
        Map<String, Integer> before = ArchiveFiles.rowCounts(workspace);
        var importer = new ProjectArchiveImporter(workspace.services().workspace().database(), Clock.systemUTC(), limits);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> importer.importArchive(path).join());
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(ArchiveException.class);
        ArchiveException problem = (ArchiveException) thrown.getCause();
        assertThat(problem.messageKey()).as(String.valueOf(problem.getMessage())).isEqualTo(key);
        assertThat(ArchiveFiles.rowCounts(workspace)).isEqualTo(before);
        assertThat(Messages.of(Language.EN).describe(problem)).doesNotContain("!").doesNotContain("{");
        assertThat(Messages.of(Language.RU).describe(problem)).containsPattern("[А-Яа-яЁё]");
        return problem;
    }

    private Map<String, byte[]> entries() {
        return ArchiveFiles.entries(archive);
    }

    @Test
    void aTruncatedArchiveIsRejected() {
        byte[] bytes = ArchiveFiles.read(archive);
        rejected(java.util.Arrays.copyOf(bytes, bytes.length / 2), "archive.error.notZip");
        rejected(java.util.Arrays.copyOf(bytes, bytes.length - 10), "archive.error.notZip");
        rejected(new byte[0], "archive.error.notZip");
    }

    @Test
    void aFileThatIsNoZipOrIsMissingIsRejected() {
        rejected("hello, I am a text file".getBytes(StandardCharsets.UTF_8), "archive.error.notZip");
        assertThatThrownBy(() -> importer(workspace).importArchive(temp.resolve("none.icpw")).join())
                .hasCauseInstanceOf(ArchiveException.class)
                .cause().hasMessageStartingWith("archive.error.notFound");
    }

    @Test
    void aWrongChecksumIsRejected() {
        Map<String, byte[]> entries = entries();
        byte[] answers = entries.get("answers.json").clone();
        int at = new String(answers, StandardCharsets.UTF_8).indexOf("\"text\" : \"") + 10;
        answers[at] = (byte) (answers[at] == 'a' ? 'b' : 'a');
        entries.put("answers.json", answers);
        ArchiveException problem = rejected(ArchiveFiles.zip(entries), "archive.error.checksum");
        assertThat(problem.arguments()).containsExactly("answers.json");
    }

    @Test
    void aWrongSizeOrCountIsRejected() {
        Map<String, byte[]> entries = entries();
        entries.put("memos.json", (new String(entries.get("memos.json"), StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8));
        rejected(ArchiveFiles.zip(entries), "archive.error.size");

        Map<String, byte[]> fewer = entries();
        fewer.put("prospects.json", "[ ]".getBytes(StandardCharsets.UTF_8));
        rejected(ArchiveFiles.zip(ArchiveFiles.resealed(fewer)), "archive.error.count");
    }

    @Test
    void anUnknownFormatOrVersionIsRejected() {
        Map<String, byte[]> entries = entries();
        var manifest = ArchiveFiles.manifest(entries);
        ArchiveException newer = rejected(ArchiveFiles.zip(ArchiveFiles.withManifest(entries, new ArchiveFormat.Manifest(
                manifest.format(), 3, manifest.schemaVersion(), manifest.appVersion(), manifest.exportedAt(),
                manifest.projectName(), manifest.entries()))), "archive.error.formatVersion");
        assertThat(newer.arguments()).containsExactly("3", "2");
        String future = new String(entries.get(ArchiveFormat.MANIFEST), StandardCharsets.UTF_8)
                .replace("\"formatVersion\" : 2", "\"formatVersion\" : 3, \"encryption\" : \"none\"");
        Map<String, byte[]> fromTheFuture = new java.util.LinkedHashMap<>(entries);
        fromTheFuture.put(ArchiveFormat.MANIFEST, future.getBytes(StandardCharsets.UTF_8));
        rejected(ArchiveFiles.zip(fromTheFuture), "archive.error.formatVersion");
        rejected(ArchiveFiles.zip(ArchiveFiles.withManifest(entries, new ArchiveFormat.Manifest(
                manifest.format(), 0, manifest.schemaVersion(), manifest.appVersion(), manifest.exportedAt(),
                manifest.projectName(), manifest.entries()))), "archive.error.formatVersion");
        rejected(ArchiveFiles.zip(ArchiveFiles.withManifest(entries, new ArchiveFormat.Manifest(
                manifest.format(), 1, "99", manifest.appVersion(), manifest.exportedAt(),
                manifest.projectName(), manifest.entries()))), "archive.error.schemaVersion");
        rejected(ArchiveFiles.zip(ArchiveFiles.withManifest(entries, new ArchiveFormat.Manifest(
                manifest.format(), 1, "4.1-beta", manifest.appVersion(), manifest.exportedAt(),
                manifest.projectName(), manifest.entries()))), "archive.error.schemaVersion");
        rejected(ArchiveFiles.zip(ArchiveFiles.withManifest(entries, new ArchiveFormat.Manifest(
                "someone-else", 1, manifest.schemaVersion(), manifest.appVersion(), manifest.exportedAt(),
                manifest.projectName(), manifest.entries()))), "archive.error.format");
    }

    @Test
    void unsafeDuplicateUnknownAndMissingEntriesAreRejected() {
        Map<String, byte[]> traversal = entries();
        traversal.put("../../evil.json", "[]".getBytes(StandardCharsets.UTF_8));
        assertThat(rejected(ArchiveFiles.zip(traversal), "archive.error.unsafeName").arguments())
                .containsExactly("../../evil.json");
        Map<String, byte[]> absolute = entries();
        absolute.put("/etc/passwd", "x".getBytes(StandardCharsets.UTF_8));
        rejected(ArchiveFiles.zip(absolute), "archive.error.unsafeName");

        Map<String, byte[]> unknown = entries();
        unknown.put("extra.json", "[]".getBytes(StandardCharsets.UTF_8));
        rejected(ArchiveFiles.zip(unknown), "archive.error.unexpectedEntry");

        Map<String, byte[]> missing = entries();
        missing.remove("tags.json");
        rejected(ArchiveFiles.zip(missing), "archive.error.missingEntry");
        Map<String, byte[]> noManifest = entries();
        noManifest.remove(ArchiveFormat.MANIFEST);
        rejected(ArchiveFiles.zip(noManifest), "archive.error.missingEntry");

        // A second "tags.json": written under a name of the same length, then renamed in the bytes.
        Map<String, byte[]> twice = entries();
        twice.put("tags.jsoX", "[]".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = ArchiveFiles.zip(twice);
        byte[] from = "tags.jsoX".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + from.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
                bytes[i + from.length - 1] = 'n';
            }
        }
        rejected(bytes, "archive.error.duplicateEntry");
    }

    @Test
    void anOversizedEntryIsRejectedBeforeItIsUnpacked() throws IOException {
        // 300 MB of zeros pack into a few hundred kilobytes: more than the 256 MB an entry may unpack to.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries().entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals("answers.json")) {
                    byte[] zeros = new byte[1 << 20];
                    for (int i = 0; i < 300; i++) {
                        zip.write(zeros);
                    }
                } else {
                    zip.write(entry.getValue());
                }
                zip.closeEntry();
            }
        }
        assertThat(bytes.size()).isLessThan(2_000_000);
        rejected(bytes.toByteArray(), "archive.error.entryTooLarge");

        // With small limits: one entry too big, all entries together too big, too many entries, too big a file.
        long size = Files.size(archive);
        rejected(ArchiveFiles.read(archive), "archive.error.entryTooLarge", new ArchiveLimits(1L << 30, 32, 1 << 20, 1000, 1L << 30));
        rejected(ArchiveFiles.read(archive), "archive.error.totalTooLarge", new ArchiveLimits(1L << 30, 32, 1 << 20, 1 << 20, 20_000));
        rejected(ArchiveFiles.read(archive), "archive.error.tooManyEntries", new ArchiveLimits(1L << 30, 5, 1 << 20, 1 << 20, 1L << 30));
        rejected(ArchiveFiles.read(archive), "archive.error.archiveTooLarge", new ArchiveLimits(size - 1, 32, 1 << 20, 1 << 20, 1L << 30));
    }

    @Test
    void aDanglingReferenceIsRejectedWithItsPlace() {
        Map<String, byte[]> entries = entries();
        String answers = new String(entries.get("answers.json"), StandardCharsets.UTF_8);
        String broken = answers.replaceFirst("\"interviewId\" : \\d+", "\"interviewId\" : 999999");
        entries.put("answers.json", broken.getBytes(StandardCharsets.UTF_8));
        ArchiveException problem = rejected(ArchiveFiles.zip(ArchiveFiles.resealed(entries)), "archive.invalid.reference");
        assertThat(problem.arguments()).containsExactly("answers.json", "$[0].interviewId", "999999", "interviews.json");
        assertThat(Messages.of(Language.EN).describe(problem))
                .isEqualTo("answers.json, $[0].interviewId: refers to id 999999 in interviews.json, which is not there.");
    }

    @Test
    void inconsistentContentIsRejected() {
        expectInvalid("passages.json", "\"end\" : \\d+", "\"end\" : 1000000", "archive.invalid.offsets");
        expectInvalid("tags.json", "\"parentId\" : null", "\"parentId\" : 1", "archive.invalid.cycle");
        expectInvalid("interviews.json", "\"status\" : \"\\w+\"", "\"status\" : \"LOST\"", "archive.error.jsonValue");
        expectInvalid("interviews.json", "\"date\" : \"[^\"]+\"", "\"date\" : \"2024-02-30\"", "archive.error.jsonValue");
        expectInvalid("respondents.json", "\"name\" : \"", "\"name\" : \"" + "y".repeat(201), "archive.invalid.tooLong");
        expectInvalid("respondents.json", "\"name\" : \"", "\"nickname\" : \"x\", \"name\" : \"", "archive.error.jsonField");
        expectInvalid("answers.json", "\"structuredValue\" : \"(?:[^\"\\\\]|\\\\.)*\"", "\"structuredValue\" : \"{oops\"",
                "archive.invalid.json");
        expectInvalid("answers.json", "\\{", "{{", "archive.error.jsonSyntax");
        expectInvalid("customers.json", "\"annualRevenue\" : [0-9.]+", "\"annualRevenue\" : 1.005", "archive.invalid.range");
        expectInvalid("memos.json", "\"subjectKey\" : \"\"", "\"subjectKey\" : \"x\"", "archive.invalid.memoKey");
        expectInvalid("answers.json", "\"text\" : \"", "\"text\" : \"\\\\ud800", "archive.invalid.text");
        expectInvalid("versions.json", "\"snapshot\" : \"\\{", "\"snapshot\" : \"[\\{", "archive.invalid.json");
        expectInvalid("project.json", "\"name\" : \"[^\"]*\"", "\"name\" : \"  \"", "archive.invalid.blank");
        expectInvalid("interviews.json", "\"id\" : 2,", "\"id\" : 1,", "archive.invalid.duplicateId");
    }

    private void expectInvalid(String entry, String regex, String replacement, String key) {
        Map<String, byte[]> entries = entries();
        String json = new String(entries.get(entry), StandardCharsets.UTF_8);
        String broken = json.replaceFirst(regex, replacement);
        assertThat(broken).as(entry + " " + regex).isNotEqualTo(json);
        entries.put(entry, broken.getBytes(StandardCharsets.UTF_8));
        rejected(ArchiveFiles.zip(ArchiveFiles.resealed(entries)), key);
    }

    @Test
    void aBuiltInQuestionnaireThatDiffersFromTheWorkspacesIsRejected() {
        Map<String, byte[]> entries = entries();
        String json = new String(entries.get("questionnaire.json"), StandardCharsets.UTF_8);
        entries.put("questionnaire.json", json.replaceFirst("\"code\" : \"[^\"]+\"", "\"code\" : \"ZZ9\"")
                .getBytes(StandardCharsets.UTF_8));
        rejected(ArchiveFiles.zip(ArchiveFiles.resealed(entries)), "archive.invalid.builtIn");

        Map<String, byte[]> newer = entries();
        newer.put("questionnaire.json", json.replaceFirst("\"versionNo\" : \\d+", "\"versionNo\" : 77")
                .getBytes(StandardCharsets.UTF_8));
        ArchiveException missing = rejected(ArchiveFiles.zip(ArchiveFiles.resealed(newer)), "archive.invalid.builtInMissing");
        assertThat(missing.arguments()).containsExactly("questionnaire.json", "$[0].versions[0]", "icp-24", "77");
    }

    @Test
    void exportingAnUnknownProjectOrToAnUnwritablePlaceFails() {
        assertThatThrownBy(() -> exporter(workspace).export(987654, temp.resolve("x.icpw")).join())
                .hasCauseInstanceOf(ArchiveException.class).cause().hasMessageStartingWith("cli.error.noProject");
        assertThatThrownBy(() -> exporter(workspace).export(projectId, temp.resolve("no/such/folder/x.icpw")).join())
                .hasCauseInstanceOf(ArchiveException.class).cause().hasMessageStartingWith("archive.error.write");
        assertThat(ProjectArchiveExporter.suggestedFileName("Acme: ICP / 2026", LocalDate.of(2026, 9, 8)))
                .isEqualTo("Acme ICP 2026 - 2026-09-08.icpw");
    }

    @Test
    void everyMessageKeyUsedExistsInBothLanguages() throws IOException {
        List<String> keys = new ArrayList<>();
        for (String file : List.of("ArchiveReader", "ArchiveValidator", "ProjectArchiveImporter", "ProjectArchiveExporter")) {
            String source = Files.readString(Path.of("src/main/java/org/icpworkbench/logic/archive/" + file + ".java"));
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"(archive\\.[a-zA-Z.]+)\"").matcher(source);
            while (matcher.find()) {
                keys.add(matcher.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(30);
        for (Language language : Language.values()) {
            var bundle = Messages.of(language).bundle();
            for (String key : keys) {
                assertThat(bundle.containsKey(key)).as(language + " " + key).isTrue();
            }
        }
    }
}
