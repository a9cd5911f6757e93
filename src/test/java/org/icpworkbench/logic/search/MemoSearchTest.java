package org.icpworkbench.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.icpworkbench.model.coding.MemoSubject;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Memos are searchable as soon as they are saved, and again after the index is rebuilt. */
class MemoSearchTest {

    @TempDir
    Path temp;

    @Test
    void aSavedMemoIsFoundByAnotherWordForm() {
        try (TestWorkspace workspace = TestWorkspace.openIn(temp)) {
            Project project = workspace.services().samples().createSample(Language.RU).join();
            SearchService search = workspace.services().search();
            workspace.services().startSearch().join();

            workspace.services().coding().saveMemo(project.id(), MemoSubject.PROJECT, "",
                    "Главный вывод: дистрибьюторы с несколькими складами окупают внедрение быстрее всех.").join();
            search.projectChanged(project.id()).join();

            assertThat(search.search("дистрибьютор склад", OptionalLong.of(project.id()), 10).join())
                    .anySatisfy(hit -> assertThat(hit.document().kind()).isEqualTo(SearchKind.MEMO));
            search.rebuild().join();
            assertThat(search.search("окупают дистрибьюторы", OptionalLong.empty(), 10).join())
                    .anySatisfy(hit -> assertThat(hit.document().kind()).isEqualTo(SearchKind.MEMO));
        }
    }
}
