package org.icpworkbench.gui.portrait;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.portrait.PortraitDrafts;
import org.icpworkbench.logic.portrait.PortraitService;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.CharacteristicRow;
import org.icpworkbench.model.portrait.Coverage;
import org.icpworkbench.model.portrait.Evidence;
import org.icpworkbench.model.portrait.PortraitDiff;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.portrait.PortraitVersionInfo;

/**
 * The Portrait tab (steps 2–4): each characteristic with its proposal, evidence, coverage and decision; the summary
 * and the anti-ICP; publishing versions, comparing two of them, and the yearly review reminder.
 *
 * <p>Slightly over 400 lines: the three sub-pages share the project's one portrait state and reload it together.
 */
public final class PortraitViewModel {

    /** A characteristic as the table shows it. */
    public record Row(CharacteristicRow source, String section, String name, String value, String status, String evidence,
            String coverage, boolean covered) { }

    private final Messages messages;
    private final DialogService dialogs;
    private final PortraitDialogs portraitDialogs;
    private final Executor ui;
    private final Supplier<LocalDate> today;
    private PortraitService portraits;
    private org.icpworkbench.logic.export.PortraitPdfExporter exporter;
    private String projectName = "";
    private long projectId;
    private PortraitState state;

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final StringProperty proposalText = new SimpleStringProperty("");
    private final StringProperty decisionText = new SimpleStringProperty("");
    private final StringProperty coverageText = new SimpleStringProperty("");
    private final StringProperty overrideText = new SimpleStringProperty("");
    private final ObservableList<String> evidence = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<AntiIcpEntry> antiIcp = FXCollections.observableArrayList();
    private final ObservableList<PortraitVersionInfo> versions = FXCollections.observableArrayList();
    private final ObjectProperty<PortraitVersionInfo> compareFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<PortraitVersionInfo> compareTo = new SimpleObjectProperty<>();
    private final ObservableList<String> differences = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty reviewReminder = new SimpleStringProperty("");
    private final StringProperty coverageSummary = new SimpleStringProperty("");

    public PortraitViewModel(Messages messages, DialogService dialogs, PortraitDialogs portraitDialogs, Executor ui,
            Supplier<LocalDate> today) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.portraitDialogs = portraitDialogs;
        this.ui = ui;
        this.today = today;
        selected.addListener((o, old, now) -> showDetails(now));
    }

    public void attach(PortraitService portraitService) {
        this.portraits = portraitService;
    }

    /** Connects the PDF export (the window does; tests of the page alone may leave it out). */
    public void attachExport(org.icpworkbench.logic.export.PortraitPdfExporter exporter) {
        this.exporter = exporter;
    }

    /** The project's name, for the file name the export offers. */
    public void setProjectName(String name) {
        this.projectName = name == null ? "" : name;
    }

    /** Opens the export dialog; tells where the file went when one was written. */
    public void exportPdf() {
        if (exporter == null || projectId <= 0) {
            return;
        }
        PortraitExportViewModel export = new PortraitExportViewModel(messages, dialogs, exporter, ui, projectId, projectName,
                today.get());
        if (portraitDialogs.showPortraitExport(export)) {
            export.written().ifPresent(path -> dialogs.notify(messages.get("portrait.export.done", path.toString()),
                    Optional.empty()));
        }
    }

    public boolean attached() {
        return portraits != null;
    }

    /** Reads the project's portrait; keeps the selected characteristic selected. */
    public CompletableFuture<Void> load(long project) {
        this.projectId = project;
        return portraits.load(project, today.get(), messages).thenAcceptAsync(this::show, ui).exceptionallyAsync(this::failed, ui);
    }

    private void show(PortraitState loaded) {
        if (loaded.projectId() != projectId) {
            return;
        }
        state = loaded;
        var keep = selected.get() == null ? null : selected.get().source().characteristic();
        rows.setAll(loaded.rows().stream().map(this::row).toList());
        selected.set(rows.stream().filter(row -> row.source().characteristic() == keep).findFirst().orElse(null));
        showDetails(selected.get());
        summary.set(loaded.summary());
        antiIcp.setAll(loaded.antiIcp());
        versions.setAll(loaded.versions());
        if (versions.size() >= 2) {
            compareFrom.set(versions.get(1));
            compareTo.set(versions.get(0));
        }
        long covered = loaded.rows().stream().filter(row -> row.proposal().coverage().sufficient()).count();
        coverageSummary.set(messages.get("portrait.coverage.summary", covered, loaded.rows().size()));
        status.set(loaded.latestVersion().map(this::describe).orElse(messages.get("portrait.status.unpublished")));
        reviewReminder.set(loaded.latestVersion().filter(latest -> latest.reviewDue(today.get()))
                .map(latest -> messages.get("portrait.review.due", latest.number(), date(latest.reviewDate())))
                .orElse(""));
    }

    private Row row(CharacteristicRow source) {
        var proposal = source.proposal();
        String statusText = source.decision().map(decision -> messages.name(decision.status()))
                .orElse(proposal.hasEvidence() ? messages.get("portrait.status.proposed") : messages.get("portrait.status.noEvidence"));
        String evidenceText = proposal.hasEvidence()
                ? messages.get("portrait.evidence.count", proposal.supporting(), proposal.considered()) : "—";
        return new Row(source, messages.name(source.characteristic().section()), messages.name(source.characteristic()),
                source.value(), statusText, evidenceText, coverage(proposal.coverage()), proposal.coverage().sufficient());
    }

    private String coverage(Coverage coverage) {
        return messages.get("portrait.coverage.cell", coverage.respondents(), coverage.needed(), messages.name(coverage.audience()));
    }

    private void showDetails(Row row) {
        evidence.clear();
        if (row == null) {
            proposalText.set("");
            decisionText.set("");
            coverageText.set("");
            overrideText.set("");
            return;
        }
        var proposal = row.source().proposal();
        proposalText.set(proposal.hasEvidence() ? proposal.value() : messages.get("portrait.proposal.none"));
        decisionText.set(row.source().decision()
                .map(decision -> messages.get("portrait.decision." + decision.status().name(), date(
                        decision.decidedAt().atZone(ZoneId.systemDefault()).toLocalDate())))
                .orElse(messages.get("portrait.decision.none")));
        Coverage coverage = proposal.coverage();
        coverageText.set(coverage.sufficient()
                ? messages.get("portrait.coverage.enough", coverage.respondents(), messages.name(coverage.audience()), coverage.answers())
                : messages.get("portrait.coverage.missing", coverage.respondents(), coverage.needed(),
                        messages.name(coverage.audience()), coverage.missing()));
        overrideText.set(row.source().value());
        proposal.evidence().forEach(item -> evidence.add(describe(item)));
    }

    String describe(Evidence item) {
        if (item.kind() == Evidence.Kind.CUSTOMER_DATA) {
            return messages.get("portrait.evidence.customerData", item.text());
        }
        String who = String.join(", ", java.util.stream.Stream.of(item.respondent(), item.role(), item.company())
                .filter(part -> !part.isBlank()).toList());
        String source = messages.get("portrait.evidence.source", who, messages.name(item.audience()), item.questionCode(),
                item.date() == null ? "" : date(item.date()));
        String mark = item.kind() == Evidence.Kind.STARRED_QUOTE ? "★ " : "";
        return mark + messages.get("portrait.evidence.line", item.text(), source);
    }

    /** Takes the selected characteristic's proposal. */
    public CompletableFuture<Void> acceptSelected() {
        Row row = selected.get();
        if (row == null) {
            return CompletableFuture.completedFuture(null);
        }
        return reloadAfter(portraits.accept(projectId, row.source().proposal()));
    }

    /** Takes every proposal that has evidence and no decision yet. */
    public CompletableFuture<Void> acceptAllProposals() {
        List<CompletableFuture<Void>> accepted = new ArrayList<>();
        for (Row row : rows) {
            if (!row.source().decided() && row.source().proposal().hasEvidence()) {
                accepted.add(portraits.accept(projectId, row.source().proposal()));
            }
        }
        return reloadAfter(CompletableFuture.allOf(accepted.toArray(CompletableFuture[]::new)));
    }

    /** Replaces the selected characteristic's value with the text in the override field. */
    public CompletableFuture<Void> overrideSelected() {
        Row row = selected.get();
        if (row == null) {
            return CompletableFuture.completedFuture(null);
        }
        return reloadAfter(portraits.override(projectId, row.source().characteristic(), overrideText.get()));
    }

    /** Forgets the decision on the selected characteristic. */
    public CompletableFuture<Void> resetSelected() {
        Row row = selected.get();
        if (row == null || !row.source().decided()) {
            return CompletableFuture.completedFuture(null);
        }
        return reloadAfter(portraits.reset(projectId, row.source().characteristic()));
    }

    public CompletableFuture<Void> saveSummary() {
        if (state != null && summary.get().strip().equals(state.summary())) {
            return CompletableFuture.completedFuture(null);
        }
        return reloadAfter(portraits.saveSummary(projectId, summary.get()));
    }

    /** Fills an empty summary with a draft from the characteristics (the user edits it, then it is saved). */
    public void draftSummary() {
        if (state != null) {
            summary.set(PortraitDrafts.summary(state.rows(), messages));
        }
    }

    /** Adds the disqualifiers the customer figures suggest, skipping segments already in the anti-ICP. */
    public CompletableFuture<Void> proposeAntiIcp() {
        if (state == null || state.metrics() == null) {
            return CompletableFuture.completedFuture(null);
        }
        List<AntiIcpEntry> next = new ArrayList<>(antiIcp);
        List<AntiIcpEntry> proposed = PortraitDrafts.antiIcp(state.metrics(), messages).stream()
                .filter(entry -> antiIcp.stream().noneMatch(existing -> existing.segment().equalsIgnoreCase(entry.segment())))
                .toList();
        if (proposed.isEmpty()) {
            dialogs.notify(messages.get("portrait.antiIcp.nothingToPropose"), Optional.empty());
            return CompletableFuture.completedFuture(null);
        }
        next.addAll(proposed);
        return reloadAfter(portraits.saveAntiIcp(projectId, next));
    }

    /** Asks for a statement and a reason and adds them to the anti-ICP. */
    public CompletableFuture<Void> addAntiIcp() {
        Optional<String> statement = dialogs.askText(messages.get("portrait.antiIcp.add.title"),
                messages.get("portrait.antiIcp.add.header"), messages.get("portrait.antiIcp.statement"), "",
                messages.get("button.next"));
        if (statement.isEmpty() || statement.get().isBlank()) {
            return CompletableFuture.completedFuture(null);
        }
        Optional<String> reason = dialogs.askText(messages.get("portrait.antiIcp.add.title"), statement.get(),
                messages.get("portrait.antiIcp.reason"), "", messages.get("button.add"));
        if (reason.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        List<AntiIcpEntry> next = new ArrayList<>(antiIcp);
        next.add(new AntiIcpEntry(0, statement.get(), reason.get(), ""));
        return reloadAfter(portraits.saveAntiIcp(projectId, next));
    }

    public CompletableFuture<Void> removeAntiIcp(AntiIcpEntry entry) {
        if (entry == null) {
            return CompletableFuture.completedFuture(null);
        }
        List<AntiIcpEntry> next = new ArrayList<>(antiIcp);
        next.remove(entry);
        return reloadAfter(portraits.saveAntiIcp(projectId, next));
    }

    /** Asks who publishes, then freezes the portrait as a new version with a review date one year on. */
    public CompletableFuture<Void> publish() {
        String lastAuthor = versions.isEmpty() ? "" : versions.getFirst().author();
        Optional<String> author = dialogs.askText(messages.get("portrait.publish.title"),
                messages.get("portrait.publish.header", date(today.get().plusYears(1))), messages.get("portrait.publish.author"),
                lastAuthor, messages.get("portrait.publish.confirm"));
        if (author.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return portraits.publish(projectId, author.get(), "", Optional.empty(), today.get(), messages)
                .thenComposeAsync(version -> {
                    dialogs.notify(messages.get("portrait.publish.done", version.number(), date(version.reviewDate())),
                            Optional.empty());
                    return load(projectId);
                }, ui)
                .exceptionallyAsync(this::failed, ui);
    }

    /** Lists what changed from the "from" version to the "to" version. */
    public CompletableFuture<Void> compare() {
        PortraitVersionInfo from = compareFrom.get();
        PortraitVersionInfo to = compareTo.get();
        if (from == null || to == null) {
            return CompletableFuture.completedFuture(null);
        }
        return portraits.compare(from.id(), to.id(), messages.language().locale())
                .thenAcceptAsync(diff -> differences.setAll(lines(diff)), ui)
                .exceptionallyAsync(this::failed, ui);
    }

    List<String> lines(PortraitDiff diff) {
        List<String> lines = new ArrayList<>();
        if (diff.summaryChanged()) {
            lines.add(messages.get("portrait.diff.summary", diff.summaryBefore(), diff.summaryAfter()));
        }
        diff.characteristics().forEach(change -> lines.add(messages.get("portrait.diff.characteristic",
                messages.name(change.characteristic()), blankAsDash(change.before()), blankAsDash(change.after()))));
        diff.antiIcpAdded().forEach(statement -> lines.add(messages.get("portrait.diff.antiIcpAdded", statement)));
        diff.antiIcpRemoved().forEach(statement -> lines.add(messages.get("portrait.diff.antiIcpRemoved", statement)));
        diff.figures().forEach(change -> lines.add(change.key().startsWith("segment:")
                ? messages.get("portrait.diff.segment", change.key().substring("segment:".length()), change.before(), change.after())
                : messages.get("portrait.diff.figure." + change.key(), change.before(), change.after())));
        if (lines.isEmpty()) {
            lines.add(messages.get("portrait.diff.none"));
        }
        return lines;
    }

    private static String blankAsDash(String text) {
        return text.isBlank() ? "—" : text;
    }

    public String describe(PortraitVersionInfo version) {
        return messages.get("portrait.version.describe", version.number(),
                date(version.publishedAt().atZone(ZoneId.systemDefault()).toLocalDate()), version.author(),
                date(version.reviewDate()));
    }

    private CompletableFuture<Void> reloadAfter(CompletableFuture<Void> change) {
        return change.thenCompose(done -> load(projectId)).exceptionallyAsync(this::failed, ui);
    }

    private Void failed(Throwable failure) {
        dialogs.showFailure(failure, messages);
        return null;
    }

    private String date(LocalDate date) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.language().locale()));
    }

    public BooleanBinding canAccept() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().source().proposal().hasEvidence(),
                selected);
    }

    public BooleanBinding canReset() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().source().decided(), selected);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty proposalTextProperty() {
        return proposalText;
    }

    public ReadOnlyStringProperty decisionTextProperty() {
        return decisionText;
    }

    public ReadOnlyStringProperty coverageTextProperty() {
        return coverageText;
    }

    public StringProperty overrideTextProperty() {
        return overrideText;
    }

    public ObservableList<String> evidence() {
        return evidence;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<AntiIcpEntry> antiIcp() {
        return antiIcp;
    }

    public ObservableList<PortraitVersionInfo> versions() {
        return versions;
    }

    public ObjectProperty<PortraitVersionInfo> compareFromProperty() {
        return compareFrom;
    }

    public ObjectProperty<PortraitVersionInfo> compareToProperty() {
        return compareTo;
    }

    public ObservableList<String> differences() {
        return differences;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty reviewReminderProperty() {
        return reviewReminder;
    }

    public ReadOnlyStringProperty coverageSummaryProperty() {
        return coverageSummary;
    }
}
