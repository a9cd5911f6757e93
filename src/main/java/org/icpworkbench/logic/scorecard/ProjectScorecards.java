package org.icpworkbench.logic.scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.icpworkbench.logic.customer.CustomerService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.portrait.PortraitService;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.CharacteristicRow;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.Scorecard;

/**
 * The scorecard proposed for a project that has none saved, for the Scorecard tab and {@code --score}: derived from
 * the portrait — the decided (else proposed) characteristics' match values, the anti-ICP's segment disqualifiers, and
 * a minimum annual revenue at the lower quartile of the active customers of the portrait's most profitable segment.
 * Portrait values of a kind customer records hold (segment, industry, size band, region) that match no active
 * customer are replaced by the values of the best segment's customers, and the proposal says which.
 * When the portrait gives no criterion that scores, it is built from the customers' best segment by CLV instead
 * (keeping the anti-ICP's disqualifiers); when that is impossible too, the proposal cannot score.
 */
public final class ProjectScorecards {

    /** Where a proposed scorecard comes from. */
    public enum Source {
        PORTRAIT,
        CUSTOMERS,
        /** Nothing to derive from: the scorecard holds at most disqualifiers and cannot score. */
        NONE
    }

    /**
     * A proposed scorecard.
     *
     * @param segment the segment it is built around: the portrait's most profitable segment, or the best segment by
     *        CLV; "" when there is none
     * @param replacedKinds the portrait criteria whose values matched no customer and were replaced by the values of
     *        the best segment's customers (the portrait's wording, e.g. "Central and Volga regions", is no value a
     *        customer record holds)
     */
    public record Proposal(Scorecard scorecard, Source source, String segment, List<CriterionKind> replacedKinds) {

        public Proposal {
            replacedKinds = List.copyOf(replacedKinds);
        }
    }

    /** The kinds a customer account records, whose portrait values can be checked against the customers. */
    private static final List<CriterionKind> RECORDED = List.of(CriterionKind.SEGMENT, CriterionKind.INDUSTRY,
            CriterionKind.SIZE_BAND, CriterionKind.REGION);

    private final PortraitService portraits;
    private final CustomerService customers;

    public ProjectScorecards(PortraitService portraits, CustomerService customers) {
        this.portraits = portraits;
        this.customers = customers;
    }

    /** The proposal from the project's portrait and customers as of {@code asOf}. */
    public CompletableFuture<Proposal> propose(long projectId, LocalDate asOf, Messages messages) {
        return portraits.load(projectId, asOf, messages).thenCombine(customers.list(projectId), ProjectScorecards::propose);
    }

    /** The proposal from a portrait and the project's customers; a pure function. */
    public static Proposal propose(PortraitState portrait, List<Customer> customerList) {
        Map<Characteristic, List<String>> values = new EnumMap<>(Characteristic.class);
        for (CharacteristicRow row : portrait.rows()) {
            values.put(row.characteristic(), row.matchValues());
        }
        List<String> segments = values.getOrDefault(Characteristic.MOST_PROFITABLE_SEGMENT, List.of()).stream()
                .filter(segment -> !segment.isBlank()).toList();
        Scorecard derived = ScorecardDefaults.derive(values, portrait.antiIcp(), minAnnualRevenue(segments, customerList));
        Optional<ScorecardDefaults.FromCustomers> fromCustomers = portrait.metrics() == null ? Optional.empty()
                : ScorecardDefaults.fromCustomers(customerList, portrait.metrics());
        if (derived.canScore()) {
            List<Criterion> criteria = new ArrayList<>();
            List<CriterionKind> replaced = new ArrayList<>();
            for (Criterion criterion : derived.criteria()) {
                Optional<Criterion> instead = fromCustomers.filter(found -> !criterion.disqualifier()
                                && RECORDED.contains(criterion.kind()) && !matchesAnyCustomer(criterion, customerList))
                        .flatMap(found -> found.scorecard().criteria().stream()
                                .filter(other -> other.kind() == criterion.kind() && !other.disqualifier()).findFirst());
                if (instead.isPresent()) {
                    criteria.add(Criterion.matching(criterion.kind(), instead.get().values(), criterion.weight()));
                    replaced.add(criterion.kind());
                } else {
                    criteria.add(criterion);
                }
            }
            String segment = segments.isEmpty() ? fromCustomers.map(ScorecardDefaults.FromCustomers::segment).orElse("")
                    : segments.getFirst().strip();
            return new Proposal(Scorecard.withDefaultTiers(criteria), Source.PORTRAIT, segment, replaced);
        }
        if (fromCustomers.isPresent()) {
            List<Criterion> criteria = new ArrayList<>(fromCustomers.get().scorecard().criteria());
            derived.criteria().stream().filter(Criterion::disqualifier).forEach(criteria::add);
            return new Proposal(Scorecard.withDefaultTiers(criteria), Source.CUSTOMERS, fromCustomers.get().segment(), List.of());
        }
        return new Proposal(derived, Source.NONE, "", List.of());
    }

    /** Whether any active customer's value of the criterion's kind is one of its values. */
    static boolean matchesAnyCustomer(Criterion criterion, List<Customer> customerList) {
        List<String> keys = criterion.values().stream().map(ScorecardCalculator::normalize).toList();
        return customerList.stream().map(Customer::data).filter(data -> data.status() == CustomerStatus.ACTIVE)
                .map(data -> switch (criterion.kind()) {
                    case SEGMENT -> data.segment();
                    case INDUSTRY -> data.industry();
                    case SIZE_BAND -> data.sizeBand();
                    case REGION -> data.region();
                    default -> "";
                })
                .map(ScorecardCalculator::normalize).anyMatch(value -> !value.isEmpty() && keys.contains(value));
    }

    /** The lower quartile of the annual revenues of the active customers in the given segments; empty without any. */
    static Optional<BigDecimal> minAnnualRevenue(List<String> segments, List<Customer> customerList) {
        List<String> keys = segments.stream().map(ScorecardCalculator::normalize).toList();
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> revenues = customerList.stream().map(Customer::data)
                .filter(data -> data.status() == CustomerStatus.ACTIVE)
                .filter(data -> keys.contains(ScorecardCalculator.normalize(data.segment())))
                .map(CustomerData::annualRevenue).flatMap(Optional::stream).toList();
        return ScorecardDefaults.lowerQuartile(revenues);
    }
}
