package org.icpworkbench.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.icpworkbench.gui.common.FakeDialogService;
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
        FakeCustomerDialogs customerDialogs = new FakeCustomerDialogs();
        try (TestWorkspace workspace = TestWorkspace.openIn(temp.resolve("ws"))) {
            long projectId = workspace.services().projects().create(ProjectDetails.named("Acme")).join().id();
            CustomersViewModel customers = new CustomersViewModel(Messages.of(Language.EN), dialogs, customerDialogs, Runnable::run);
            customers.attach(workspace.services().customers());
            customers.asOfProperty().set(LocalDate.of(2026, 11, 23));
            customers.load(projectId).join();
            Path good = Files.writeString(temp.resolve("crm.csv"), "\uFEFFCompany name,Segment,Annual Revenue,Gross margin %,"
                    + "First purchase date,Lifecycle Stage,Churn date,Number of purchases,NPS\n"
                    + "Alpha Ltd,Distributors,\"1,200,000\",40,2024-03-15,Customer,,3,9\n"
                    + "Gamma Shop,E-commerce,150000,10,2025-01-10,Churned,2026-06-10,1,3\n", StandardCharsets.UTF_8);
            Path bad = Files.writeString(temp.resolve("bad.csv"), "Company name,Annual Revenue\nDelta,-5\n", StandardCharsets.UTF_8);

            dialogs.openReplies.add(good);
            customerDialogs.importReplies.add(importer -> {
                importer.opened().join();
                return importer.importRows().join();
            });
            customers.importFile();
            customers.load(projectId).join();

            assertThat(customers.accounts()).extracting(c -> c.data().name()).containsExactly("Alpha Ltd", "Gamma Shop");
            assertThat(customers.metrics()).hasSize(3);
            assertThat(customers.segmentOf(customers.metrics().getFirst())).isEqualTo("All customers");
            assertThat(dialogs.notifications).containsExactly("Imported 2 customers.");

            dialogs.openReplies.add(bad);
            customerDialogs.importReplies.add(importer -> {
                importer.opened().join();
                assertThat(importer.problems()).singleElement()
                        .isEqualTo(new ProblemRow("2", "Annual Revenue", "The amount cannot be negative: -5."));
                return importer.importRows().join();
            });
            customers.importFile();

            assertThat(workspace.services().customers().list(projectId).join()).hasSize(2);
        }
    }

    @Test
    void customersAreAddedEditedFilteredPutIntoASegmentAndDeleted() throws Exception {
        FakeDialogService dialogs = new FakeDialogService();
        FakeCustomerDialogs customerDialogs = new FakeCustomerDialogs();
        try (TestWorkspace workspace = TestWorkspace.openIn(temp.resolve("ws"))) {
            long projectId = workspace.services().projects().create(ProjectDetails.named("Acme")).join().id();
            long wms = workspace.services().catalogue().add(projectId, "WMS").join().id();
            CustomersViewModel customers = new CustomersViewModel(Messages.of(Language.EN), dialogs, customerDialogs, Runnable::run);
            customers.attach(workspace.services().customers());
            customers.attachCatalogue(workspace.services().catalogue());
            customers.load(projectId).join();
            assertThat(customers.count().get()).isEqualTo("0 customers");

            customerDialogs.customerReplies.add(editor -> {
                assertThat(editor.products()).extracting(p -> p.name()).containsExactly("WMS");
                editor.nameProperty().set("Alpha Ltd");
                editor.segmentProperty().set("Distributors");
                editor.regionProperty().set("Moscow");
                editor.annualRevenueProperty().set("1,200,000");
                editor.productIds().add(wms);
            });
            customers.add().join();
            customerDialogs.customerReplies.add(editor -> {
                editor.nameProperty().set("Beta Shop");
                editor.industryProperty().set("E-commerce");
                editor.statusProperty().set(org.icpworkbench.model.customer.CustomerStatus.CHURNED);
                editor.firstPurchaseProperty().set("2025-01-10");
                editor.churnDateProperty().set("2026-01-10");
            });
            customers.add().join();
            customerDialogs.customerReplies.add(editor -> editor.nameProperty().set("Gamma Group"));
            customers.add().join();
            customers.add().join(); // cancelled: nothing scripted

            assertThat(customers.accounts()).extracting(c -> c.data().name()).containsExactly("Alpha Ltd", "Beta Shop", "Gamma Group");
            assertThat(customers.selection()).isEmpty();
            assertThat(customers.productsOf(customers.accounts().getFirst())).isEqualTo("WMS");
            assertThat(customers.metrics().getFirst().activeCustomers()).isEqualTo(2);
            assertThat(dialogs.notifications).contains("Customer “Alpha Ltd” added.");

            customers.selection().setAll(customers.accounts().get(2));
            customerDialogs.customerReplies.add(editor -> {
                assertThat(editor.nameProperty().get()).isEqualTo("Gamma Group");
                editor.nameProperty().set("Gamma Group plc");
                editor.npsProperty().set("9");
            });
            customers.edit().join();
            assertThat(customers.accounts().get(2).data().name()).isEqualTo("Gamma Group plc");
            assertThat(customers.accounts().get(2).data().nps()).contains(9);

            customers.filterTextProperty().set("MOSCOW");
            assertThat(customers.shown()).extracting(c -> c.data().name()).containsExactly("Alpha Ltd");
            assertThat(customers.count().get()).isEqualTo("1 of 3 customers");
            customers.filterTextProperty().set("e-comm");
            assertThat(customers.shown()).extracting(c -> c.data().name()).containsExactly("Beta Shop");
            customers.filterTextProperty().set("");
            customers.statusFilterProperty().set(CustomersViewModel.StatusFilter.ACTIVE);
            assertThat(customers.shown()).extracting(c -> c.data().name()).containsExactly("Alpha Ltd", "Gamma Group plc");
            customers.statusFilterProperty().set(CustomersViewModel.StatusFilter.CHURNED);
            assertThat(customers.shown()).extracting(c -> c.data().name()).containsExactly("Beta Shop");
            assertThat(customers.nothingMatches().get()).isFalse();
            customers.filterTextProperty().set("nobody");
            assertThat(customers.nothingMatches().get()).isTrue();
            customers.filterTextProperty().set("");
            customers.statusFilterProperty().set(CustomersViewModel.StatusFilter.ALL);
            assertThat(customers.count().get()).isEqualTo("3 customers");

            customers.selection().setAll(customers.accounts().get(1), customers.accounts().get(2));
            dialogs.textReplies.add(Optional.of(" Key accounts "));
            customers.assignSegment().join();
            assertThat(customers.accounts()).extracting(c -> c.data().segment()).containsExactly("Distributors", "Key accounts", "Key accounts");
            assertThat(customers.metrics()).extracting(customers::segmentOf).contains("Key accounts", "Distributors");
            assertThat(dialogs.notifications).contains("Segment “Key accounts” set for 2 customers.");

            customers.selection().setAll(customers.accounts().get(0), customers.accounts().get(1));
            dialogs.confirmReplies.add(false);
            customers.delete().join();
            assertThat(customers.accounts()).hasSize(3);
            dialogs.confirmReplies.add(true);
            customers.delete().join();
            assertThat(customers.accounts()).extracting(c -> c.data().name()).containsExactly("Gamma Group plc");
            assertThat(workspace.services().customers().list(projectId).join()).hasSize(1);
            assertThat(dialogs.notifications).contains("Deleted: 2 customers.");
            assertThat(dialogs.errors).isEmpty();
        }
    }
}
