package org.icpworkbench.logic.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpworkbench.logic.persistence.generated.Tables.ANSWER;
import static org.icpworkbench.logic.persistence.generated.Tables.INTERVIEW;
import static org.icpworkbench.logic.persistence.generated.Tables.PRODUCT;
import static org.icpworkbench.logic.persistence.generated.Tables.QUESTION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.questionnaire.QuestionnaireJson;
import org.icpworkbench.model.archive.ProjectArchive;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.portrait.Proposal;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogue picks (answers naming products) in project archives: archive-local ids both ways, checked on import, and
 * what a version-1 archive — which wrote the exporting workspace's database ids — gets. Every import goes into a
 * workspace that already holds other projects' products, customers and tags, so database ids never coincide.
 */
class ProjectArchiveCatalogueTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 1);

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static TestWorkspace source;
    private static TestWorkspace target;
    private static long sourceProject;
    private static Path archive;

    @BeforeAll
    static void exportFromAWorkspaceWhoseProductIdsAreNotArchiveIds() {
        source = TestWorkspace.openIn(shared.resolve("source"));
        otherProjectWithCatalogue(source, "Decoy", 3);
        sourceProject = ProjectArchiveTest.enrichedSample(source);
        archive = ProjectArchiveTest.exporter(source).export(sourceProject, shared.resolve("sample.icpw")).join();
        target = TestWorkspace.openIn(shared.resolve("target"));
        otherProjectWithCatalogue(target, "Already here", 7);
    }

    @AfterAll
    static void close() {
        source.close();
        target.close();
    }

    /** A project with products, a customer buying them and a tag, so the workspace's ids move on. */
    private static void otherProjectWithCatalogue(TestWorkspace workspace, String name, int products) {
        var services = workspace.services();
        long id = services.projects().create(new ProjectDetails(name, "Client", "Retail", "")).join().id();
        List<Long> productIds = new ArrayList<>();
        for (int i = 1; i <= products; i++) {
            productIds.add(services.catalogue().add(id, name + " product " + i).join().id());
        }
        services.customers().insertAll(id, List.of(new CustomerData("Buyer of " + name, "SMB", "Retail", "10-49",
                "North", Optional.of(AS_OF.minusYears(2)), CustomerStatus.ACTIVE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), productIds, Optional.empty(), ""))).join();
        services.coding().createTag(id, name + " tag", Optional.empty()).join();
    }

    @Test
    void theArchiveNamesProductsByTheirArchiveIds() {
        ProjectArchive content = content(ArchiveFiles.entries(archive));
        Set<Long> productIds = content.products().stream().map(ProjectArchive.Product::id).collect(Collectors.toSet());
        List<Long> picks = picks(content);
        assertThat(picks).as("the sample answers name products").isNotEmpty();
        assertThat(productIds).containsAll(picks);
    }

    @Test
    void picksNameTheSameProductsAfterAnImportIntoAWorkspaceThatHasProducts() {
        long imported = ProjectArchiveTest.importer(target).importArchive(archive).join();

        assertThat(proposals(target, imported)).isEqualTo(proposals(source, sourceProject));
        assertThat(pickedNames(target, imported)).isEqualTo(pickedNames(source, sourceProject)).isNotEmpty();

        Path again = ProjectArchiveTest.exporter(target).export(imported, temp.resolve("again.icpw")).join();
        Map<String, byte[]> original = ArchiveFiles.entries(archive);
        Map<String, byte[]> copy = ArchiveFiles.entries(again);
        for (String name : original.keySet()) {
            if (!name.equals(ArchiveFormat.MANIFEST)) {
                assertThat(new String(copy.get(name), StandardCharsets.UTF_8)).as(name)
                        .isEqualTo(new String(original.get(name), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aPickNamingNoProductOfTheArchiveIsRejected() {
        Map<String, byte[]> entries = ArchiveFiles.entries(archive);
        ProjectArchive content = content(entries);
        int index = firstAnswerWithPicks(content);
        String key = catalogueKeys(content).get(content.answers().get(index).questionId()).iterator().next();
        Map<String, byte[]> broken = withAnswers(entries, content, index, value -> {
            value.putArray(key).add(999);
            return value;
        });
        ArchiveException problem = rejected(ArchiveFiles.zip(ArchiveFiles.resealed(broken)), "archive.invalid.reference");
        assertThat(problem.arguments()).containsExactly("answers.json",
                "$[" + index + "].structuredValue." + key + "[0]", "999", "products.json");
    }

    @Test
    void aVersionOneArchiveWithPicksIsRefusedNamingTheFirstPick() {
        Map<String, byte[]> entries = ArchiveFiles.entries(archive);
        ProjectArchive content = content(entries);
        int index = firstAnswerWithPicks(content);
        ArchiveException problem = rejected(ArchiveFiles.zip(versionOne(entries)), "archive.invalid.legacyPicks");
        assertThat(problem.arguments()[0]).isEqualTo("answers.json");
        assertThat((String) problem.arguments()[1]).startsWith("$[" + index + "].structuredValue.");
    }

    @Test
    void aVersionOneArchiveWithoutPicksIsImportedAsItWas() {
        Map<String, byte[]> entries = ArchiveFiles.entries(archive);
        ProjectArchive content = content(entries);
        Map<Long, Set<String>> keys = catalogueKeys(content);
        List<ProjectArchive.Answer> answers = content.answers().stream().map(answer -> {
            ObjectNode value = object(answer.structuredValue());
            keys.getOrDefault(answer.questionId(), Set.of()).forEach(value::remove);
            return withValue(answer, value);
        }).toList();
        Map<String, byte[]> stripped = new LinkedHashMap<>(entries);
        stripped.put("answers.json", ArchiveFormat.write(answers));
        Path file = ArchiveFiles.write(temp.resolve("v1.icpw"), ArchiveFiles.zip(versionOne(ArchiveFiles.resealed(stripped))));

        long imported = ProjectArchiveTest.importer(target).importArchive(file).join();

        assertThat(pickedNames(target, imported)).isEmpty();
        assertThat(target.services().catalogue().products(imported).join()).hasSize(content.products().size());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static Map<String, byte[]> versionOne(Map<String, byte[]> entries) {
        var manifest = ArchiveFiles.manifest(entries);
        return ArchiveFiles.withManifest(entries, new ArchiveFormat.Manifest(manifest.format(), 1,
                manifest.schemaVersion(), manifest.appVersion(), manifest.exportedAt(), manifest.projectName(),
                manifest.entries()));
    }

    private ArchiveException rejected(byte[] file, String key) {
        Path path = ArchiveFiles.write(temp.resolve("broken-" + System.nanoTime() + ".icpw"), file);
        Map<String, Integer> before = ArchiveFiles.rowCounts(target);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> ProjectArchiveTest.importer(target).importArchive(path).join());
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(ArchiveException.class);
        ArchiveException problem = (ArchiveException) thrown.getCause();
        assertThat(problem.messageKey()).as(String.valueOf(problem.getMessage())).isEqualTo(key);
        assertThat(ArchiveFiles.rowCounts(target)).isEqualTo(before);
        assertThat(Messages.of(Language.EN).describe(problem)).doesNotContain("!").doesNotContain("{");
        assertThat(Messages.of(Language.RU).describe(problem)).containsPattern("[А-Яа-яЁё]");
        return problem;
    }

    private static ProjectArchive content(Map<String, byte[]> entries) {
        return ArchiveFiles.content(ArchiveFiles.zip(entries));
    }

    /** Archive question id → keys of its catalogue fields. */
    private static Map<Long, Set<String>> catalogueKeys(ProjectArchive content) {
        Map<Long, Set<String>> keys = new HashMap<>();
        content.questionnaires().forEach(template -> template.versions().forEach(version -> version.questions()
                .forEach(question -> {
                    Set<String> catalogue = QuestionnaireJson.readFields(question.fieldsJson()).stream()
                            .filter(QuestionField::catalogue).map(QuestionField::key).collect(Collectors.toSet());
                    if (!catalogue.isEmpty()) {
                        keys.put(question.id(), catalogue);
                    }
                })));
        return keys;
    }

    private static List<Long> picks(ProjectArchive content, ProjectArchive.Answer answer) {
        List<Long> picks = new ArrayList<>();
        JsonNode value = object(answer.structuredValue());
        for (String key : catalogueKeys(content).getOrDefault(answer.questionId(), Set.of())) {
            value.path(key).forEach(pick -> picks.add(pick.asLong()));
        }
        return picks;
    }

    private static List<Long> picks(ProjectArchive content) {
        return content.answers().stream().flatMap(answer -> picks(content, answer).stream()).toList();
    }

    private static int firstAnswerWithPicks(ProjectArchive content) {
        for (int i = 0; i < content.answers().size(); i++) {
            if (!picks(content, content.answers().get(i)).isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("no answer with catalogue picks");
    }

    private static Map<String, byte[]> withAnswers(Map<String, byte[]> entries, ProjectArchive content, int index,
            UnaryOperator<ObjectNode> change) {
        List<ProjectArchive.Answer> answers = new ArrayList<>(content.answers());
        ProjectArchive.Answer answer = answers.get(index);
        answers.set(index, withValue(answer, change.apply(object(answer.structuredValue()))));
        Map<String, byte[]> changed = new LinkedHashMap<>(entries);
        changed.put("answers.json", ArchiveFormat.write(answers));
        return changed;
    }

    private static ProjectArchive.Answer withValue(ProjectArchive.Answer answer, ObjectNode value) {
        return new ProjectArchive.Answer(answer.id(), answer.interviewId(), answer.questionId(), answer.text(),
                value.toString(), answer.flagged(), answer.notAsked(), answer.note(), answer.updatedAt());
    }

    private static ObjectNode object(String json) {
        try {
            return (ObjectNode) ArchiveFormat.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the portrait proposes, without the evidence's database ids. */
    private static List<String> proposals(TestWorkspace workspace, long projectId) {
        return workspace.services().proposals().propose(projectId, AS_OF, Messages.of(Language.EN)).join().stream()
                .map((Proposal p) -> p.characteristic() + ": " + p.value() + " " + p.matchValues() + " "
                        + p.supporting() + "/" + p.considered())
                .toList();
    }

    /** The names of the products every answer picks (interview date, question code: product), sorted, read from the database. */
    private static List<String> pickedNames(TestWorkspace workspace, long projectId) {
        return workspace.inDatabase(dsl -> {
            Map<Long, String> names = dsl.select(PRODUCT.ID, PRODUCT.NAME).from(PRODUCT)
                    .fetchMap(PRODUCT.ID, PRODUCT.NAME);
            List<String> picked = new ArrayList<>();
            dsl.select(INTERVIEW.INTERVIEW_DATE, INTERVIEW.INTERVIEWER, QUESTION.CODE, QUESTION.FIELDS_JSON,
                            ANSWER.STRUCTURED_VALUE)
                    .from(ANSWER).join(INTERVIEW).on(INTERVIEW.ID.eq(ANSWER.INTERVIEW_ID))
                    .join(QUESTION).on(QUESTION.ID.eq(ANSWER.QUESTION_ID))
                    .where(INTERVIEW.PROJECT_ID.eq(projectId))
                    .orderBy(INTERVIEW.CREATED_AT, INTERVIEW.INTERVIEW_DATE, QUESTION.CODE)
                    .forEach(row -> {
                        JsonNode value = object(row.value5());
                        QuestionnaireJson.readFields(row.value4()).stream().filter(QuestionField::catalogue)
                                .forEach(field -> value.path(field.key()).forEach(pick -> picked.add(row.value1()
                                        + " " + row.value3() + ": " + names.getOrDefault(pick.asLong(), "?" + pick))));
                    });
            picked.sort(null);
            return picked;
        });
    }
}
