package org.icpworkbench.gui.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueViewModelTest {

    @TempDir
    Path temp;

    @Test
    void productsAreAddedRenamedAndRemoved() {
        FakeDialogService dialogs = new FakeDialogService();
        try (TestWorkspace workspace = TestWorkspace.openIn(temp)) {
            long projectId = workspace.services().projects().create(ProjectDetails.named("Acme")).join().id();
            CatalogueViewModel catalogue = new CatalogueViewModel(Messages.of(Language.RU), dialogs, Runnable::run);
            catalogue.attach(workspace.services().catalogue());
            catalogue.load(projectId).join();

            dialogs.textReplies.add(Optional.of("WMS-подписка"));
            catalogue.add().join();
            dialogs.textReplies.add(Optional.of("Внедрение"));
            catalogue.add().join();
            catalogue.selectedProperty().set(catalogue.products().getFirst());
            dialogs.textReplies.add(Optional.of("Облачная WMS"));
            catalogue.renameSelected().join();
            catalogue.selectedProperty().set(catalogue.products().get(1));
            dialogs.confirmReplies.add(true);
            catalogue.removeSelected().join();
            dialogs.textReplies.add(Optional.of("   "));
            catalogue.add().join();

            assertThat(catalogue.products()).extracting(Product::name).containsExactly("Облачная WMS");
            assertThat(workspace.services().interviews().products(projectId).join()).extracting(Product::name)
                    .containsExactly("Облачная WMS");
            assertThat(dialogs.errors).containsExactly("Введите название продукта.");
        }
    }

    @Test
    void workThatMeetsTheWorkspaceClosedForAReopeningShowsNoErrorButOtherFailuresDo() {
        FakeDialogService dialogs = new FakeDialogService();
        Messages messages = Messages.of(Language.EN);
        CatalogueViewModel catalogue = new CatalogueViewModel(messages, dialogs, Runnable::run);
        long projectId;
        try (TestWorkspace workspace = TestWorkspace.openIn(temp)) {
            projectId = workspace.services().projects().create(ProjectDetails.named("Acme")).join().id();
            catalogue.attach(workspace.services().catalogue());
            catalogue.load(projectId).join();
        }

        dialogs.textReplies.add(Optional.of("WMS"));
        catalogue.add().join();
        assertThat(dialogs.errors).as("the workspace was closed, as for a restore").isEmpty();

        dialogs.showFailure(new java.util.concurrent.CompletionException(new org.icpworkbench.logic.workspace.WorkspaceException(
                org.icpworkbench.logic.workspace.WorkspaceProblem.NOT_WRITABLE, temp, null)), messages);
        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot write to the workspace folder");
    }
}
