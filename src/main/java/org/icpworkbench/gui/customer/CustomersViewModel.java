package org.icpworkbench.gui.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.gui.common.Failures;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.customer.imports.CustomerFileImport;
import org.icpworkbench.logic.customer.imports.ImportProblem;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.SegmentMetrics;

/** Step 1 of the method: the project's customer accounts, their import, and their value metrics. */
public final class CustomersViewModel {

    private static final int PROBLEMS_SHOWN = 25;

    private final Messages messages;
    private final DialogService dialogs;
    private final Executor ui;
    private CustomerService customers;
    private long projectId;
    private final ObservableList<Customer> accounts = FXCollections.observableArrayList();
    private final ObservableList<SegmentMetrics> metrics = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(LocalDate.now());

    public CustomersViewModel(Messages messages, DialogService dialogs, Executor ui) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.ui = ui;
        asOf.addListener((o, old, now) -> {
            if (customers != null && now != null) {
                load(projectId);
            }
        });
    }

    public void attach(CustomerService customerService) {
        this.customers = customerService;
    }

    public CompletableFuture<Void> load(long project) {
        this.projectId = project;
        LocalDate date = asOf.get() == null ? LocalDate.now() : asOf.get();
        return customers.list(project).thenCombine(customers.metrics(project, date), (list, report) -> {
            ui.execute(() -> show(list, report));
            return null;
        });
    }

    private void show(List<Customer> list, CustomerMetricsReport report) {
        accounts.setAll(list);
        List<SegmentMetrics> rows = new ArrayList<>();
        rows.add(report.project());
        rows.addAll(report.segments());
        metrics.setAll(rows);
    }

    /** Imports a CSV or XLSX file: every row, or — when any row has a problem — none, with the problems listed. */
    public CompletableFuture<Void> importFile() {
        Optional<java.nio.file.Path> file = dialogs.chooseOpenFile(messages.get("customers.import.title"),
                messages.get("customers.import.filter"), List.of("csv", "xlsx", "txt"));
        if (file.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return new CustomerFileImport(customers).run(projectId, file.get(), LocalDate.now())
                .thenComposeAsync(outcome -> {
                    if (outcome.rejected()) {
                        dialogs.showInformation(messages.get("customers.import.title"),
                                messages.get("cli.import.rejected", outcome.problems().size()), describe(outcome.problems()));
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    dialogs.notify(messages.get("cli.import.done", outcome.imported()), Optional.empty());
                    return load(projectId);
                }, ui)
                .exceptionallyAsync(failure -> {
                    dialogs.showError(Failures.describe(failure, messages));
                    return null;
                }, ui);
    }

    private String describe(List<ImportProblem> problems) {
        String shown = problems.stream().limit(PROBLEMS_SHOWN).map(problem -> {
            String reason = messages.get(problem.messageKey(), problem.arguments().toArray());
            return problem.row() == 0 ? messages.get("import.problem.wholeFile", reason)
                    : messages.get("import.problem.row", problem.row(), problem.column(), reason);
        }).collect(Collectors.joining("\n"));
        return problems.size() > PROBLEMS_SHOWN
                ? shown + "\n" + messages.get("customers.import.more", problems.size() - PROBLEMS_SHOWN) : shown;
    }

    public String segmentOf(SegmentMetrics row) {
        return row == metrics.stream().findFirst().orElse(null) ? messages.get("customers.metrics.all")
                : row.segment().isBlank() ? messages.get("customers.metrics.noSegment") : row.segment();
    }

    public String number(Optional<BigDecimal> value) {
        return value.map(this::number).orElse("—");
    }

    public String number(BigDecimal value) {
        return java.text.NumberFormat.getNumberInstance(messages.language().locale()).format(value);
    }

    public String clvOf(SegmentMetrics row) {
        String clv = number(row.clv());
        return row.lifetimeCapped() && row.clv().isPresent() ? clv + " " + messages.get("customers.metrics.capped") : clv;
    }

    public String statusOf(Customer customer) {
        return messages.get("customers.status." + customer.data().status().name());
    }

    public ObservableList<Customer> accounts() {
        return accounts;
    }

    public ObservableList<SegmentMetrics> metrics() {
        return metrics;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }
}
