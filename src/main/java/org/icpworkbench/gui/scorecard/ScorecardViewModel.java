package org.icpworkbench.gui.scorecard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.customer.imports.ImportProblem;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.portrait.PortraitService;
import org.icpworkbench.logic.scorecard.ProjectScorecards;
import org.icpworkbench.logic.scorecard.ScoreExplanations;
import org.icpworkbench.logic.scorecard.ScorecardCalculator;
import org.icpworkbench.logic.scorecard.ScorecardService;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.CustomerScores;
import org.icpworkbench.model.scorecard.Prospect;
import org.icpworkbench.model.scorecard.ScoreLine;
import org.icpworkbench.model.scorecard.Scorecard;
import org.icpworkbench.model.scorecard.ScoredAccount;
import org.icpworkbench.model.scorecard.Tier;

/**
 * The Scorecard tab (step 4): the fit criteria with their weights, disqualifiers and tier thresholds, edited and saved
 * whole; the project's customers and prospects scored against the scorecard on screen (saved or not) with every point
 * explained; the share of tier A customers (question 21); prospects added, edited, deleted and imported. A project
 * without a saved scorecard is shown the one proposed from its portrait ({@link ProjectScorecards}).
 *
 * <p>Over 400 lines, for now: the criteria being edited and the accounts scored against them share the unsaved
 * scorecard; splitting them into a criteria and an accounts view model is left for issue 16's next step.
 */
public final class ScorecardViewModel {

    /** A scored customer or prospect as the tables show it. */
    public record AccountRow(ScoredAccount account, String name, String segment, String tierText, String firstExplanation) {

        public int score() {
            return account.score();
        }

        public Tier tier() {
            return account.tier();
        }
    }

    private final Messages messages;
    private final DialogService dialogs;
    private final ScorecardDialogs scorecardDialogs;
    private final Executor ui;
    private final Supplier<LocalDate> today;
    private final ScoreExplanations explanations;
    private ScorecardService scorecards;
    private ProjectScorecards proposals;
    private long projectId;
    private boolean loading;
    private Optional<Scorecard> saved = Optional.empty();
    private ProjectScorecards.Proposal proposal;
    private List<Customer> customerList = List.of();
    private List<Prospect> prospectList = List.of();
    private CustomerScores lastScores;

    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> tierA = new SimpleObjectProperty<>(Scorecard.DEFAULT_TIER_A);
    private final ObjectProperty<Integer> tierB = new SimpleObjectProperty<>(Scorecard.DEFAULT_TIER_B);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty isSaved = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ObjectProperty<Criterion> selectedCriterion = new SimpleObjectProperty<>();
    private final ObservableList<AccountRow> customers = FXCollections.observableArrayList();
    private final ObjectProperty<AccountRow> selectedCustomer = new SimpleObjectProperty<>();
    private final ObservableList<String> customerExplanations = FXCollections.observableArrayList();
    private final StringProperty customerHeading = new SimpleStringProperty("");
    private final StringProperty share = new SimpleStringProperty("");
    private final ObservableList<AccountRow> prospects = FXCollections.observableArrayList();
    private final ObjectProperty<AccountRow> selectedProspect = new SimpleObjectProperty<>();
    private final ObservableList<String> prospectExplanations = FXCollections.observableArrayList();
    private final StringProperty prospectHeading = new SimpleStringProperty("");
    private final StringProperty prospectSummary = new SimpleStringProperty("");
    private final BooleanBinding canSave;

    public ScorecardViewModel(Messages messages, DialogService dialogs, ScorecardDialogs scorecardDialogs, Executor ui,
            Supplier<LocalDate> today) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.scorecardDialogs = scorecardDialogs;
        this.ui = ui;
        this.today = today;
        this.explanations = new ScoreExplanations(messages);
        criteria.addListener((ListChangeListener<Criterion>) change -> edited());
        tierA.addListener((o, old, now) -> edited());
        tierB.addListener((o, old, now) -> edited());
        selectedCustomer.addListener((o, old, row) -> explain(row, customerHeading, customerExplanations));
        selectedProspect.addListener((o, old, row) -> explain(row, prospectHeading, prospectExplanations));
        canSave = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && (dirty.get() || !isSaved.get()),
                problem, dirty, isSaved);
    }

    public void attach(ScorecardService scorecardService, PortraitService portraits, CustomerService customerService) {
        this.scorecards = scorecardService;
        this.proposals = new ProjectScorecards(portraits, customerService);
        this.customerService = customerService;
    }

    private CustomerService customerService;

    public boolean attached() {
        return scorecards != null;
    }

    /** Reads the saved scorecard (else the proposal), the customers and the prospects, and scores them. */
    public CompletableFuture<Void> load(long project) {
        this.projectId = project;
        var savedCard = scorecards.saved(project);
        var proposed = proposals.propose(project, today.get(), messages);
        var customerFuture = customerService.list(project);
        var prospectFuture = scorecards.prospects(project);
        return CompletableFuture.allOf(savedCard, proposed, customerFuture, prospectFuture).thenRunAsync(() -> {
            if (project != projectId) {
                return;
            }
            saved = savedCard.join();
            proposal = proposed.join();
            customerList = customerFuture.join();
            prospectList = prospectFuture.join();
            show(saved.orElse(proposal.scorecard()));
            dirty.set(false);
        }, ui).exceptionallyAsync(this::failed, ui);
    }

    private void show(Scorecard card) {
        loading = true;
        try {
            criteria.setAll(card.criteria());
            tierA.set(card.tierA());
            tierB.set(card.tierB());
        } finally {
            loading = false;
        }
        isSaved.set(saved.isPresent());
        source.set(describeSource());
        rescore();
    }

    private String describeSource() {
        if (saved.isPresent()) {
            return messages.get("scorecard.page.source.saved");
        }
        if (proposal == null) {
            return "";
        }
        return switch (proposal.source()) {
            case PORTRAIT -> proposal.replacedKinds().isEmpty()
                    ? messages.get("scorecard.page.source.portrait")
                    : messages.get("scorecard.page.source.portraitReplaced", String.join(", ",
                            proposal.replacedKinds().stream().map(kind -> explanations.criterion(kind)).toList()),
                            proposal.segment());
            case CUSTOMERS -> messages.get("scorecard.page.source.customers", proposal.segment());
            case NONE -> messages.get("scorecard.page.source.none");
        };
    }

    private void edited() {
        if (loading) {
            return;
        }
        dirty.set(true);
        rescore();
    }

    /** The scorecard as it stands on screen. */
    public Scorecard current() {
        return new Scorecard(List.copyOf(criteria), tierA.get() == null ? 0 : tierA.get(), tierB.get() == null ? 0 : tierB.get());
    }

    /** Checks the scorecard on screen and scores the customers and prospects against it when it is valid. */
    private void rescore() {
        Scorecard card;
        try {
            card = ScorecardService.validate(current());
            problem.set("");
        } catch (UserFacingException invalid) {
            problem.set(messages.describe(invalid));
            return;
        }
        lastScores = ScorecardCalculator.scoreCustomers(card, customerList);
        Map<Long, Customer> byId = new java.util.HashMap<>();
        customerList.forEach(customer -> byId.put(customer.id(), customer));
        long keepCustomer = selectedCustomer.get() == null ? -1 : selectedCustomer.get().account().id();
        customers.setAll(sorted(lastScores.accounts().stream()
                .map(account -> row(account, byId.containsKey(account.id()) ? byId.get(account.id()).data().segment() : ""))
                .toList()));
        selectedCustomer.set(customers.stream().filter(row -> row.account().id() == keepCustomer).findFirst().orElse(null));
        explain(selectedCustomer.get(), customerHeading, customerExplanations);
        share.set(explanations.share(lastScores.share()));

        long keepProspect = selectedProspect.get() == null ? -1 : selectedProspect.get().account().id();
        prospects.setAll(sorted(prospectList.stream()
                .map(p -> row(ScorecardCalculator.scoreProspect(card, p.id(), p.data()), p.data().segment())).toList()));
        selectedProspect.set(prospects.stream().filter(row -> row.account().id() == keepProspect).findFirst().orElse(null));
        explain(selectedProspect.get(), prospectHeading, prospectExplanations);
        Map<Tier, Integer> tiers = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            tiers.put(tier, 0);
        }
        prospects.forEach(row -> tiers.merge(row.tier(), 1, Integer::sum));
        prospectSummary.set(prospects.isEmpty() ? messages.get("scorecard.page.prospects.none")
                : messages.get("scorecard.prospects.summary", prospects.size(), tiers.get(Tier.A), tiers.get(Tier.B),
                        tiers.get(Tier.C), tiers.get(Tier.DISQUALIFIED)));
    }

    private static List<AccountRow> sorted(List<AccountRow> rows) {
        return rows.stream().sorted(Comparator.comparingInt(AccountRow::score).reversed()
                .thenComparing(AccountRow::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private AccountRow row(ScoredAccount account, String segment) {
        List<ScoreLine> disqualifications = account.disqualifications();
        String first = !disqualifications.isEmpty() ? explanations.line(disqualifications.getFirst())
                : account.lines().isEmpty() ? "" : explanations.line(account.lines().getFirst());
        return new AccountRow(account, account.name(), segment, tierName(account.tier()), first);
    }

    private void explain(AccountRow row, StringProperty heading, ObservableList<String> lines) {
        if (row == null) {
            heading.set("");
            lines.clear();
            return;
        }
        heading.set(explanations.heading(row.account()));
        lines.setAll(explanations.lines(row.account()));
    }

    /** "A", "B", "C" (letters, the same in every language) or the anti-ICP's name, for the badge. */
    public String tierName(Tier tier) {
        return tier == Tier.DISQUALIFIED ? messages.get("scorecard.page.badge.disqualified") : tier.name();
    }

    // ---------------------------------------------------------------- criteria

    public String kindOf(Criterion criterion) {
        return explanations.criterion(criterion.kind());
    }

    /** The values as shown: option keys by their labels, the amount for the minimum revenue. */
    public String valuesOf(Criterion criterion) {
        if (criterion.kind().isThreshold()) {
            return criterion.threshold().map(amount -> (criterion.disqualifier() ? "< " : "≥ ") + explanations.amount(amount))
                    .orElse("");
        }
        return String.join(", ", criterion.values().stream().map(value -> explanations.value(criterion.kind(), value)).toList());
    }

    /** How many customers the criterion matches (or disqualifies) with the scorecard on screen, e.g. "12 of 44". */
    public String coverageOf(Criterion criterion) {
        int index = criteria.indexOf(criterion);
        if (lastScores == null || index < 0 || criterion.kind() == CriterionKind.DECISION_MAKER
                || criterion.kind() == CriterionKind.CHANNEL) {
            return "—";
        }
        long hits = lastScores.accounts().stream().filter(account -> index < account.lines().size())
                .map(account -> account.lines().get(index).outcome())
                .filter(outcome -> outcome == ScoreLine.Outcome.MATCHED || outcome == ScoreLine.Outcome.DISQUALIFIED).count();
        return messages.get("scorecard.page.coverage", hits, lastScores.accounts().size());
    }

    public void setWeight(Criterion criterion, int weight) {
        int index = criteria.indexOf(criterion);
        if (index >= 0 && criterion.weight() != weight) {
            criteria.set(index, new Criterion(criterion.id(), criterion.kind(), criterion.values(), criterion.threshold(),
                    weight, criterion.disqualifier(), criterion.reason()));
        }
    }

    public void addCriterion() {
        CriterionEditViewModel editor = CriterionEditViewModel.forNew(messages);
        if (scorecardDialogs.editCriterion(editor) && editor.valid().get()) {
            criteria.add(editor.criterion());
            selectedCriterion.set(criteria.getLast());
        }
    }

    public void editCriterion() {
        Criterion criterion = selectedCriterion.get();
        int index = criteria.indexOf(criterion);
        if (index < 0) {
            return;
        }
        CriterionEditViewModel editor = CriterionEditViewModel.forEdit(criterion, messages);
        if (scorecardDialogs.editCriterion(editor) && editor.valid().get()) {
            criteria.set(index, editor.criterion());
            selectedCriterion.set(criteria.get(index));
        }
    }

    public void removeCriterion() {
        Criterion criterion = selectedCriterion.get();
        if (criterion != null) {
            criteria.remove(criterion);
            selectedCriterion.set(null);
        }
    }

    /** Replaces the criteria and thresholds on screen with a fresh proposal from the portrait (saved only on Save). */
    public CompletableFuture<Void> resetToProposed() {
        if ((saved.isPresent() || dirty.get()) && !dialogs.confirm(messages.get("scorecard.page.reset.title"),
                messages.get("scorecard.page.reset.header"), messages.get("scorecard.page.reset.content"),
                messages.get("scorecard.page.reset"))) {
            return CompletableFuture.completedFuture(null);
        }
        long project = projectId;
        return proposals.propose(project, today.get(), messages).thenAcceptAsync(fresh -> {
            if (project != projectId) {
                return;
            }
            proposal = fresh;
            criteria.setAll(fresh.scorecard().criteria());
            tierA.set(fresh.scorecard().tierA());
            tierB.set(fresh.scorecard().tierB());
            dirty.set(true);
            source.set(describeSource());
            if (saved.isPresent()) {
                source.set(messages.get("scorecard.page.source.resetUnsaved"));
            }
        }, ui).exceptionallyAsync(this::failed, ui);
    }

    /** Validates and stores the scorecard on screen. */
    public CompletableFuture<Void> save() {
        long project = projectId;
        return scorecards.save(project, current()).thenAcceptAsync(stored -> {
            if (project != projectId) {
                return;
            }
            saved = Optional.of(stored);
            show(stored);
            dirty.set(false);
            dialogs.notify(messages.get("scorecard.page.saved"), Optional.empty());
        }, ui).exceptionallyAsync(this::failed, ui);
    }

    // ---------------------------------------------------------------- prospects

    public CompletableFuture<Void> addProspect() {
        ProspectEditViewModel editor = ProspectEditViewModel.forNew(messages);
        if (!scorecardDialogs.editProspect(editor) || !editor.valid().get()) {
            return CompletableFuture.completedFuture(null);
        }
        long project = projectId;
        return scorecards.addProspect(project, editor.data()).thenComposeAsync(created -> {
            dialogs.notify(messages.get("scorecard.page.prospect.added", created.data().name()), Optional.empty());
            return reloadProspects(project, created.id());
        }, ui).exceptionallyAsync(this::failed, ui);
    }

    public CompletableFuture<Void> editProspect() {
        Optional<Prospect> prospect = selectedProspectRecord();
        if (prospect.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        ProspectEditViewModel editor = ProspectEditViewModel.forEdit(prospect.get(), messages);
        if (!scorecardDialogs.editProspect(editor) || !editor.valid().get()) {
            return CompletableFuture.completedFuture(null);
        }
        long project = projectId;
        return scorecards.updateProspect(prospect.get().id(), editor.data())
                .thenComposeAsync(done -> reloadProspects(project, prospect.get().id()), ui).exceptionallyAsync(this::failed, ui);
    }

    public CompletableFuture<Void> deleteProspect() {
        Optional<Prospect> prospect = selectedProspectRecord();
        if (prospect.isEmpty() || !dialogs.confirm(messages.get("scorecard.page.prospect.delete.title"),
                prospect.get().data().name(), messages.get("scorecard.page.prospect.delete.content"),
                messages.get("scorecard.page.prospect.delete"))) {
            return CompletableFuture.completedFuture(null);
        }
        long project = projectId;
        return scorecards.deleteProspect(prospect.get().id())
                .thenComposeAsync(done -> reloadProspects(project, -1), ui).exceptionallyAsync(this::failed, ui);
    }

    /** Imports a CSV or XLSX prospect file: all rows or none; the problems are listed by row and column. */
    public CompletableFuture<Void> importProspects() {
        Optional<Path> file = dialogs.chooseOpenFile(messages.get("scorecard.page.import.title"),
                messages.get("customers.import.filter"), List.of("csv", "xlsx", "txt"));
        if (file.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        long project = projectId;
        return scorecards.importProspects(project, file.get()).thenComposeAsync(outcome -> {
            if (outcome.rejected()) {
                dialogs.showInformation(messages.get("scorecard.page.import.title"),
                        messages.get("scorecard.page.import.rejected", outcome.problems().size()),
                        String.join("\n", outcome.problems().stream().map(this::describe).toList()));
                return CompletableFuture.completedFuture(null);
            }
            dialogs.notify(messages.get("scorecard.page.import.done", outcome.imported()), Optional.empty());
            return reloadProspects(project, -1);
        }, ui).exceptionallyAsync(this::failed, ui);
    }

    private String describe(ImportProblem problem) {
        String reason = messages.get(problem.messageKey(), problem.arguments().toArray());
        return problem.row() == 0 ? messages.get("import.problem.wholeFile", reason)
                : messages.get("import.problem.row", problem.row(), problem.column(), reason);
    }

    private CompletableFuture<Void> reloadProspects(long project, long select) {
        return scorecards.prospects(project).thenAcceptAsync(list -> {
            if (project != projectId) {
                return;
            }
            prospectList = list;
            rescore();
            if (select > 0) {
                selectedProspect.set(prospects.stream().filter(row -> row.account().id() == select).findFirst().orElse(null));
            }
        }, ui);
    }

    private Optional<Prospect> selectedProspectRecord() {
        AccountRow row = selectedProspect.get();
        return row == null ? Optional.empty()
                : prospectList.stream().filter(prospect -> prospect.id() == row.account().id()).findFirst();
    }

    private Void failed(Throwable failure) {
        dialogs.showFailure(failure, messages);
        return null;
    }

    // ---------------------------------------------------------------- properties

    public ObservableList<Criterion> criteria() {
        return criteria;
    }

    public ObjectProperty<Criterion> selectedCriterionProperty() {
        return selectedCriterion;
    }

    public ObjectProperty<Integer> tierAProperty() {
        return tierA;
    }

    public ObjectProperty<Integer> tierBProperty() {
        return tierB;
    }

    /** Whether the scorecard on screen has changes not saved yet. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return isSaved;
    }

    public BooleanBinding canSave() {
        return canSave;
    }

    /** What is wrong with the scorecard on screen, translated; "" when it can be saved. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** Where the scorecard on screen comes from: saved, or proposed from the portrait or the customers. */
    public ReadOnlyStringProperty sourceProperty() {
        return source;
    }

    public ObservableList<AccountRow> customers() {
        return customers;
    }

    public ObjectProperty<AccountRow> selectedCustomerProperty() {
        return selectedCustomer;
    }

    public ObservableList<String> customerExplanations() {
        return customerExplanations;
    }

    public ReadOnlyStringProperty customerHeadingProperty() {
        return customerHeading;
    }

    /** Question 21: how many active customers are tier A, and their share of the annual revenue. */
    public ReadOnlyStringProperty shareProperty() {
        return share;
    }

    public ObservableList<AccountRow> prospects() {
        return prospects;
    }

    public ObjectProperty<AccountRow> selectedProspectProperty() {
        return selectedProspect;
    }

    public ObservableList<String> prospectExplanations() {
        return prospectExplanations;
    }

    public ReadOnlyStringProperty prospectHeadingProperty() {
        return prospectHeading;
    }

    public ReadOnlyStringProperty prospectSummaryProperty() {
        return prospectSummary;
    }
}
