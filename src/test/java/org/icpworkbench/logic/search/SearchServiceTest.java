package org.icpworkbench.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.icpworkbench.logic.interview.AnswerAutosaver;
import org.icpworkbench.logic.interview.AnswerKey;
import org.icpworkbench.logic.persistence.SearchSourceRepository;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.NewRespondent;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {

    private static final OptionalLong WORKSPACE = OptionalLong.empty();

    @TempDir
    Path temp;

    private TestWorkspace workspace;
    private Path indexFolder;
    private SearchService search;

    @BeforeEach
    void openWorkspace() {
        workspace = TestWorkspace.openIn(temp);
        indexFolder = temp.resolve("search-index");
    }

    @AfterEach
    void closeWorkspace() {
        if (search != null) {
            search.close();
        }
        workspace.close();
    }

    @Test
    void buildsTheMissingIndexFromTheSampleAndFindsRussianWordForms() {
        workspace.services().samples().createSample(Language.RU).join();

        assertThat(startSearch()).as("rebuilt").isTrue();

        List<SearchHit> hits = search("клиент");
        assertThat(hits).anySatisfy(hit -> assertThat(hit.document().text()).contains("клиентами"));
        assertThat(hits).allSatisfy(hit -> assertThat(hit.highlights()).isNotEmpty()
                .allSatisfy(range -> assertThat(range.of(hit.snippet()).toLowerCase()).startsWith("клиент")));
        assertThat(search("внедрение")).anySatisfy(hit -> assertThat(hit.snippet()).contains("внедрения"));
        assertThat(search("\"названа по памяти\"")).singleElement()
                .satisfies(hit -> assertThat(hit.document().kind()).isEqualTo(SearchKind.NOTE));
    }

    @Test
    void indexHoldsEveryTextOfTheDatabase() {
        workspace.services().samples().createSample(Language.EN).join();
        startSearch();

        int inDatabase = workspace.inDatabase(dsl -> new SearchSourceRepository(dsl).countTexts());
        assertThat(inDatabase).isGreaterThan(50);
        search.close();
        assertThat(startSearch()).as("reopened with as many texts as the database: no rebuild").isFalse();
        assertThat(search("warehouse", WORKSPACE, 1_000)).hasSizeGreaterThan(10);
        assertThat(search("customers")).anySatisfy(hit -> assertThat(hit.highlights())
                .anySatisfy(range -> assertThat(range.of(hit.snippet())).isEqualToIgnoringCase("customer")));
    }

    @Test
    void reusesACleanlyClosedIndexAndRebuildsAMissingOne() throws Exception {
        workspace.services().samples().createSample(Language.RU).join();
        assertThat(startSearch()).isTrue();
        search.close();

        assertThat(startSearch()).as("clean index reused").isFalse();
        search.close();

        deleteFolder(indexFolder);
        assertThat(startSearch()).as("missing index rebuilt").isTrue();
        assertThat(search("клиент")).isNotEmpty();
    }

    @Test
    void rebuildsWhenTheDatabaseChangedWhileTheIndexWasClosed() {
        startSearch();
        search.close();
        workspace.services().samples().createSample(Language.RU).join();

        assertThat(startSearch()).isTrue();
        assertThat(search("склад")).isNotEmpty();
    }

    @Test
    void savedAnswersAreFoundAtOnce() {
        startSearch();
        AnswerKey key = newAnswer();
        AnswerAutosaver autosaver = workspace.services().autosaver();
        List<CompletableFuture<Void>> updates = new CopyOnWriteArrayList<>();
        autosaver.onSaved(saved -> updates.add(search.answerSaved(saved.key().interviewId(), saved.key().questionId())));

        autosaver.update(key, new AnswerDraft("Решение принимали вместе с клиентами.", "{}", false, false, "Перезвонить."));
        autosaver.flush(key).join();
        updates.forEach(CompletableFuture::join);

        assertThat(search("клиент")).singleElement().satisfies(hit -> {
            assertThat(hit.document().kind()).isEqualTo(SearchKind.ANSWER);
            assertThat(hit.document().interviewId()).isEqualTo(key.interviewId());
            assertThat(hit.document().questionId()).isEqualTo(key.questionId());
        });
        assertThat(search("перезвонить")).singleElement()
                .satisfies(hit -> assertThat(hit.document().kind()).isEqualTo(SearchKind.NOTE));

        autosaver.update(key, AnswerDraft.text("Теперь про склады."));
        autosaver.flush(key).join();
        updates.forEach(CompletableFuture::join);

        assertThat(search("клиент")).isEmpty();
        assertThat(search("перезвонить")).isEmpty();
        assertThat(search("склад")).hasSize(1);
    }

    @Test
    void followsAProjectIntoTheTrashAndBack() {
        long projectId = workspace.services().samples().createSample(Language.RU).join().id();
        startSearch();

        workspace.services().projects().moveToTrash(projectId).join();
        search.projectChanged(projectId).join();
        assertThat(search("клиент")).isEmpty();

        workspace.services().projects().restoreFromTrash(projectId).join();
        search.projectChanged(projectId).join();
        assertThat(search("клиент")).isNotEmpty();
    }

    @Test
    void searchesOneProjectOrAll() {
        long russian = workspace.services().samples().createSample(Language.RU).join().id();
        long english = workspace.services().samples().createSample(Language.EN).join().id();
        startSearch();
        search.put(SearchDocument.memo(1, english, "Warehouses on spreadsheets are the strongest signal.")).join();

        assertThat(search.search("склад warehouse", WORKSPACE, 50).join()).isEmpty();
        assertThat(search.search("warehouse", OptionalLong.of(russian), 50).join()).isEmpty();
        assertThat(search.search("warehouse", OptionalLong.of(english), 50).join()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.document().projectId()).isEqualTo(english))
                .anySatisfy(hit -> assertThat(hit.document().kind()).isEqualTo(SearchKind.MEMO));
        assertThat(search.search("склад", OptionalLong.of(russian), 50).join()).isNotEmpty();

        search.delete(SearchDocument.memoId(1)).join();
        assertThat(search("spreadsheets strongest")).isEmpty();
    }

    @Test
    void searchesDoNotWaitForTheDatabaseThread() throws Exception {
        workspace.services().samples().createSample(Language.RU).join();
        startSearch();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> busy = workspace.services().workspace().database().submit(dsl -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        try {
            assertThat(search.search("клиент", WORKSPACE, 10).get(5, TimeUnit.SECONDS)).isNotEmpty();
        } finally {
            release.countDown();
            busy.join();
        }
    }

    private boolean startSearch() {
        search = new SearchService(workspace.services().workspace().database(), indexFolder);
        return search.start().join();
    }

    private List<SearchHit> search(String typed) {
        return search(typed, WORKSPACE, 50);
    }

    private List<SearchHit> search(String typed, OptionalLong projectId, int limit) {
        return search.search(typed, projectId, limit).join();
    }

    private AnswerKey newAnswer() {
        long projectId = workspace.services().projects().create(ProjectDetails.named("Поиск")).join().id();
        long interviewId = workspace.services().interviews().start(new InterviewStart(projectId, Optional.empty(),
                Optional.of(new NewRespondent("Анна", "CFO", "Acme", "", false, Optional.empty())),
                Audience.SALES, false, LocalDate.of(2026, 11, 23), "")).join();
        long questionId = workspace.services().interviews().sheet(interviewId).join().questions().getFirst().id();
        return new AnswerKey(interviewId, questionId);
    }

    private static void deleteFolder(Path folder) throws Exception {
        try (var files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
