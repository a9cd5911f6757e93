package org.icpworkbench.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.icpworkbench.gui.customer.CustomerImportViewModel.Stage;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.logic.customer.imports.CustomerField;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerImportViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path temp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private TestWorkspace workspace;
    private long projectId;

    @BeforeEach
    void openWorkspace() {
        workspace = TestWorkspace.openIn(temp.resolve("ws"));
        projectId = workspace.services().projects().create(ProjectDetails.named("Acme")).join().id();
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private CustomerImportViewModel importer() {
        return new CustomerImportViewModel(Messages.of(Language.EN), dialogs, workspace.services().customers(), Runnable::run,
                projectId, TODAY);
    }

    private Path csv(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private int stored() {
        return workspace.services().customers().list(projectId).join().size();
    }

    @Test
    void aCleanFileIsPreviewedMappedByItsHeadersAndImportedWhole() throws Exception {
        CustomerImportViewModel importer = importer();
        importer.open(csv("crm.csv", "Company,Industry,Annual Revenue\nAlpha,Food,100\nBeta,Retail,200\nGamma,Food,300\n")).join();

        assertThat(importer.previewHeader()).containsExactly("Company", "Industry", "Annual Revenue");
        assertThat(importer.previewRows()).hasSize(3).first().isEqualTo(java.util.List.of("Alpha", "Food", "100"));
        assertThat(importer.mapping().column(CustomerField.NAME)).hasValue(0);
        assertThat(importer.mapping().column(CustomerField.ANNUAL_REVENUE)).hasValue(2);
        assertThat(importer.mappingSourceProperty().get()).contains("matched by their headers");
        assertThat(importer.summaryProperty().get()).isEqualTo("All 3 rows are valid.");
        assertThat(importer.importLabelProperty().get()).isEqualTo("Import 3 customers");
        assertThat(importer.importableProperty().get()).isTrue();

        assertThat(importer.importRows().join()).isTrue();

        assertThat(importer.stageProperty().get()).isEqualTo(Stage.IMPORTED);
        assertThat(importer.imported()).isEqualTo(3);
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void rowsWithProblemsAreLeftOutOnlyAfterTheUserConfirms() throws Exception {
        CustomerImportViewModel importer = importer();
        importer.open(csv("mixed.csv", "Company,Annual Revenue,NPS\nAlpha,100,9\nBeta,abc,7\nGamma,300,12\nDelta,50,\n")).join();

        assertThat(importer.problems()).extracting(ProblemRow::row, ProblemRow::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3", "Annual Revenue"), org.assertj.core.groups.Tuple.tuple("4", "NPS"));
        assertThat(importer.summaryProperty().get())
                .isEqualTo("2 rows are valid. 2 rows have problems and will not be imported unless fixed.");
        assertThat(importer.importLabelProperty().get()).isEqualTo("Import 2 valid rows only");

        dialogs.confirmReplies.add(false);
        assertThat(importer.importRows().join()).isFalse();
        assertThat(stored()).isZero();

        dialogs.confirmReplies.add(true);
        assertThat(importer.importRows().join()).isTrue();
        assertThat(workspace.services().customers().list(projectId).join()).extracting(c -> c.data().name())
                .containsExactly("Alpha", "Delta");
    }

    @Test
    void aFileWithoutANameColumnCannotBeImportedUntilOneIsChosen() throws Exception {
        CustomerImportViewModel importer = importer();
        importer.open(csv("odd.csv", "Kunde,Umsatz\nAlpha,100\nBeta,200\n")).join();

        assertThat(importer.importableProperty().get()).isFalse();
        assertThat(importer.problems()).extracting(ProblemRow::reason)
                .contains("No column is chosen for the customer name.");

        FieldMapping name = importer.mappings().stream()
                .filter(mapping -> mapping.field() == CustomerField.NAME).findFirst().orElseThrow();
        name.columnProperty().set(importer.columnChoices().get(1));
        importer.currentCheck().join();

        assertThat(importer.columnChoices().get(1).label()).isEqualTo("A — Kunde");
        assertThat(importer.problems()).isEmpty();
        assertThat(importer.importableProperty().get()).isTrue();
        assertThat(importer.importRows().join()).isTrue();
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void aSavedMappingIsReusedForTheNextFileEvenWhenItsColumnsMoved() throws Exception {
        CustomerImportViewModel first = importer();
        first.open(csv("a.csv", "Kunde,Umsatz\nAlpha,100\n")).join();
        first.mappings().get(CustomerField.NAME.ordinal()).columnProperty().set(first.columnChoices().get(1));
        first.currentCheck().join();
        first.mappings().get(CustomerField.ANNUAL_REVENUE.ordinal()).columnProperty().set(first.columnChoices().get(2));
        first.currentCheck().join();
        first.saveMapping().join();
        assertThat(dialogs.notifications).contains("Column mapping saved for the next import.");

        CustomerImportViewModel second = importer();
        second.open(csv("b.csv", "Umsatz,Kunde\n250,Beta\n")).join();

        assertThat(second.mappingSourceProperty().get()).contains("you saved");
        assertThat(second.mapping().column(CustomerField.NAME)).hasValue(1);
        assertThat(second.mapping().column(CustomerField.ANNUAL_REVENUE)).hasValue(0);
        assertThat(second.importRows().join()).isTrue();
        assertThat(workspace.services().customers().list(projectId).join()).singleElement()
                .satisfies(customer -> assertThat(customer.data().annualRevenue()).hasValueSatisfying(
                        revenue -> assertThat(revenue).isEqualByComparingTo("250")));
    }

    @Test
    void aCancelledImportStoresNothing() throws Exception {
        StringBuilder text = new StringBuilder("Company,Annual Revenue\n");
        for (int row = 1; row <= 2_000; row++) {
            text.append("Customer ").append(row).append(',').append(row * 10).append('\n');
        }
        CustomerImportViewModel importer = importer();
        importer.open(csv("big.csv", text.toString())).join();
        assertThat(importer.importableProperty().get()).isTrue();

        CountDownLatch databaseHeld = new CountDownLatch(1);
        CompletableFuture<Void> holder = workspace.services().workspace().database().run(dsl -> {
            try {
                databaseHeld.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        CompletableFuture<Boolean> imported = importer.importRows();
        assertThat(importer.stageProperty().get()).isEqualTo(Stage.IMPORTING);
        assertThat(importer.busyProperty().get()).isTrue();
        importer.cancel();
        databaseHeld.countDown();
        holder.join();

        assertThat(imported.join()).isFalse();
        assertThat(importer.summaryProperty().get()).isEqualTo("The import was cancelled; nothing was stored.");
        assertThat(stored()).isZero();
    }

    @Test
    void anUnreadableFileSaysWhy() throws Exception {
        CustomerImportViewModel importer = importer();
        importer.open(csv("old.xls", "not really excel")).join();

        assertThat(importer.importableProperty().get()).isFalse();
        assertThat(importer.problems()).extracting(ProblemRow::row).containsOnly("File");
        assertThat(importer.importRows().join()).isFalse();
        assertThat(stored()).isZero();
    }

    @Test
    void reimportingTheSameFileUpdatesTheCustomersInsteadOfDoublingThem() throws Exception {
        Path file = csv("crm.csv", "Company,Annual Revenue\nAlpha,100\nBeta,200\nGamma,300\n");
        CustomerImportViewModel first = importer();
        first.open(file).join();
        assertThat(first.existingMatchedProperty().get()).isZero();
        assertThat(first.importRows().join()).isTrue();

        Files.writeString(file, "Company,Annual Revenue\nAlpha,150\nBeta,200\nGamma,300\nDelta,50\n");
        CustomerImportViewModel again = importer();
        again.open(file).join();
        assertThat(again.existingMatchedProperty().get()).isEqualTo(3);
        assertThat(again.summaryProperty().get()).contains("3 customers of the file are already in the project");
        assertThat(again.existingPolicyProperty().get()).isEqualTo(org.icpworkbench.logic.customer.imports.ExistingCustomers.UPDATE);

        assertThat(again.importRows().join()).isTrue();

        assertThat(stored()).isEqualTo(4);
        assertThat(workspace.services().customers().list(projectId).join()).filteredOn(c -> c.data().name().equals("Alpha"))
                .singleElement().satisfies(c -> assertThat(c.data().annualRevenue()).hasValueSatisfying(
                        v -> assertThat(v).isEqualByComparingTo("150")));
        assertThat(again.summaryProperty().get()).contains("Imported 1 customer.", "Updated 3 existing customers.");

        CustomerImportViewModel added = importer();
        added.open(file).join();
        added.existingPolicyProperty().set(org.icpworkbench.logic.customer.imports.ExistingCustomers.ADD);
        assertThat(added.importRows().join()).isTrue();
        assertThat(stored()).isEqualTo(8);
    }

    @Test
    void theEncodingCanBeChosenWhenItCannotBeTold() throws Exception {
        Path file = Files.write(temp.resolve("short.csv"),
                "Company;Revenue\nООО;100\n".getBytes(java.nio.charset.Charset.forName("windows-1251")));
        CustomerImportViewModel importer = importer();
        importer.open(file).join();
        assertThat(importer.importableProperty().get()).isFalse();
        assertThat(importer.problems()).first().satisfies(problem -> assertThat(problem.reason())
                .contains("encoding cannot be told", "Windows-1251", "KOI8-R"));

        importer.encodingProperty().set(importer.encodingChoices().stream()
                .filter(choice -> choice.label().equals("Windows-1251")).findFirst().orElseThrow());
        importer.opened().join();

        assertThat(importer.formatProperty().get()).isEqualTo("CSV, Windows-1251, ';'");
        assertThat(importer.previewRows()).first().isEqualTo(java.util.List.of("ООО", "100"));
        assertThat(importer.problems()).isEmpty();
        assertThat(importer.importableProperty().get()).isTrue();
    }
}
