package org.icpworkbench.gui.customer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.gui.common.Failures;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.customer.imports.ColumnMapping;
import org.icpworkbench.logic.customer.imports.CustomerField;
import org.icpworkbench.logic.customer.imports.CustomerFileReader;
import org.icpworkbench.logic.customer.imports.CustomerImportParser;
import org.icpworkbench.logic.customer.imports.CustomerImportPlan;
import org.icpworkbench.logic.customer.imports.CustomerTable;
import org.icpworkbench.logic.customer.imports.ExistingCustomerMatch;
import org.icpworkbench.logic.customer.imports.ExistingCustomers;
import org.icpworkbench.logic.customer.imports.ReadOptions;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.logic.customer.imports.MappingGuesser;
import org.icpworkbench.logic.i18n.Messages;

/**
 * The import dialog: read the file, show a preview, map its columns to customer fields (guessed, or the mapping the
 * user saved for the project), check every row, and store all valid rows in one transaction — or nothing. Rows with
 * problems are listed; importing the valid rows without them needs the user's explicit confirmation. Reading,
 * checking and storing run in the background with progress and can be cancelled; a cancelled import stores nothing.
 *
 * <p>Slightly over 400 lines: reading, mapping, checking and storing are one dialog's steps over the same rows.
 */
public final class CustomerImportViewModel {

    /** Where the import is. */
    public enum Stage { READING, CHECKING, READY, IMPORTING, IMPORTED, FAILED }

    static final int PREVIEW_ROWS = 50;

    private final Messages messages;
    private final DialogService dialogs;
    private final CustomerService customers;
    private final Executor ui;
    private final long projectId;
    private final LocalDate today;

    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.READING);
    private final StringProperty fileName = new SimpleStringProperty("");
    private final StringProperty format = new SimpleStringProperty("");
    private final StringProperty mappingSource = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty importLabel = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty importable = new SimpleBooleanProperty(false);
    private final ObjectProperty<ImportEncoding> encoding = new SimpleObjectProperty<>();
    private final ObservableList<ImportEncoding> encodingChoices = FXCollections.observableArrayList();
    private final IntegerProperty existingMatched = new SimpleIntegerProperty(0);
    private final ObjectProperty<ExistingCustomers> existingPolicy = new SimpleObjectProperty<>(ExistingCustomers.UPDATE);
    private final ObservableList<ColumnChoice> columnChoices = FXCollections.observableArrayList();
    private final ObservableList<FieldMapping> mappings = FXCollections.observableArrayList();
    private final ObservableList<String> previewHeader = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();

    private CustomerTable table;
    private CustomerImportPlan plan;
    private Path file;
    private ReadOptions readOptions = ReadOptions.automatic();
    private List<Customer> existing = List.of();
    private ExistingCustomerMatch match = ExistingCustomerMatch.find(List.of(), List.of());
    private int imported;
    private int updated;
    private boolean applyingMapping;
    private AtomicBoolean running = new AtomicBoolean();
    private CompletableFuture<?> check = CompletableFuture.completedFuture(null);
    private CompletableFuture<Void> opened = CompletableFuture.completedFuture(null);

    public CustomerImportViewModel(Messages messages, DialogService dialogs, CustomerService customers, Executor ui,
            long projectId, LocalDate today) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.customers = customers;
        this.ui = ui;
        this.projectId = projectId;
        this.today = today;
        for (CustomerField field : CustomerField.values()) {
            FieldMapping mapping = new FieldMapping(field, messages.get(field.messageKey()));
            mapping.columnProperty().addListener((o, old, now) -> {
                if (!applyingMapping) {
                    recheck();
                }
            });
            mappings.add(mapping);
        }
        encodingChoices.setAll(ImportEncoding.offered(messages));
        encoding.set(encodingChoices.getFirst());
        encoding.addListener((o, old, now) -> {
            if (now != null && file != null && !now.equals(old)) {
                readOptions = readOptions.withEncoding(now.charset());
                open(file);
            }
        });
    }

    /** Reads {@code file} in the background and checks it with the saved or guessed mapping; completes when checked. */
    public CompletableFuture<Void> open(Path chosen) {
        file = chosen;
        fileName.set(file.getFileName().toString());
        stage.set(Stage.READING);
        progress.set(-1);
        summary.set(messages.get("customers.import.reading"));
        ReadOptions options = readOptions;
        CompletableFuture<CustomerTable> read = CompletableFuture.supplyAsync(() -> CustomerFileReader.read(chosen, options));
        opened = read.thenCombine(customers.savedMapping(projectId), ReadResult::new)
                .thenCombine(customers.list(projectId), (result, stored) -> {
                    existing = stored;
                    return result;
                })
                .thenComposeAsync(result -> {
                    showTable(result.table(), result.saved());
                    return startCheck();
                }, ui)
                .exceptionallyAsync(failure -> {
                    fail(failure);
                    return null;
                }, ui);
        return opened;
    }

    /** Completes when the file opened last has been read and checked. */
    public CompletableFuture<Void> opened() {
        return opened;
    }

    private record ReadResult(CustomerTable table, Optional<ColumnMapping> saved) { }

    private void showTable(CustomerTable read, Optional<ColumnMapping> saved) {
        table = read;
        format.set(read.format());
        List<ColumnChoice> choices = new ArrayList<>();
        choices.add(new ColumnChoice(-1, messages.get("customers.import.column.none")));
        for (int index = 0; index < read.header().size(); index++) {
            choices.add(new ColumnChoice(index, messages.get("customers.import.column", CustomerTable.columnLetter(index), read.columnName(index))));
        }
        columnChoices.setAll(choices);
        previewHeader.setAll(read.header());
        previewRows.setAll(read.rows().stream().limit(PREVIEW_ROWS).map(row -> row.cells()).toList());
        Optional<ColumnMapping> reused = saved.map(mapping -> mapping.applyTo(read.header()))
                .filter(mapping -> mapping.column(CustomerField.NAME).isPresent());
        mappingSource.set(reused.isPresent() ? messages.get("customers.import.mapping.saved")
                : messages.get("customers.import.mapping.guessed"));
        applyMapping(reused.orElseGet(() -> MappingGuesser.guess(read.header())));
    }

    private void applyMapping(ColumnMapping mapping) {
        applyingMapping = true;
        try {
            for (FieldMapping field : mappings) {
                int index = mapping.column(field.field()).orElse(-1);
                field.columnProperty().set(columnChoices.stream().filter(choice -> choice.index() == index).findFirst()
                        .orElse(columnChoices.getFirst()));
            }
        } finally {
            applyingMapping = false;
        }
    }

    /** The mapping the user sees now. */
    public ColumnMapping mapping() {
        ColumnMapping mapping = ColumnMapping.empty();
        List<String> header = table == null ? List.of() : table.header();
        for (FieldMapping field : mappings) {
            ColumnChoice choice = field.columnProperty().get();
            if (choice != null && choice.index() >= 0 && mapping.field(choice.index()).isEmpty()) {
                mapping = mapping.with(field.field(), choice.index(), header);
            }
        }
        return mapping;
    }

    private void recheck() {
        if (table != null && stage.get() != Stage.IMPORTING && stage.get() != Stage.IMPORTED) {
            startCheck();
        }
    }

    /** Checks every row with the current mapping, cancelling a check still running. */
    private CompletableFuture<Void> startCheck() {
        running.set(false);
        AtomicBoolean stillWanted = new AtomicBoolean(true);
        running = stillWanted;
        CustomerTable checked = table;
        ColumnMapping mapping = mapping();
        int total = Math.max(1, checked.rows().size());
        stage.set(Stage.CHECKING);
        importable.set(false);
        progress.set(0);
        summary.set(messages.get("customers.import.checking"));
        CompletableFuture<Void> next = CompletableFuture
                .supplyAsync(() -> CustomerImportParser.parse(checked, mapping, today, () -> !stillWanted.get(),
                        done -> ui.execute(() -> {
                            if (stillWanted.get()) {
                                progress.set((double) done / total);
                            }
                        })))
                .thenAcceptAsync(result -> {
                    if (stillWanted.get() && !result.cancelled()) {
                        showPlan(result);
                    }
                }, ui)
                .exceptionallyAsync(failure -> {
                    fail(failure);
                    return null;
                }, ui);
        check = next;
        return next;
    }

    private void showPlan(CustomerImportPlan result) {
        plan = result;
        match = ExistingCustomerMatch.find(result.customers(), existing);
        existingMatched.set(match.matched());
        problems.setAll(result.problems().stream().map(problem -> ImportSummary.row(problem, messages)).toList());
        ImportSummary shown = ImportSummary.of(result, match.matched(), messages);
        summary.set(shown.summary());
        importLabel.set(shown.importLabel());
        importable.set(result.canImport() || result.canImportValidRows());
        progress.set(1);
        stage.set(Stage.READY);
    }

    /**
     * Stores the checked rows. When some rows have problems the user must first confirm that those rows are left out;
     * completes with whether anything was imported.
     */
    public CompletableFuture<Boolean> importRows() {
        if (!importable.get() || plan == null || stage.get() != Stage.READY) {
            return CompletableFuture.completedFuture(false);
        }
        CustomerImportPlan chosen = plan;
        if (!chosen.problems().isEmpty()) {
            int bad = chosen.rowsWithProblems().size();
            boolean confirmed = dialogs.confirm(messages.get("customers.import.title"),
                    messages.plural("customers.import.confirmSkip.header", bad),
                    messages.plural("customers.import.confirmSkip.content", chosen.customers().size()),
                    importLabel.get());
            if (!confirmed) {
                return CompletableFuture.completedFuture(false);
            }
        }
        AtomicBoolean stillWanted = new AtomicBoolean(true);
        running = stillWanted;
        ExistingCustomerMatch.Batch batch = match.batch(existingPolicy.get(), chosen.mapped());
        int total = Math.max(1, batch.inserts().size() + batch.updates().size());
        stage.set(Stage.IMPORTING);
        progress.set(0);
        summary.set(messages.get("customers.import.storing"));
        return customers.importAll(projectId, batch.inserts(), batch.updates(), () -> !stillWanted.get(),
                        done -> ui.execute(() -> progress.set((double) done / total)))
                .handleAsync((stored, failure) -> {
                    if (failure == null) {
                        imported = stored.size();
                        updated = batch.updates().size();
                        stage.set(Stage.IMPORTED);
                        progress.set(1);
                        summary.set(resultText());
                        return true;
                    }
                    if (isCancellation(failure)) {
                        stage.set(Stage.READY);
                        progress.set(0);
                        summary.set(messages.get("customers.import.cancelled"));
                        return false;
                    }
                    fail(failure);
                    return false;
                }, ui);
    }

    /** Stops reading, checking or storing; a cancelled store leaves nothing behind. */
    public void cancel() {
        running.set(false);
    }

    /** Saves the current mapping for the project's next imports. */
    public CompletableFuture<Void> saveMapping() {
        return customers.saveMapping(projectId, mapping())
                .thenRunAsync(() -> dialogs.notify(messages.get("customers.import.mapping.savedNotice"), Optional.empty()), ui)
                .exceptionallyAsync(failure -> {
                    dialogs.showFailure(failure, messages);
                    return null;
                }, ui);
    }

    private void fail(Throwable failure) {
        stage.set(Stage.FAILED);
        progress.set(0);
        importable.set(false);
        summary.set(Failures.describe(failure, messages));
    }

    private static boolean isCancellation(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof CancellationException;
    }

    /** Completes when the check started last has finished. */
    public CompletableFuture<?> currentCheck() {
        return check;
    }

    public int imported() {
        return imported;
    }

    /** What the import stored: "Imported 1 customer. Updated 3 existing customers." */
    public String resultText() {
        return ImportSummary.stored(imported, updated, messages);
    }

    public ObjectProperty<ImportEncoding> encodingProperty() {
        return encoding;
    }

    public ObservableList<ImportEncoding> encodingChoices() {
        return encodingChoices;
    }

    /** How many checked customers are already in the project (same name). */
    public ReadOnlyIntegerProperty existingMatchedProperty() {
        return existingMatched;
    }

    public ObjectProperty<ExistingCustomers> existingPolicyProperty() {
        return existingPolicy;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName;
    }

    public ReadOnlyStringProperty formatProperty() {
        return format;
    }

    public ReadOnlyStringProperty mappingSourceProperty() {
        return mappingSource;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty importLabelProperty() {
        return importLabel;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty importableProperty() {
        return importable;
    }

    /** True while reading, checking or storing — when Cancel stops the work rather than closing. */
    public BooleanBinding busyProperty() {
        return Bindings.createBooleanBinding(() -> stage.get() == Stage.READING || stage.get() == Stage.CHECKING
                || stage.get() == Stage.IMPORTING, stage);
    }

    public ObservableList<ColumnChoice> columnChoices() {
        return columnChoices;
    }

    public ObservableList<FieldMapping> mappings() {
        return mappings;
    }

    public ObservableList<String> previewHeader() {
        return previewHeader;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }
}
