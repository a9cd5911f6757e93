package org.icpworkbench.logic.customer.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;

/**
 * Turns the rows of a {@link CustomerTable} into {@link CustomerData} through a {@link ColumnMapping}, checking
 * every cell. Rules: the name is required and unique within the file (ignoring case and repeated spaces); numbers
 * must parse; revenue and cost to serve are not negative; margin lies in −100…100 %; NPS is 0–10; purchases are not
 * negative; no date lies after {@code today}; the churn date is not before the first purchase; a row with a churn
 * date and no status is churned, one marked active may not have a churn date. A row without a status and churn
 * date is active. "Number of Employees" as a number becomes the questionnaire's size band (1-10 … 1000+).
 *
 * <p>Stateless and thread-safe; run it off the JavaFX thread for large files.
 */
public final class CustomerImportParser {

    /** How often (in rows) cancellation is checked and progress reported. */
    public static final int CHECK_EVERY = 500;

    /** The longest name and the longest segment, industry, size band or region a customer may have. */
    public static final int MAX_NAME_LENGTH = 400;
    public static final int MAX_TEXT_LENGTH = 200;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CustomerImportParser() {
    }

    public static CustomerImportPlan parse(CustomerTable table, ColumnMapping mapping, LocalDate today) {
        return parse(table, mapping, today, () -> false, done -> { });
    }

    /**
     * @param cancelled checked every {@link #CHECK_EVERY} rows; when true, parsing stops and the plan is cancelled
     *        and empty
     * @param progress receives the number of data rows done, every {@link #CHECK_EVERY} rows and at the end (the
     *        total is {@code table.rows().size()})
     */
    public static CustomerImportPlan parse(CustomerTable table, ColumnMapping mapping, LocalDate today,
            BooleanSupplier cancelled, IntConsumer progress) {
        Objects.requireNonNull(today, "today");
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        if (!table.header().isEmpty() && mapping.column(CustomerField.NAME).isEmpty()) {
            problems.add(ImportProblem.file("import.problem.mapping.noName"));
        }
        for (Map.Entry<CustomerField, Integer> entry : mapping.columns().entrySet()) {
            if (!table.header().isEmpty() && entry.getValue() >= table.header().size()) {
                problems.add(ImportProblem.file("import.problem.mapping.noColumn",
                        CustomerTable.columnLetter(entry.getValue())));
            }
        }
        for (List<Integer> columns : MappingGuesser.ambiguousColumns(table.header())) {
            if (columns.stream().allMatch(index -> mapping.field(index).isEmpty())) {
                problems.add(ImportProblem.file("import.problem.header.duplicate", table.columnName(columns.getFirst()),
                        String.join(", ", columns.stream().map(CustomerTable::columnLetter).toList())));
            }
        }
        if (!problems.isEmpty() && table.rows().isEmpty()) {
            return new CustomerImportPlan(List.of(), problems, 0, false);
        }
        List<CustomerData> customers = new ArrayList<>(table.rows().size());
        Map<String, Integer> names = new HashMap<>();
        int done = 0;
        for (SourceRow row : table.rows()) {
            if (done % CHECK_EVERY == 0) {
                if (cancelled.getAsBoolean()) {
                    return new CustomerImportPlan(List.of(), List.of(), done, true);
                }
                if (done > 0) {
                    progress.accept(done);
                }
            }
            new RowParser(table, mapping, today, row, problems, names).parse().ifPresent(customers::add);
            done++;
        }
        progress.accept(done);
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        return new CustomerImportPlan(customers, problems, done, false, mapping.columns().keySet());
    }

    /** Parses one row, adding its problems; empty when the row has any. */
    private static final class RowParser {
        private final CustomerTable table;
        private final ColumnMapping mapping;
        private final LocalDate today;
        private final SourceRow row;
        private final List<ImportProblem> problems;
        private final Map<String, Integer> names;
        private boolean failed;

        RowParser(CustomerTable table, ColumnMapping mapping, LocalDate today, SourceRow row,
                List<ImportProblem> problems, Map<String, Integer> names) {
            this.table = table;
            this.mapping = mapping;
            this.today = today;
            this.row = row;
            this.problems = problems;
            this.names = names;
        }

        Optional<CustomerData> parse() {
            String name = text(CustomerField.NAME);
            if (mapping.column(CustomerField.NAME).isPresent()) {
                if (name.isEmpty()) {
                    problem(CustomerField.NAME, "import.problem.name.missing");
                } else {
                    String key = name.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
                    Integer first = names.putIfAbsent(key, row.number());
                    if (first != null) {
                        problem(CustomerField.NAME, "import.problem.name.duplicate", ValueParsers.shortened(name),
                                String.valueOf(first));
                    }
                }
            }
            checkLength(CustomerField.NAME, MAX_NAME_LENGTH);
            for (CustomerField field : List.of(CustomerField.SEGMENT, CustomerField.INDUSTRY, CustomerField.SIZE_BAND,
                    CustomerField.REGION)) {
                checkLength(field, MAX_TEXT_LENGTH);
            }
            Optional<LocalDate> firstPurchase = notFuture(CustomerField.FIRST_PURCHASE,
                    value(CustomerField.FIRST_PURCHASE, ValueParsers.date(text(CustomerField.FIRST_PURCHASE))));
            Optional<LocalDate> churnDate = notFuture(CustomerField.CHURN_DATE,
                    value(CustomerField.CHURN_DATE, ValueParsers.date(text(CustomerField.CHURN_DATE))));
            Optional<CustomerStatus> status = value(CustomerField.STATUS, ValueParsers.status(text(CustomerField.STATUS)));
            if (churnDate.isPresent() && firstPurchase.isPresent() && churnDate.get().isBefore(firstPurchase.get())) {
                problem(CustomerField.CHURN_DATE, "import.problem.churn.beforeFirst", churnDate.get().toString(),
                        firstPurchase.get().toString());
            }
            if (churnDate.isPresent() && status.orElse(null) == CustomerStatus.ACTIVE) {
                problem(CustomerField.CHURN_DATE, "import.problem.churn.whileActive", churnDate.get().toString());
            }
            CustomerStatus finalStatus = status.orElse(churnDate.isPresent() ? CustomerStatus.CHURNED : CustomerStatus.ACTIVE);
            Optional<BigDecimal> revenue = value(CustomerField.ANNUAL_REVENUE,
                    ValueParsers.money(text(CustomerField.ANNUAL_REVENUE)));
            Optional<BigDecimal> costToServe = value(CustomerField.COST_TO_SERVE,
                    ValueParsers.money(text(CustomerField.COST_TO_SERVE)));
            Optional<BigDecimal> margin = value(CustomerField.GROSS_MARGIN,
                    ValueParsers.percent(text(CustomerField.GROSS_MARGIN)));
            if (margin.isPresent() && margin.get().abs().compareTo(HUNDRED) > 0) {
                problem(CustomerField.GROSS_MARGIN, "import.problem.margin.range", margin.get().toPlainString());
            }
            Optional<Integer> purchases = value(CustomerField.PURCHASES,
                    ValueParsers.integer(text(CustomerField.PURCHASES)));
            if (purchases.isPresent() && purchases.get() < 0) {
                problem(CustomerField.PURCHASES, "import.problem.purchases.negative", String.valueOf(purchases.get()));
            }
            Optional<Integer> nps = value(CustomerField.NPS, ValueParsers.nps(text(CustomerField.NPS)));
            if (failed) {
                return Optional.empty();
            }
            return Optional.of(new CustomerData(name, text(CustomerField.SEGMENT), text(CustomerField.INDUSTRY),
                    sizeBand(text(CustomerField.SIZE_BAND)), text(CustomerField.REGION), firstPurchase, finalStatus,
                    churnDate, revenue, margin, costToServe, purchases, List.of(), nps, text(CustomerField.NOTES)));
        }

        private void checkLength(CustomerField field, int max) {
            int length = text(field).length();
            if (length > max) {
                problem(field, "import.problem.text.tooLong", String.valueOf(length), String.valueOf(max));
            }
        }

        private String text(CustomerField field) {
            OptionalInt column = mapping.column(field);
            return column.isEmpty() ? "" : row.cell(column.getAsInt()).strip();
        }

        private <T> Optional<T> value(CustomerField field, Parsed<T> parsed) {
            if (parsed.failed()) {
                problem(field, parsed.errorKey(), parsed.arguments().toArray(String[]::new));
            }
            return parsed.value();
        }

        private Optional<LocalDate> notFuture(CustomerField field, Optional<LocalDate> date) {
            if (date.isPresent() && date.get().isAfter(today)) {
                problem(field, "import.problem.date.future", date.get().toString(), today.toString());
            }
            return date;
        }

        private void problem(CustomerField field, String key, String... arguments) {
            failed = true;
            problems.add(ImportProblem.cell(row.number(), table.columnName(mapping.column(field).orElse(0)), key,
                    arguments));
        }
    }

    /** A head count ("120", "1 200") becomes a band of the questionnaire; any other text is kept as written. */
    public static String sizeBand(String text) {
        if (text.isEmpty()) {
            return "";
        }
        Parsed<Integer> count = ValueParsers.integer(text);
        if (count.failed() || count.value().isEmpty() || count.value().get() < 1) {
            return text;
        }
        int n = count.value().get();
        if (n <= 10) {
            return "1-10";
        } else if (n <= 50) {
            return "11-50";
        } else if (n <= 200) {
            return "51-200";
        } else if (n <= 500) {
            return "201-500";
        } else if (n <= 1000) {
            return "501-1000";
        }
        return "1000+";
    }
}
