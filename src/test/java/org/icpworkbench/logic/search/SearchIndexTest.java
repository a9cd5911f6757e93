package org.icpworkbench.logic.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    private static final OptionalLong WORKSPACE = OptionalLong.empty();

    @TempDir
    Path folder;

    private SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(folder);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void findsRussianWordForms() throws IOException {
        index.put(SearchDocument.answer(1, 10, 100, "Работаем только с клиентами из Поволжья."));
        index.put(SearchDocument.answer(1, 10, 101, "Сроки внедрения — шесть недель."));
        index.put(SearchDocument.answer(1, 10, 102, "Склад на Excel и 1С."));

        assertThat(ids("клиент")).containsExactly("answer:10:100:text");
        assertThat(ids("внедрение")).containsExactly("answer:10:101:text");
        assertThat(ids("Клиенты")).containsExactly("answer:10:100:text");
        assertThat(ids("еще склад")).containsExactly("answer:10:102:text");
    }

    @Test
    void findsEnglishWordForms() throws IOException {
        index.put(SearchDocument.answer(1, 10, 100, "They decided within a week."));
        index.put(SearchDocument.answer(1, 10, 101, "Our best customer runs three warehouses."));

        assertThat(ids("decide")).containsExactly("answer:10:100:text");
        assertThat(ids("customers")).containsExactly("answer:10:101:text");
        assertThat(ids("Warehouse")).containsExactly("answer:10:101:text");
    }

    @Test
    void everyWordMustMatchInSomeLanguage() throws IOException {
        index.put(SearchDocument.answer(1, 10, 100, "Клиенты просят интеграцию с CRM, customers decided fast."));
        index.put(SearchDocument.answer(1, 10, 101, "Клиенты довольны."));

        assertThat(ids("клиент crm")).containsExactly("answer:10:100:text");
        assertThat(ids("клиентами customer")).containsExactly("answer:10:100:text");
        assertThat(ids("клиент")).containsExactlyInAnyOrder("answer:10:100:text", "answer:10:101:text");
    }

    @Test
    void quotedWordsMatchAsAPhrase() throws IOException {
        index.put(SearchDocument.answer(1, 10, 100, "Ошибки при сборке заметно снизились."));
        index.put(SearchDocument.answer(1, 10, 101, "При переезде сборка встала, ошибки копились."));

        assertThat(ids("\"ошибка при сборке\"")).containsExactly("answer:10:100:text");
        assertThat(ids("ошибки сборка")).hasSize(2);
    }

    @Test
    void highlightsPointAtTheMatchedWordsInTheSnippet() throws IOException {
        String text = "Клиент ушёл. Потом мы поговорили с клиентами, и Клиентам понравилось; customers decided.";
        index.put(SearchDocument.answer(1, 10, 100, text));

        SearchHit hit = index.search("клиент decide", WORKSPACE, 10).getFirst();

        assertThat(hit.snippet()).isEqualTo(text);
        assertThat(hit.highlights()).extracting(range -> range.of(hit.snippet()))
                .containsExactly("Клиент", "клиентами", "Клиентам", "decided");
        assertThat(hit.matches()).isEqualTo(hit.highlights());
        assertThat(hit.firstMatch()).contains(new TextRange(0, 6));
    }

    @Test
    void cutsALongTextAroundTheFirstMatch() throws IOException {
        String before = "Вступление без нужных слов. ".repeat(20);
        String after = " Дальше идёт длинный рассказ о складе. ".repeat(20);
        String text = before + "Интеграция с 1С заняла месяц." + after;
        index.put(SearchDocument.answer(1, 10, 100, text));

        SearchHit hit = index.search("интеграции", WORKSPACE, 10).getFirst();

        assertThat(hit.snippet()).startsWith("…").endsWith("…").contains("Интеграция с 1С заняла месяц.");
        assertThat(hit.snippet().length()).isBetween(150, Highlighter.SNIPPET_LENGTH + 2);
        assertThat(hit.snippet().substring(1)).doesNotStartWith(" ").startsWith("Вступление");
        assertThat(hit.highlights()).extracting(range -> range.of(hit.snippet())).containsExactly("Интеграция");
        assertThat(hit.firstMatch().orElseThrow().of(text)).isEqualTo("Интеграция");
        assertThat(hit.firstMatch().orElseThrow().start()).isEqualTo(before.length());
    }

    @Test
    void highlightsOnlyWhatIsInsideTheSnippetAndKeepsItOnOneLine() throws IOException {
        String text = "Склад\nодин. " + "Текст без совпадений. ".repeat(15) + "Второй склад в конце.";
        index.put(SearchDocument.answer(1, 10, 100, text));

        SearchHit hit = index.search("склады", WORKSPACE, 10).getFirst();

        assertThat(hit.snippet()).doesNotContain("\n").startsWith("Склад один.").endsWith("…");
        assertThat(hit.highlights()).extracting(range -> range.of(hit.snippet())).containsExactly("Склад");
        assertThat(hit.matches()).extracting(range -> range.of(text)).containsExactly("Склад", "склад");
    }

    @Test
    void neverCutsAnEmojiInHalf() throws IOException {
        index.put(SearchDocument.answer(1, 10, 100, "склады " + "🚀".repeat(200)));

        String snippet = index.search("склад", WORKSPACE, 10).getFirst().snippet();

        assertThat(snippet).endsWith("🚀…");
        assertThat(snippet.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
    }

    @Test
    void searchesOneProjectOrTheWholeWorkspace() throws IOException {
        index.put(SearchDocument.answer(1, 10, 100, "Склад в Казани."));
        index.put(SearchDocument.answer(2, 20, 100, "Склад в Самаре."));
        index.put(SearchDocument.memo(7, 2, "Склады — главный признак."));

        assertThat(ids("склад")).hasSize(3);
        assertThat(index.search("склад", OptionalLong.of(2), 10)).extracting(hit -> hit.document().projectId())
                .containsOnly(2L).hasSize(2);
        assertThat(index.search("склад", OptionalLong.of(3), 10)).isEmpty();
    }

    @Test
    void returnsTheDocumentAsIndexed() throws IOException {
        SearchDocument note = SearchDocument.note(3, 30, 300, "Перезвонить директору.");
        index.put(note);

        assertThat(index.search("директор", WORKSPACE, 10).getFirst().document()).isEqualTo(note);
    }

    @Test
    void replacesByIdAndDeletes() throws IOException {
        index.put(SearchDocument.answer(1, 10, 100, "Старый текст про склад."));
        index.put(SearchDocument.answer(1, 10, 100, "Новый текст про интеграцию."));
        index.put(SearchDocument.note(1, 10, 100, "Заметка про интеграцию."));

        assertThat(ids("склад")).isEmpty();
        assertThat(ids("интеграция")).containsExactlyInAnyOrder("answer:10:100:text", "answer:10:100:note");
        assertThat(index.documentCount()).isEqualTo(2);

        index.delete(SearchDocument.noteId(10, 100));
        assertThat(ids("интеграция")).containsExactly("answer:10:100:text");

        index.deleteProject(1);
        assertThat(index.documentCount()).isZero();
    }

    @Test
    void oddInputFindsNothingAndNeverThrows() throws IOException {
        index.put(SearchDocument.answer(1, 10, 100, "Клиент AND OR NOT (скобки) * ? \\ 1С/ERP e-mail"));

        for (String odd : List.of("", "   ", "\"", "\"(", "*", "?", "(", ")", "AND", "OR NOT", ":", "\\", "~2", "^",
                "[a TO z]", "{", "/", "\"\"", "и", "the", "не и the", "\u0000", "клиент\"", "a".repeat(5_000),
                "слово ".repeat(2_000))) {
            assertThatCode(() -> index.search(odd, WORKSPACE, 10)).as(odd).doesNotThrowAnyException();
        }
        assertThat(ids("")).isEmpty();
        assertThat(ids("\"(")).isEmpty();
        assertThat(ids("*")).isEmpty();
        assertThat(ids("the и")).isEmpty();
        assertThat(ids("клиент\"")).hasSize(1);
        assertThat(ids("(скобки)")).hasSize(1);
        assertThat(ids("1С/ERP")).hasSize(1);
        assertThat(ids("the клиент")).hasSize(1);
        assertThat(index.search("клиент", WORKSPACE, 0)).isEmpty();
    }

    @Test
    void keepsDocumentsAcrossACleanCloseAndAsksForNoRebuild() throws IOException {
        index.put(SearchDocument.answer(1, 10, 100, "Склад."));
        index.close();

        index = SearchIndex.open(folder);

        assertThat(index.needsRebuild()).isFalse();
        assertThat(ids("склад")).hasSize(1);
    }

    @Test
    void asksForARebuildWhenMissingOrNotClosedCleanly() throws IOException {
        assertThat(index.needsRebuild()).as("a new index").isTrue();
        index.close();
        index = SearchIndex.open(folder);
        assertThat(index.needsRebuild()).isFalse();

        SearchIndex.requestRebuild(folder);
        index.close();
        index = SearchIndex.open(folder);
        assertThat(index.needsRebuild()).as("a rebuild was requested").isTrue();
        index.close();
        index = SearchIndex.open(folder);
        assertThat(index.needsRebuild()).as("the request is used once").isFalse();
    }

    @Test
    void anIndexLeftOpenByACrashAsksForARebuild() throws IOException {
        Path other = folder.resolve("crashed");
        SearchIndex crashed = SearchIndex.open(other);
        crashed.rebuild(List.of(SearchDocument.answer(1, 10, 100, "Склад.")));
        crashed.put(SearchDocument.answer(1, 10, 101, "Ещё один склад, не закоммиченный."));
        // No close(): the copy below is what a kill leaves on disk.
        Path copy = folder.resolve("copy");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(other)) {
            for (Path file : files.filter(file -> !file.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        crashed.close();

        try (SearchIndex reopened = SearchIndex.open(copy)) {
            assertThat(reopened.needsRebuild()).isTrue();
            assertThat(reopened.documentCount()).isEqualTo(1);
        }
    }

    @Test
    void aDamagedIndexIsStartedAfresh() throws IOException {
        index.put(SearchDocument.answer(1, 10, 100, "Склад."));
        index.close();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(file -> file.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }

        index = SearchIndex.open(folder);

        assertThat(index.needsRebuild()).isTrue();
        assertThat(index.documentCount()).isZero();
        index.rebuild(List.of(SearchDocument.answer(1, 10, 100, "Склад.")));
        assertThat(ids("склад")).hasSize(1);
    }

    @Test
    void rebuildReplacesEverything() throws IOException {
        index.put(SearchDocument.answer(1, 10, 100, "Старое."));

        index.rebuild(List.of(SearchDocument.answer(1, 10, 101, "Новое про склад."), SearchDocument.memo(1, 1, "Склады.")));

        assertThat(index.documentCount()).isEqualTo(2);
        assertThat(ids("склад")).containsExactlyInAnyOrder("answer:10:101:text", "memo:1");
    }

    private List<String> ids(String typed) throws IOException {
        return index.search(typed, WORKSPACE, 50).stream().map(hit -> hit.document().id()).toList();
    }
}
