package org.icpworkbench.gui.customer;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.logic.customer.CustomerProblem;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.customer.imports.Parsed;
import org.icpworkbench.logic.customer.imports.ValueParsers;
import org.icpworkbench.logic.i18n.NumberParser;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.questionnaire.BuiltInQuestionnaire;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.ValueType;

/**
 * One customer account being added or edited. Every value is held as the text the user typed (dates too, so a
 * date typed but not yet committed is judged as well); {@link #problems()} says what is wrong with which field,
 * live, using the same rules as {@link CustomerService#validate}, and {@link #data()} gives the values to store.
 *
 * <p>Numbers accept the language's decimal mark and either mark when unambiguous, and spaces (also non-breaking)
 * as thousands separators: "1 200 000,50", "1,200,000.50", "35,5", "35.5 %". A margin is a percentage as written —
 * "0,5" is half a percent. A size band may be chosen, or typed as a head count ("120" becomes the band 51–200).
 */
public final class CustomerEditViewModel extends org.icpworkbench.gui.common.CompanyFields<Customer> {

    /** The fields, as {@link #problem(String)} and {@link #problems()} name them. */
    public static final List<String> FIELDS = List.of("name", "segment", "industry", "sizeBand", "region", "firstPurchase",
            "status", "churnDate", "annualRevenue", "grossMarginPercent", "costToServe", "purchases", "nps", "notes");

    private static final Pattern BAND = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)|(\\d+)\\s*\\+");

    private final Messages messages;
    private final LocalDate today;
    private final Locale locale;
    private final NumberParser.Notation notation;
    private final DateTimeFormatter dateFormat;
    private final List<FieldOption> sizeBands;
    private final ObservableList<Product> products;
    private final ObservableList<String> segments;
    private final ObservableList<CustomerStatus> statuses = FXCollections.observableArrayList(CustomerStatus.values());

    private final StringProperty firstPurchase = new SimpleStringProperty("");
    private final ObjectProperty<CustomerStatus> status = new SimpleObjectProperty<>(CustomerStatus.ACTIVE);
    private final StringProperty churnDate = new SimpleStringProperty("");
    private final StringProperty grossMargin = new SimpleStringProperty("");
    private final StringProperty costToServe = new SimpleStringProperty("");
    private final StringProperty purchases = new SimpleStringProperty("");
    private final StringProperty nps = new SimpleStringProperty("");
    private final ObservableList<Long> productIds = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, String>> problems = new ReadOnlyObjectWrapper<>(Map.of());
    private final BooleanBinding valid;

    private CustomerEditViewModel(Messages messages, Optional<Customer> original, List<Product> catalogue,
                                  List<String> existingSegments, LocalDate today) {
        super(original);
        this.messages = messages;
        this.today = today;
        this.locale = messages.language().locale();
        this.notation = NumberParser.Notation.of(messages.language());
        this.dateFormat = DateTimeFormatter.ofPattern(messages.language() == Language.RU ? "dd.MM.yyyy" : "yyyy-MM-dd");
        this.sizeBands = sizeBandsOfQuestionnaire();
        this.products = FXCollections.observableArrayList(catalogue);
        this.segments = FXCollections.observableArrayList(existingSegments.stream()
                .filter(s -> s != null && !s.isBlank()).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList());
        original.map(Customer::data).ifPresent(this::fill);
        checkOnChange(() -> problems.set(check()), firstPurchase, status, churnDate, grossMargin, costToServe, purchases,
                nps, productIds);
        problems.set(check());
        valid = Bindings.createBooleanBinding(() -> problems.get().isEmpty(), problems);
    }

    /** For a new, active customer. */
    public static CustomerEditViewModel forNew(Messages messages, List<Product> catalogue, List<String> segments, LocalDate today) {
        return new CustomerEditViewModel(messages, Optional.empty(), catalogue, segments, today);
    }

    /** For editing a stored customer. */
    public static CustomerEditViewModel forEdit(Customer customer, Messages messages, List<Product> catalogue,
                                                List<String> segments, LocalDate today) {
        return new CustomerEditViewModel(messages, Optional.of(customer), catalogue, segments, today);
    }

    private void fill(CustomerData data) {
        name.set(nonNull(data.name()));
        segment.set(nonNull(data.segment()));
        industry.set(nonNull(data.industry()));
        sizeBand.set(sizeBandLabel(nonNull(data.sizeBand())));
        region.set(nonNull(data.region()));
        firstPurchase.set(data.firstPurchase().map(this::formatDate).orElse(""));
        status.set(data.status() == null ? CustomerStatus.ACTIVE : data.status());
        churnDate.set(data.churnDate().map(this::formatDate).orElse(""));
        annualRevenue.set(data.annualRevenue().map(this::formatNumber).orElse(""));
        grossMargin.set(data.grossMarginPercent().map(this::formatNumber).orElse(""));
        costToServe.set(data.costToServe().map(this::formatNumber).orElse(""));
        purchases.set(data.purchases().map(String::valueOf).orElse(""));
        nps.set(data.nps().map(String::valueOf).orElse(""));
        notes.set(nonNull(data.notes()));
        productIds.setAll(data.productIds());
    }

    /** The values to store, from what is typed (a value that cannot be read is left out; check {@link #valid()}). */
    public CustomerData data() {
        boolean churned = status.get() == CustomerStatus.CHURNED;
        return new CustomerData(name.get().strip(), segment.get().strip(), industry.get().strip(),
                sizeBandKey(sizeBand.get()), region.get().strip(), date(firstPurchase.get()).value(), status.get(),
                churned ? date(churnDate.get()).value() : Optional.empty(),
                money(annualRevenue.get()).value(), percent(grossMargin.get()).value(), money(costToServe.get()).value(),
                whole(purchases.get()).value(), List.copyOf(productIds), whole(nps.get()).value(), notes.get());
    }

    /** Every field with a problem and its message, in the order of {@link #FIELDS}; empty when the values can be saved. */
    public ReadOnlyObjectProperty<Map<String, String>> problems() {
        return problems.getReadOnlyProperty();
    }

    /** The problem of one field, if any. */
    public Optional<String> problem(String field) {
        return Optional.ofNullable(problems.get().get(field));
    }

    public BooleanBinding valid() {
        return valid;
    }

    private Map<String, String> check() {
        Map<String, String> found = new LinkedHashMap<>();
        boolean churned = status.get() == CustomerStatus.CHURNED;
        parseProblem(found, "firstPurchase", date(firstPurchase.get()));
        if (churned) {
            parseProblem(found, "churnDate", date(churnDate.get()));
        }
        parseProblem(found, "annualRevenue", money(annualRevenue.get()));
        parseProblem(found, "grossMarginPercent", percent(grossMargin.get()));
        parseProblem(found, "costToServe", money(costToServe.get()));
        parseProblem(found, "purchases", whole(purchases.get()));
        parseProblem(found, "nps", whole(nps.get()));
        for (CustomerProblem problem : CustomerService.validate(data(), today)) {
            String text = messages.get(problem.messageKey(), problem.arguments().toArray());
            if (problem.field().equals("text")) {
                for (var field : List.of(Map.entry("segment", segment), Map.entry("industry", industry),
                        Map.entry("sizeBand", sizeBand), Map.entry("region", region))) {
                    if (field.getValue().get().strip().length() > CustomerService.MAX_TEXT_LENGTH) {
                        found.putIfAbsent(field.getKey(), text);
                    }
                }
            } else {
                found.putIfAbsent(problem.field(), text);
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(found::containsKey).forEach(field -> ordered.put(field, found.get(field)));
        return java.util.Collections.unmodifiableMap(ordered);
    }

    private void parseProblem(Map<String, String> found, String field, Parsed<?> parsed) {
        if (parsed.failed()) {
            found.put(field, messages.get(parsed.errorKey(), parsed.arguments().toArray()));
        }
    }

    // --- reading what was typed ---

    Parsed<LocalDate> date(String text) {
        return ValueParsers.date(text);
    }

    /** An amount; whether it may be negative is for {@link CustomerService#validate} to say. */
    Parsed<BigDecimal> money(String text) {
        return ValueParsers.amount(text, notation);
    }

    Parsed<BigDecimal> percent(String text) {
        return ValueParsers.percent(text, notation);
    }

    Parsed<Integer> whole(String text) {
        Parsed<BigDecimal> number = number(text, false);
        if (number.failed()) {
            return Parsed.failure("import.problem.integer.invalid", text.strip());
        }
        if (number.value().isEmpty()) {
            return Parsed.blank();
        }
        try {
            return Parsed.of(number.value().get().stripTrailingZeros().intValueExact());
        } catch (ArithmeticException e) {
            return Parsed.failure("import.problem.integer.invalid", text.strip());
        }
    }

    /** A number as typed in the user's language ({@link org.icpworkbench.logic.i18n.NumberParser}). */
    Parsed<BigDecimal> number(String text, boolean percent) {
        return percent ? ValueParsers.percent(text, notation) : ValueParsers.number(text, notation);
    }

    // --- size bands ---

    /** The size bands the questionnaire's firmographics offer, e.g. "1-10" … "1000+". */
    private static List<FieldOption> sizeBandsOfQuestionnaire() {
        return BuiltInQuestionnaire.definition().questions().stream()
                .flatMap(question -> question.fields().stream())
                .filter(field -> field.type() == ValueType.FIRMOGRAPHICS)
                .map(QuestionField::sizeBands)
                .filter(bands -> !bands.isEmpty())
                .findFirst().orElse(List.of());
    }

    /** The keys of the size bands, smallest first. */
    public List<String> sizeBandKeys() {
        return sizeBands.stream().map(FieldOption::key).toList();
    }

    /** The labels of the size bands, as the combo offers them. */
    public List<String> sizeBandLabels() {
        return sizeBands.stream().map(band -> band.label().in(messages.language())).toList();
    }

    /** How a stored size band reads: the band's label, or the text as stored. */
    public String sizeBandLabel(String key) {
        return sizeBands.stream().filter(band -> band.key().equals(key)).findFirst()
                .map(band -> band.label().in(messages.language())).orElse(key == null ? "" : key);
    }

    /**
     * The size band to store for what was typed: a band's key for its label or key, the band of a head count
     * (as the import reads "120"), or else the text as written.
     */
    public String sizeBandKey(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return "";
        }
        for (FieldOption band : sizeBands) {
            if (band.key().equalsIgnoreCase(typed) || band.label().en().equalsIgnoreCase(typed)
                    || band.label().ru().equalsIgnoreCase(typed)) {
                return band.key();
            }
        }
        Parsed<Integer> count = whole(typed);
        if (count.value().isPresent() && count.value().get() >= 1) {
            int n = count.value().get();
            for (FieldOption band : sizeBands) {
                Matcher range = BAND.matcher(band.key());
                if (range.matches() && (range.group(3) != null ? n >= Integer.parseInt(range.group(3))
                        : n >= Integer.parseInt(range.group(1)) && n <= Integer.parseInt(range.group(2)))) {
                    return band.key();
                }
            }
        }
        return typed;
    }

    // --- formatting ---

    public String formatDate(LocalDate date) {
        return date == null ? "" : dateFormat.format(date);
    }

    /** A date as typed, empty when blank or unreadable (for the date picker). */
    public Optional<LocalDate> parseDate(String text) {
        return date(text).value();
    }

    /** How dates are written in this language, e.g. for a prompt. */
    public String datePattern() {
        return messages.language() == Language.RU ? "ДД.ММ.ГГГГ" : "YYYY-MM-DD";
    }

    private String formatNumber(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        format.setGroupingUsed(true);
        return format.format(value);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    public String statusName(CustomerStatus value) {
        return value == null ? "" : messages.get("customers.status." + value.name());
    }

    // --- properties ---

    public ObservableList<Product> products() {
        return products;
    }

    public ObservableList<String> segments() {
        return segments;
    }

    public ObservableList<CustomerStatus> statuses() {
        return statuses;
    }

    /** The catalogue products the customer bought, by id. */
    public ObservableList<Long> productIds() {
        return productIds;
    }

    public StringProperty firstPurchaseProperty() {
        return firstPurchase;
    }

    public ObjectProperty<CustomerStatus> statusProperty() {
        return status;
    }

    public StringProperty churnDateProperty() {
        return churnDate;
    }

    public StringProperty grossMarginProperty() {
        return grossMargin;
    }

    public StringProperty costToServeProperty() {
        return costToServe;
    }

    public StringProperty purchasesProperty() {
        return purchases;
    }

    public StringProperty npsProperty() {
        return nps;
    }

    /** Whether the churn date applies: only to a churned customer. */
    public BooleanBinding churned() {
        return status.isEqualTo(CustomerStatus.CHURNED);
    }

    List<String> problemTexts() {
        return new ArrayList<>(problems.get().values());
    }
}
