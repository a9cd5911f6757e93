package org.icpworkbench.logic.customer.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;

/**
 * Which customers of an import are already in the project: the same name, ignoring case, ё/е, quotes and repeated
 * spaces (a customer list has no reliable id or INN column to match on). When several stored customers share the
 * name, the oldest is the match. {@link #batch} turns the import into what to insert and what to update.
 */
public final class ExistingCustomerMatch {

    /** What to store: new customers, updated customers by id, and how many rows were left out. */
    public record Batch(List<CustomerData> inserts, Map<Long, CustomerData> updates, int skipped) {
        public Batch {
            inserts = List.copyOf(inserts);
            updates = Collections.unmodifiableMap(new LinkedHashMap<>(updates));
        }
    }

    private final List<CustomerData> incoming;
    private final List<Optional<Customer>> matches;

    private ExistingCustomerMatch(List<CustomerData> incoming, List<Optional<Customer>> matches) {
        this.incoming = incoming;
        this.matches = matches;
    }

    public static ExistingCustomerMatch find(List<CustomerData> incoming, List<Customer> existing) {
        Map<String, Customer> byName = new HashMap<>();
        existing.stream().sorted(Comparator.comparingLong(Customer::id))
                .forEach(customer -> byName.putIfAbsent(key(customer.data().name()), customer));
        List<Optional<Customer>> matches = incoming.stream()
                .map(data -> Optional.ofNullable(byName.get(key(data.name())))).toList();
        return new ExistingCustomerMatch(List.copyOf(incoming), matches);
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[«»\"“”„']", "")
                .replaceAll("\\s+", " ").strip();
    }

    /** How many incoming customers are already in the project. */
    public int matched() {
        return (int) matches.stream().filter(Optional::isPresent).count();
    }

    /** The first matched name, for a message. */
    public String firstMatchedName() {
        for (int i = 0; i < matches.size(); i++) {
            if (matches.get(i).isPresent()) {
                return incoming.get(i).name();
            }
        }
        return "";
    }

    /**
     * @param mapped the fields the file has columns for: an update overwrites only these (status and churn date
     *        together, as the parser derives one from the other)
     */
    public Batch batch(ExistingCustomers policy, Set<CustomerField> mapped) {
        List<CustomerData> inserts = new ArrayList<>();
        Map<Long, CustomerData> updates = new LinkedHashMap<>();
        int skipped = 0;
        for (int i = 0; i < incoming.size(); i++) {
            Optional<Customer> match = matches.get(i);
            if (match.isEmpty() || policy == ExistingCustomers.ADD) {
                inserts.add(incoming.get(i));
            } else if (policy == ExistingCustomers.SKIP || updates.containsKey(match.get().id())) {
                skipped++;
            } else {
                updates.put(match.get().id(), merge(match.get().data(), incoming.get(i), mapped));
            }
        }
        return new Batch(inserts, updates, skipped);
    }

    static CustomerData merge(CustomerData stored, CustomerData file, Set<CustomerField> mapped) {
        boolean status = mapped.contains(CustomerField.STATUS) || mapped.contains(CustomerField.CHURN_DATE);
        return new CustomerData(
                mapped.contains(CustomerField.NAME) ? file.name() : stored.name(),
                mapped.contains(CustomerField.SEGMENT) ? file.segment() : stored.segment(),
                mapped.contains(CustomerField.INDUSTRY) ? file.industry() : stored.industry(),
                mapped.contains(CustomerField.SIZE_BAND) ? file.sizeBand() : stored.sizeBand(),
                mapped.contains(CustomerField.REGION) ? file.region() : stored.region(),
                mapped.contains(CustomerField.FIRST_PURCHASE) ? file.firstPurchase() : stored.firstPurchase(),
                status ? file.status() : stored.status(),
                status ? file.churnDate() : stored.churnDate(),
                mapped.contains(CustomerField.ANNUAL_REVENUE) ? file.annualRevenue() : stored.annualRevenue(),
                mapped.contains(CustomerField.GROSS_MARGIN) ? file.grossMarginPercent() : stored.grossMarginPercent(),
                mapped.contains(CustomerField.COST_TO_SERVE) ? file.costToServe() : stored.costToServe(),
                mapped.contains(CustomerField.PURCHASES) ? file.purchases() : stored.purchases(),
                stored.productIds(),
                mapped.contains(CustomerField.NPS) ? file.nps() : stored.nps(),
                mapped.contains(CustomerField.NOTES) ? file.notes() : stored.notes());
    }
}
