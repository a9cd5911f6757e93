package org.icpworkbench.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.icpworkbench.gui.main.FakeDialogService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomersViewModelTest {

    @TempDir
    Path temp;

    @Test
    void aCleanFileIsImportedAndABadOneChangesNothing() throws Exception {
        FakeDialogService dialogs = new FakeDialogService();
        try (TestWorkspace workspace = TestWorkspace.openIn(temp.resolve("ws"))) {
            long projectId = workspace.services().projects().create(ProjectDetails.named("Acme")).join().id();
            CustomersViewModel customers = new CustomersViewModel(Messages.of(Language.EN), dialogs, Runnable::run);
            customers.attach(workspace.services().customers());
            customers.asOfProperty().set(LocalDate.of(2026, 11, 23));
            customers.load(projectId).join();
            Path good = Files.writeString(temp.resolve("crm.csv"), "\uFEFFCompany name,Segment,Annual Revenue,Gross margin %,"
                    + "First purchase date,Lifecycle Stage,Churn date,Number of purchases,NPS\n"
                    + "Alpha Ltd,Distributors,\"1,200,000\",40,2024-03-15,Customer,,3,9\n"
                    + "Gamma Shop,E-commerce,150000,10,2025-01-10,Churned,2026-06-10,1,3\n", StandardCharsets.UTF_8);
            Path bad = Files.writeString(temp.resolve("bad.csv"), "Company name,Annual Revenue\nDelta,-5\n", StandardCharsets.UTF_8);

            dialogs.openReplies.add(good);
            customers.importFile().join();

            assertThat(customers.accounts()).extracting(c -> c.data().name()).containsExactly("Alpha Ltd", "Gamma Shop");
            assertThat(customers.metrics()).hasSize(3);
            assertThat(customers.segmentOf(customers.metrics().getFirst())).isEqualTo("All customers");
            assertThat(dialogs.notifications).containsExactly("Imported 2 customers.");

            dialogs.openReplies.add(bad);
            customers.importFile().join();

            assertThat(dialogs.informations).singleElement().asString()
                    .contains("Nothing was imported", "Row 2, column “Annual Revenue”");
            assertThat(workspace.services().customers().list(projectId).join()).hasSize(2);
        }
    }
}
