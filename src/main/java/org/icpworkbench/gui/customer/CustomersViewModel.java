package org.icpworkbench.gui.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.customer.SegmentMetrics;

/** Step 1 of the method: the project's customer accounts, their import, and their value metrics. */
public final class CustomersViewModel {

    /** Which customers the status filter lets through. */
    public enum StatusFilter { ALL, ACTIVE, CHURNED }

    private final Messages messages;
    private final DialogService dialogs;
    private final CustomerDialogs customerDialogs;
    private final Executor ui;
    private CustomerService customers;
    private long projectId;
    private final ObservableList<Customer> accounts = FXCollections.observableArrayList();
    private final ObservableList<SegmentMetrics> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(LocalDate.now());
    private final FilteredList<Customer> filtered = new FilteredList<>(accounts);
    private final SortedList<Customer> shown = new SortedList<>(filtered);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<StatusFilter> statusFilter = new SimpleObjectProperty<>(StatusFilter.ALL);
    private final ObservableList<Customer> selection = FXCollections.observableArrayList();
    private final StringBinding count;
    private org.icpworkbench.logic.project.CatalogueService catalogue;
    private Consumer<List<Long>> reselect = ids -> { };
    private List<Long> toSelect = List.of();
    private List<Product> products = List.of();

    private final CustomerChartsViewModel charts;

    /** Revenue and CLV by segment and the NPS distribution, drawn from the same metrics. */
    public CustomerChartsViewModel charts() {
        return charts;
    }

    public CustomersViewModel(Messages messages, DialogService dialogs, CustomerDialogs customerDialogs, Executor ui) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.customerDialogs = customerDialogs;
        this.ui = ui;
        this.charts = new CustomerChartsViewModel(messages, dialogs, ui);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(this::filter, filterText, statusFilter));
        count = Bindings.createStringBinding(() -> filtered.size() == accounts.size()
                        ? messages.plural("customers.list", accounts.size())
                        : messages.get("customers.count.filtered", filtered.size(), messages.plural("customers.of", accounts.size())),
                filtered, accounts);
        asOf.addListener((o, old, now) -> {
            if (customers != null && now != null) {
                load(projectId);
            }
        });
    }

    public void attach(CustomerService customerService) {
        this.customers = customerService;
    }

    /** The project's catalogue, which the editor offers as "products bought"; without it the list is empty. */
    public void attachCatalogue(org.icpworkbench.logic.project.CatalogueService catalogueService) {
        this.catalogue = catalogueService;
    }

    /** Called with the ids of the customers to select after the accounts were reloaded (the view selects them). */
    public void onReselect(Consumer<List<Long>> select) {
        this.reselect = select;
    }

    public CompletableFuture<Void> load(long project) {
        this.projectId = project;
        LocalDate date = asOf.get() == null ? LocalDate.now() : asOf.get();
        CompletableFuture<List<Product>> catalogueProducts = catalogue == null
                ? CompletableFuture.completedFuture(List.of()) : catalogue.products(project);
        return customers.list(project).thenCombine(customers.metrics(project, date), (list, report) -> {
            List<Product> known = catalogueProducts.join();
            ui.execute(() -> {
                products = known;
                show(list, report);
            });
            return null;
        });
    }

    private void show(List<Customer> list, CustomerMetricsReport report) {
        List<Long> keep = toSelect.isEmpty() ? selection.stream().map(Customer::id).toList() : toSelect;
        toSelect = List.of();
        accounts.setAll(list);
        List<SegmentMetrics> rows = new ArrayList<>();
        rows.add(report.project());
        rows.addAll(report.segments());
        metrics.setAll(rows);
        charts.show(report);
        reselect.accept(keep);
    }

    // --- filtering ---

    private java.util.function.Predicate<Customer> filter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        StatusFilter status = statusFilter.get() == null ? StatusFilter.ALL : statusFilter.get();
        return customer -> {
            CustomerData data = customer.data();
            if (status != StatusFilter.ALL && data.status() != CustomerStatus.valueOf(status.name())) {
                return false;
            }
            return text.isEmpty() || contains(data.name(), text) || contains(data.segment(), text)
                    || contains(data.industry(), text) || contains(data.region(), text);
        };
    }

    private static boolean contains(String value, String lowerCaseText) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }

    public String statusFilterName(StatusFilter filter) {
        return filter == null ? "" : messages.get("customers.filter.status." + filter.name());
    }

    // --- editing ---

    /** Opens the editor for a new customer and stores it when saved. */
    public CompletableFuture<Void> add() {
        return withProducts(products -> CustomerEditViewModel.forNew(messages, products, segments(), LocalDate.now()))
                .thenCompose(editor -> {
                    if (editor.isEmpty()) {
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    CustomerData data = editor.get().data();
                    return customers.add(projectId, data).thenComposeAsync(created -> {
                        toSelect = List.of(created.id());
                        dialogs.notify(messages.get("customers.added", created.data().name()), Optional.empty());
                        return load(projectId);
                    }, ui);
                }).exceptionallyAsync(this::fail, ui);
    }

    /** Opens the editor for the first selected customer and stores the changes when saved. */
    public CompletableFuture<Void> edit() {
        if (selection.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Customer customer = selection.getFirst();
        return withProducts(products -> CustomerEditViewModel.forEdit(customer, messages, products, segments(), LocalDate.now()))
                .thenCompose(editor -> {
                    if (editor.isEmpty()) {
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    CustomerData data = editor.get().data();
                    return customers.update(customer.id(), data).thenComposeAsync(done -> {
                        toSelect = List.of(customer.id());
                        return load(projectId);
                    }, ui);
                }).exceptionallyAsync(this::fail, ui);
    }

    /** Reads the catalogue, then (on the UI thread) shows the editor; empty when the user cancelled. */
    private CompletableFuture<Optional<CustomerEditViewModel>> withProducts(
            java.util.function.Function<List<Product>, CustomerEditViewModel> editorFor) {
        CompletableFuture<List<Product>> products = catalogue == null
                ? CompletableFuture.completedFuture(List.of()) : catalogue.products(projectId);
        return products.thenApplyAsync(list -> {
            CustomerEditViewModel editor = editorFor.apply(list);
            return customerDialogs.editCustomer(editor) ? Optional.of(editor) : Optional.<CustomerEditViewModel>empty();
        }, ui);
    }

    /** Deletes the selected customers after the user confirmed, in one transaction. */
    public CompletableFuture<Void> delete() {
        List<Customer> chosen = List.copyOf(selection);
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        String header = chosen.size() == 1 ? messages.get("customers.delete.header.one", chosen.getFirst().data().name())
                : messages.get("customers.delete.header.many", messages.plural("customers.list", chosen.size()));
        if (!dialogs.confirm(messages.get("customers.delete.title"), header, messages.get("customers.delete.content"),
                messages.get("customers.delete"))) {
            return CompletableFuture.completedFuture(null);
        }
        return customers.deleteAll(projectId, chosen.stream().map(Customer::id).toList())
                .thenComposeAsync(deleted -> {
                    dialogs.notify(messages.get("customers.deleted", messages.plural("customers.list", deleted)), Optional.empty());
                    return load(projectId);
                }, ui)
                .exceptionallyAsync(this::fail, ui);
    }

    /**
     * Asks for a segment (the current one when all selected share it; the segments in use are listed) and puts
     * every selected customer into it.
     */
    public CompletableFuture<Void> assignSegment() {
        List<Customer> chosen = List.copyOf(selection);
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Set<String> current = chosen.stream().map(c -> c.data().segment() == null ? "" : c.data().segment())
                .collect(java.util.stream.Collectors.toSet());
        List<String> inUse = segments();
        String label = inUse.isEmpty() ? messages.get("customers.segment.label")
                : messages.get("customers.segment.existing", String.join(", ", inUse)) + "\n" + messages.get("customers.segment.label");
        Optional<String> segment = dialogs.askText(messages.get("customers.segment.title"),
                messages.get("customers.segment.header", messages.plural("customers.list", chosen.size())), label,
                current.size() == 1 ? current.iterator().next() : "", messages.get("button.ok"));
        if (segment.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return customers.assignSegment(projectId, chosen.stream().map(Customer::id).toList(), segment.get())
                .thenComposeAsync(changed -> {
                    dialogs.notify(messages.get("customers.segment.done", segment.get().strip(),
                            messages.plural("customers.list", changed)), Optional.empty());
                    return load(projectId);
                }, ui)
                .exceptionallyAsync(this::fail, ui);
    }

    /** The segments in use, sorted, without blanks. */
    public List<String> segments() {
        return accounts.stream().map(c -> c.data().segment()).filter(s -> s != null && !s.isBlank()).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private Void fail(Throwable failure) {
        dialogs.showFailure(failure, messages);
        load(projectId);
        return null;
    }

    /**
     * Imports a CSV or XLSX file through the import dialog (preview, column mapping, problems by row and column):
     * all valid rows in one transaction, or nothing.
     */
    public void importFile() {
        Optional<java.nio.file.Path> file = dialogs.chooseOpenFile(messages.get("customers.import.title"),
                messages.get("customers.import.filter"), List.of("csv", "xlsx", "txt"));
        if (file.isEmpty()) {
            return;
        }
        CustomerImportViewModel importer = new CustomerImportViewModel(messages, dialogs, customers, ui, projectId, LocalDate.now());
        importer.open(file.get());
        if (customerDialogs.showCustomerImport(importer)) {
            dialogs.notify(importer.resultText(), Optional.empty());
            load(projectId);
        }
    }

    public String segmentOf(SegmentMetrics row) {
        return row == metrics.stream().findFirst().orElse(null) ? messages.get("customers.metrics.all")
                : row.segment().isBlank() ? messages.get("customers.metrics.noSegment") : row.segment();
    }

    public String number(Optional<BigDecimal> value) {
        return value.map(this::number).orElse("—");
    }

    public String number(BigDecimal value) {
        return messages.formats().number(value);
    }

    public String clvOf(SegmentMetrics row) {
        String clv = number(row.clv());
        return row.lifetimeCapped() && row.clv().isPresent() ? clv + " " + messages.get("customers.metrics.capped") : clv;
    }

    /** The names of the catalogue products the customer bought, in the catalogue's order. */
    public String productsOf(Customer customer) {
        return products.stream().filter(product -> customer.data().productIds().contains(product.id()))
                .map(Product::name).collect(java.util.stream.Collectors.joining(", "));
    }

    public String number(Number value) {
        return messages.formats().number(value);
    }

    public String statusOf(Customer customer) {
        return messages.get("customers.status." + customer.data().status().name());
    }

    /** All of the project's customers, whatever the filter. */
    public ObservableList<Customer> accounts() {
        return accounts;
    }

    /** The customers the filter lets through, sorted as the table's columns say (bind its comparator). */
    public SortedList<Customer> shown() {
        return shown;
    }

    /** The selected customers; the view keeps it in step with the table. */
    public ObservableList<Customer> selection() {
        return selection;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<StatusFilter> statusFilterProperty() {
        return statusFilter;
    }

    /** "40 customers", or "12 of 40 customers" while a filter hides some. */
    public StringBinding count() {
        return count;
    }

    /** Whether the filter hides every customer although there are some. */
    public javafx.beans.binding.BooleanBinding nothingMatches() {
        return Bindings.createBooleanBinding(() -> filtered.isEmpty() && !accounts.isEmpty(), filtered, accounts);
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<SegmentMetrics> metrics() {
        return metrics;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }
}
