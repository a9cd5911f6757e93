package org.icpworkbench.logic.portrait;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.icpworkbench.logic.customer.CustomerMetrics;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.i18n.PluralForm;
import org.icpworkbench.logic.interview.StructuredValues;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.Coverage;
import org.icpworkbench.model.portrait.Evidence;
import org.icpworkbench.model.portrait.Proposal;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.ValueType;

/**
 * Proposes a value for every key characteristic from a project's answers, tags and customer metrics, with the
 * evidence behind it and its coverage. A pure function: the same inputs give the same proposals.
 *
 * <p>The answers of a characteristic are the answers to questions naming it that say something (answered and not
 * marked "not asked"). Rules:
 * <ul>
 * <li><b>Industry, company size, revenue band, geography</b>: the question 1 firmographics part. Values are grouped
 *     ignoring case and counted once per respondent; shown are up to 3 values with at least 2 respondents, or else
 *     the single most common one (ties: alphabetical), each as "value — n of m respondents". matchValues are those
 *     values (size and revenue bands as their keys). The active customers' distribution of industry, size band and
 *     region, and the most common value in the segment with the highest CLV, are added as customer-data evidence.</li>
 * <li><b>Other structured characteristics</b>: each field of the characteristic's questions (fields of the same key
 *     merged) gives a fragment; the first field with values is the proposal's value, the others follow with their
 *     label. Durations are normalised to days and shown in the unit respondents used most (ties: the larger unit);
 *     durations, numbers, percentages and money (in the most used currency) give "median (min–max), n answers",
 *     the median of an even count being the mean of the two middle values. Choices and texts give the most common
 *     values as firmographics do (matchValues: option keys); catalogue and multiple choices the 5 items named by
 *     most respondents; yes/no "yes: n of m respondents"; a 0–10 scale the NPS (% of 9–10 minus % of 0–6, rounded)
 *     — for loyalty with the active customers' NPS as customer-data evidence.</li>
 * <li><b>Text characteristics</b> (goals, why they buy and stay, decisive features, buying committee, objections,
 *     buying experience, improvement requests, gaps, profit levers), and any characteristic without structured
 *     values: the 5 tags carried by passages of its answers with the most distinct respondents (ties: more passages,
 *     then name), "tag (n respondents)"; without tags "n answers, not yet tagged" (answers with words only).</li>
 * <li><b>Most profitable segment</b>: from the metrics, the segment with the highest CLV and the one with the highest
 *     total gross margin, with the figures; supporting = its active customers, considered = all active customers;
 *     every ranked segment is customer-data evidence. Without a CLV the text rule applies.</li>
 * </ul>
 * {@code supporting} counts the respondents (customers for the segment; answers for medians and NPS) behind the
 * shown items, {@code considered} those who gave a value at all; {@code audiences} are the audiences of the
 * supporting answers. Evidence: starred quotes, then other coded passages of the characteristic's answers, then the
 * answers (supporting ones first, each by date), then customer data. Coverage counts the distinct respondents of the
 * characteristic's audience with an answer, against {@link Characteristic#RESPONDENTS_NEEDED}, and the answers of all
 * audiences.
 */
public final class ProposalEngine {

    static final int MAX_VALUES = 3;
    static final int MAX_ITEMS = 5;
    private static final int EXCERPT_LENGTH = 200;
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Set<Characteristic> TEXT_CHARACTERISTICS = EnumSet.of(Characteristic.GOALS,
            Characteristic.WHY_THEY_BUY, Characteristic.DECISIVE_FEATURES, Characteristic.BUYING_COMMITTEE,
            Characteristic.OBJECTIONS, Characteristic.BUYING_EXPERIENCE, Characteristic.WHY_THEY_STAY,
            Characteristic.IMPROVEMENT_REQUESTS, Characteristic.GAPS, Characteristic.PROFIT_LEVERS);
    private static final Map<Characteristic, String> FIRMOGRAPHIC_PARTS = Map.of(Characteristic.INDUSTRY, "industry",
            Characteristic.COMPANY_SIZE, "sizeBand", Characteristic.REVENUE_BAND, "revenueBand",
            Characteristic.GEOGRAPHY, "region");

    /** Duration units as the runner stores them, longest first, with their length in days. */
    private static final Map<String, BigDecimal> DAYS_PER_UNIT = new LinkedHashMap<>();

    static {
        DAYS_PER_UNIT.put("YEARS", new BigDecimal("365.25"));
        DAYS_PER_UNIT.put("MONTHS", new BigDecimal("30.4375"));
        DAYS_PER_UNIT.put("WEEKS", BigDecimal.valueOf(7));
        DAYS_PER_UNIT.put("DAYS", BigDecimal.ONE);
    }

    private ProposalEngine() {
    }

    /** One proposal per characteristic, in the enum's order. */
    public static List<Proposal> propose(PortraitInputs inputs, CustomerMetricsReport metrics, Messages messages) {
        return new Computation(inputs, metrics, messages).proposals();
    }

    /** One answer to one question naming a characteristic, with who gave it and its structured values. */
    private record Given(PortraitInputs.Interview interview, Question question, PortraitInputs.InterviewAnswer answer,
            Map<String, Object> values) {

        long respondent() {
            return interview.respondentId();
        }

        String text() {
            return answer.answer().text();
        }
    }

    /** A counted item: its display text, its match value, and who named it. */
    private static final class Item {
        final String label;
        final String matchValue;
        final Set<Long> respondents = new LinkedHashSet<>();
        final Set<Long> answers = new HashSet<>();
        int mentions;

        Item(String label, String matchValue) {
            this.label = label;
            this.matchValue = matchValue;
        }
    }

    /** What one field (or the firmographics part, or the tags) says about a characteristic. */
    private record Fragment(String text, List<String> matchValues, int supporting, int considered, Set<Long> supportingAnswers,
            Map<Long, String> valueTexts) {
    }

    private static final class Computation {

        private final PortraitInputs inputs;
        private final CustomerMetricsReport metrics;
        private final Messages messages;
        private final Language language;
        private final Map<Characteristic, List<Given>> given = new EnumMap<>(Characteristic.class);
        private final Map<Long, List<CodedPassage>> passagesByAnswer = new HashMap<>();
        private final Map<Long, Tag> tags = new HashMap<>();
        private final Map<Long, PortraitInputs.Interview> interviews = new HashMap<>();
        /** Parsed patterns: a recompute formats tens of thousands of texts, and parsing each anew dominated it. */
        private final Map<String, MessageFormat> patterns = new HashMap<>();
        private final Map<Integer, NumberFormat> numberFormats = new HashMap<>();
        private final Map<Long, String> excerpts = new HashMap<>();

        Computation(PortraitInputs inputs, CustomerMetricsReport metrics, Messages messages) {
            this.inputs = inputs;
            this.metrics = metrics;
            this.messages = messages;
            this.language = messages.language();
            inputs.interviews().forEach(interview -> interviews.put(interview.id(), interview));
            inputs.tags().forEach(tag -> tags.put(tag.id(), tag));
            inputs.passages().forEach(passage -> passagesByAnswer.computeIfAbsent(passage.answerId(), id -> new ArrayList<>()).add(passage));
            for (PortraitInputs.InterviewAnswer answer : inputs.answers()) {
                Question question = inputs.questions().get(answer.answer().questionId());
                PortraitInputs.Interview interview = interviews.get(answer.interviewId());
                if (question == null || interview == null || question.characteristics().isEmpty()
                        || !answer.answer().isAnswered() || answer.answer().notAsked()) {
                    continue;
                }
                Map<String, Object> values = question.fields().isEmpty() ? Map.of() : StructuredValues.read(answer.answer().structuredValue());
                Given one = new Given(interview, question, answer, values);
                for (String name : question.characteristics()) {
                    Characteristic.named(name).ifPresent(characteristic ->
                            given.computeIfAbsent(characteristic, key -> new ArrayList<>()).add(one));
                }
            }
            given.values().forEach(list -> list.sort(Comparator.comparing((Given g) -> g.interview().date())
                    .thenComparing(g -> g.interview().id()).thenComparing(g -> g.question().position())));
        }

        private String text(String key, Object... arguments) {
            MessageFormat format = patterns.computeIfAbsent(key, k -> {
                try {
                    return new MessageFormat(messages.bundle().getString(k), language.locale());
                } catch (MissingResourceException e) {
                    return null;
                }
            });
            return format == null ? "!" + key + "!" : format.format(arguments);
        }

        private String plural(String noun, long count) {
            return text("plural." + noun + "." + PluralForm.of(language, count).key(), count);
        }

        List<Proposal> proposals() {
            List<Proposal> proposals = new ArrayList<>();
            for (Characteristic characteristic : Characteristic.values()) {
                proposals.add(propose(characteristic, given.getOrDefault(characteristic, List.of())));
            }
            return proposals;
        }

        private Proposal propose(Characteristic characteristic, List<Given> answers) {
            Coverage coverage = coverage(characteristic, answers);
            List<Evidence> customerEvidence = new ArrayList<>();
            Fragment fragment = null;
            if (characteristic == Characteristic.MOST_PROFITABLE_SEGMENT) {
                Optional<Proposal> segment = profitableSegment(answers, coverage);
                if (segment.isPresent()) {
                    return segment.get();
                }
            } else if (FIRMOGRAPHIC_PARTS.containsKey(characteristic)) {
                fragment = firmographic(FIRMOGRAPHIC_PARTS.get(characteristic), answers);
                customerEvidence.addAll(customerDistribution(characteristic, answers));
            } else if (!TEXT_CHARACTERISTICS.contains(characteristic)) {
                fragment = structured(answers);
                if (characteristic == Characteristic.LOYALTY) {
                    customerEvidence.addAll(customerNps());
                }
            }
            if (fragment == null || fragment.considered() == 0) {
                fragment = tagged(answers);
            }
            Set<Audience> audiences = EnumSet.noneOf(Audience.class);
            for (Given one : answers) {
                if (fragment.supportingAnswers().contains(one.answer().answerId())) {
                    audiences.add(one.interview().audience());
                }
            }
            List<Evidence> evidence = new ArrayList<>(answerEvidence(answers, fragment));
            evidence.addAll(customerEvidence);
            return new Proposal(characteristic, fragment.text(), fragment.matchValues(), fragment.supporting(),
                    fragment.considered(), audiences, evidence, coverage);
        }

        private Coverage coverage(Characteristic characteristic, List<Given> answers) {
            Set<Long> respondents = new HashSet<>();
            for (Given one : answers) {
                if (one.interview().audience() == characteristic.audience()) {
                    respondents.add(one.respondent());
                }
            }
            return new Coverage(characteristic.audience(), respondents.size(), Characteristic.RESPONDENTS_NEEDED, answers.size());
        }

        // ---- firmographics -------------------------------------------------------------------------------------

        private Fragment firmographic(String part, List<Given> answers) {
            Map<String, Item> items = new LinkedHashMap<>();
            Set<Long> considered = new HashSet<>();
            Map<Long, String> valueTexts = new HashMap<>();
            for (Given one : answers) {
                for (QuestionField field : one.question().fields()) {
                    if (field.type() != ValueType.FIRMOGRAPHICS || !(one.values().get(field.key()) instanceof Map<?, ?> map)) {
                        continue;
                    }
                    String raw = map.get(part) instanceof String text ? text.strip() : "";
                    if (raw.isEmpty()) {
                        continue;
                    }
                    String label = switch (part) {
                        case "sizeBand" -> optionLabel(field.sizeBands(), raw);
                        case "revenueBand" -> optionLabel(field.revenueBands(), raw);
                        default -> raw;
                    };
                    boolean keyed = !part.equals("industry") && !part.equals("region");
                    count(items, keyed ? raw : raw.toLowerCase(Locale.ROOT), label, raw, one);
                    considered.add(one.respondent());
                    valueTexts.put(one.answer().answerId(), label);
                }
            }
            return mostCommon(items, considered.size(), valueTexts);
        }

        private void count(Map<String, Item> items, String key, String label, String matchValue, Given one) {
            Item item = items.computeIfAbsent(key, k -> new Item(label, matchValue));
            item.respondents.add(one.respondent());
            item.answers.add(one.answer().answerId());
            item.mentions++;
        }

        /** Up to 3 values named by at least 2 respondents, else the most common one. */
        private Fragment mostCommon(Map<String, Item> items, int considered, Map<Long, String> valueTexts) {
            if (items.isEmpty()) {
                return empty();
            }
            List<Item> ranked = ranked(items.values());
            List<Item> shown = ranked.stream().filter(item -> item.respondents.size() >= 2).limit(MAX_VALUES).toList();
            if (shown.isEmpty()) {
                shown = List.of(ranked.getFirst());
            }
            List<String> texts = new ArrayList<>();
            for (Item item : shown) {
                texts.add(text("portrait.proposal.item", item.label, share(item.respondents.size(), considered)));
            }
            return fragment(String.join("; ", texts), shown.stream().map(item -> item.matchValue).toList(), shown,
                    considered, valueTexts);
        }

        private static List<Item> ranked(java.util.Collection<Item> items) {
            return items.stream().sorted(Comparator.comparing((Item item) -> -item.respondents.size())
                    .thenComparing(item -> -item.mentions)
                    .thenComparing(item -> item.label, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(item -> item.label)).toList();
        }

        private Fragment fragment(String text, List<String> matchValues, List<Item> shown, int considered,
                Map<Long, String> valueTexts) {
            Set<Long> respondents = new HashSet<>();
            Set<Long> supportingAnswers = new HashSet<>();
            for (Item item : shown) {
                respondents.addAll(item.respondents);
                supportingAnswers.addAll(item.answers);
            }
            return new Fragment(text, matchValues, respondents.size(), considered, supportingAnswers, valueTexts);
        }

        private static Fragment empty() {
            return new Fragment("", List.of(), 0, 0, Set.of(), Map.of());
        }

        private String optionLabel(List<FieldOption> options, String key) {
            for (FieldOption option : options) {
                if (option.key().equals(key)) {
                    return option.label().in(language);
                }
            }
            return key;
        }

        // ---- structured fields -----------------------------------------------------------------------------------

        private Fragment structured(List<Given> answers) {
            Map<String, QuestionField> fields = new LinkedHashMap<>();
            answers.stream().map(Given::question).distinct()
                    .sorted(Comparator.comparingInt(Question::position).thenComparing(Question::code))
                    .forEach(question -> question.fields().forEach(field -> fields.putIfAbsent(field.key(), field)));
            Fragment primary = null;
            List<String> others = new ArrayList<>();
            Map<Long, String> valueTexts = new HashMap<>();
            for (QuestionField field : fields.values()) {
                Fragment fragment = field(field, answers);
                if (fragment.considered() == 0) {
                    continue;
                }
                fragment.valueTexts().forEach((answerId, text) -> valueTexts.merge(answerId, text, (a, b) -> a + "; " + b));
                if (primary == null) {
                    primary = fragment;
                } else {
                    String label = field.label().in(language).strip().replaceAll("[?:]+$", "");
                    others.add(text("portrait.proposal.field", label, fragment.text()));
                }
            }
            if (primary == null) {
                return empty();
            }
            String text = others.isEmpty() ? primary.text() : primary.text() + "; " + String.join("; ", others);
            return new Fragment(text, primary.matchValues(), primary.supporting(), primary.considered(),
                    primary.supportingAnswers(), valueTexts);
        }

        private Fragment field(QuestionField field, List<Given> answers) {
            List<Given> withValue = answers.stream().filter(one -> hasValue(one.values().get(field.key()))).toList();
            if (withValue.isEmpty()) {
                return empty();
            }
            return switch (field.type()) {
                case DURATION -> duration(field.key(), withValue);
                case NUMBER -> median(field.key(), withValue, number -> number);
                case PERCENT -> median(field.key(), withValue, number -> text("portrait.proposal.percent", number));
                case MONEY -> money(field.key(), withValue);
                case SCALE -> nps(field.key(), withValue);
                case YESNO -> yesNo(field.key(), withValue);
                case CHOICE, TEXT -> choice(field, withValue);
                case MULTI -> multi(field, withValue);
                case FIRMOGRAPHICS -> empty();
            };
        }

        private static boolean hasValue(Object value) {
            return value != null && !(value instanceof String text && text.isBlank())
                    && !(value instanceof java.util.Collection<?> list && list.isEmpty())
                    && !(value instanceof Map<?, ?> map && map.isEmpty());
        }

        private Fragment choice(QuestionField field, List<Given> answers) {
            Map<String, Item> items = new LinkedHashMap<>();
            Set<Long> considered = new HashSet<>();
            Map<Long, String> valueTexts = new HashMap<>();
            for (Given one : answers) {
                String raw = String.valueOf(one.values().get(field.key())).strip();
                if (raw.isEmpty()) {
                    continue;
                }
                QuestionField own = ownField(one, field);
                String label = field.type() == ValueType.CHOICE ? optionLabel(own.options(), raw) : raw;
                count(items, field.type() == ValueType.CHOICE ? raw : raw.toLowerCase(Locale.ROOT), label, raw, one);
                considered.add(one.respondent());
                valueTexts.put(one.answer().answerId(), label);
            }
            return mostCommon(items, considered.size(), valueTexts);
        }

        private static QuestionField ownField(Given one, QuestionField fallback) {
            return one.question().fields().stream().filter(field -> field.key().equals(fallback.key())).findFirst().orElse(fallback);
        }

        private Fragment multi(QuestionField field, List<Given> answers) {
            Map<String, Item> items = new LinkedHashMap<>();
            Set<Long> considered = new HashSet<>();
            Map<Long, String> valueTexts = new HashMap<>();
            for (Given one : answers) {
                Object value = one.values().get(field.key());
                List<?> list = value instanceof List<?> l ? l : List.of(value);
                QuestionField own = ownField(one, field);
                List<String> labels = new ArrayList<>();
                for (Object element : list) {
                    String label;
                    String key;
                    if (field.catalogue()) {
                        Optional<Long> id = productId(element);
                        label = id.map(inputs.productNames()::get).orElse(null);
                        if (label == null) {
                            label = String.valueOf(element);
                        }
                        key = id.map(String::valueOf).orElse(label);
                        count(items, key, label, label, one);
                    } else {
                        key = String.valueOf(element);
                        label = optionLabel(own.options(), key);
                        count(items, key, label, key, one);
                    }
                    labels.add(label);
                }
                if (!labels.isEmpty()) {
                    considered.add(one.respondent());
                    valueTexts.put(one.answer().answerId(), String.join(", ", labels));
                }
            }
            if (items.isEmpty()) {
                return empty();
            }
            List<Item> shown = ranked(items.values()).stream().limit(MAX_ITEMS).toList();
            List<String> texts = shown.stream().map(item -> text("portrait.proposal.counted", item.label,
                    plural("respondents", item.respondents.size()))).toList();
            return fragment(String.join(", ", texts), shown.stream().map(item -> item.matchValue).toList(), shown,
                    considered.size(), valueTexts);
        }

        private static Optional<Long> productId(Object element) {
            if (element instanceof Number number) {
                return Optional.of(number.longValue());
            }
            if (element instanceof String text && text.strip().matches("\\d{1,18}")) {
                return Optional.of(Long.parseLong(text.strip()));
            }
            return Optional.empty();
        }

        private Fragment yesNo(String key, List<Given> answers) {
            Set<Long> yes = new HashSet<>();
            Set<Long> considered = new HashSet<>();
            Set<Long> yesAnswers = new HashSet<>();
            Map<Long, String> valueTexts = new HashMap<>();
            for (Given one : answers) {
                Object value = one.values().get(key);
                Boolean said = value instanceof Boolean flag ? flag
                        : value instanceof String text && text.strip().matches("(?i)true|false") ? Boolean.valueOf(text.strip()) : null;
                if (said == null) {
                    continue;
                }
                considered.add(one.respondent());
                valueTexts.put(one.answer().answerId(), text(said ? "portrait.proposal.answer.yes" : "portrait.proposal.answer.no"));
                if (said) {
                    yes.add(one.respondent());
                    yesAnswers.add(one.answer().answerId());
                }
            }
            if (considered.isEmpty()) {
                return empty();
            }
            return new Fragment(text("portrait.proposal.yes", share(yes.size(), considered.size())), List.of(),
                    yes.size(), considered.size(), yesAnswers, valueTexts);
        }

        private Fragment nps(String key, List<Given> answers) {
            int promoters = 0;
            int detractors = 0;
            Set<Long> counted = new HashSet<>();
            Map<Long, String> valueTexts = new HashMap<>();
            for (Given one : answers) {
                Optional<BigDecimal> score = decimal(one.values().get(key));
                if (score.isEmpty()) {
                    continue;
                }
                int value = score.get().intValue();
                promoters += value >= 9 ? 1 : 0;
                detractors += value <= 6 ? 1 : 0;
                counted.add(one.answer().answerId());
                valueTexts.put(one.answer().answerId(), format(score.get(), 0));
            }
            if (counted.isEmpty()) {
                return empty();
            }
            BigDecimal nps = BigDecimal.valueOf(promoters - detractors).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(counted.size()), 0, RoundingMode.HALF_UP);
            return new Fragment(text("portrait.proposal.nps", signed(nps),
                    plural("portrait.answers", counted.size())), List.of(), counted.size(), counted.size(),
                    counted, valueTexts);
        }

        private Fragment median(String key, List<Given> answers, Function<String, String> unit) {
            List<BigDecimal> values = new ArrayList<>();
            Set<Long> counted = new HashSet<>();
            Map<Long, String> valueTexts = new HashMap<>();
            for (Given one : answers) {
                Optional<BigDecimal> value = decimal(one.values().get(key));
                if (value.isPresent()) {
                    values.add(value.get());
                    counted.add(one.answer().answerId());
                    valueTexts.put(one.answer().answerId(), unit.apply(format(value.get(), 1)));
                }
            }
            if (values.isEmpty()) {
                return empty();
            }
            values.sort(null);
            String text = range(unit.apply(format(median(values), 1)), format(values.getFirst(), 1),
                    unit.apply(format(values.getLast(), 1)), values.getFirst().compareTo(values.getLast()) == 0, values.size());
            return new Fragment(text, List.of(), values.size(), values.size(), counted, valueTexts);
        }

        private String range(String median, String min, String max, boolean same, int count) {
            String answers = plural("portrait.answers", count);
            return same ? text("portrait.proposal.median.single", median, answers)
                    : text("portrait.proposal.median", median, min, max, answers);
        }

        private Fragment money(String key, List<Given> answers) {
            Map<String, Integer> currencies = new HashMap<>();
            for (Given one : answers) {
                if (one.values().get(key) instanceof Map<?, ?> map && decimal(map.get("amount")).isPresent()) {
                    currencies.merge(currencyOf(map), 1, Integer::sum);
                }
            }
            if (currencies.isEmpty()) {
                return median(key, answers, amount -> amount);
            }
            String currency = currencies.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .findFirst().orElseThrow().getKey();
            List<BigDecimal> values = new ArrayList<>();
            Set<Long> counted = new HashSet<>();
            Map<Long, String> valueTexts = new HashMap<>();
            String symbol = symbol(currency);
            for (Given one : answers) {
                if (one.values().get(key) instanceof Map<?, ?> map && currencyOf(map).equals(currency)) {
                    Optional<BigDecimal> amount = decimal(map.get("amount"));
                    if (amount.isPresent()) {
                        values.add(amount.get());
                        counted.add(one.answer().answerId());
                        valueTexts.put(one.answer().answerId(), text("portrait.proposal.money", format(amount.get(), 2), symbol));
                    }
                }
            }
            values.sort(null);
            String text = range(text("portrait.proposal.money", format(median(values), 2), symbol),
                    format(values.getFirst(), 2), text("portrait.proposal.money", format(values.getLast(), 2), symbol),
                    values.getFirst().compareTo(values.getLast()) == 0, values.size());
            return new Fragment(text, List.of(), values.size(), values.size(), counted, valueTexts);
        }

        private static String currencyOf(Map<?, ?> money) {
            return money.get("currency") instanceof String code ? code.strip().toUpperCase(Locale.ROOT) : "";
        }

        private String symbol(String code) {
            if (code.isEmpty()) {
                return "";
            }
            try {
                return Currency.getInstance(code).getSymbol(language.locale());
            } catch (IllegalArgumentException notIso) {
                return code;
            }
        }

        private Fragment duration(String key, List<Given> answers) {
            List<BigDecimal> days = new ArrayList<>();
            Map<String, Integer> units = new HashMap<>();
            Set<Long> counted = new HashSet<>();
            Map<Long, String> valueTexts = new HashMap<>();
            for (Given one : answers) {
                Object value = one.values().get(key);
                Map<?, ?> map = value instanceof Map<?, ?> m ? m : Map.of("amount", value);
                Optional<BigDecimal> amount = decimal(map.get("amount"));
                String unit = map.get("unit") instanceof String text ? text.strip().toUpperCase(Locale.ROOT) : "MONTHS";
                if (amount.isEmpty() || !DAYS_PER_UNIT.containsKey(unit)) {
                    continue;
                }
                days.add(amount.get().multiply(DAYS_PER_UNIT.get(unit)));
                units.merge(unit, 1, Integer::sum);
                counted.add(one.answer().answerId());
                valueTexts.put(one.answer().answerId(), inUnit(amount.get(), unit, false));
            }
            if (days.isEmpty()) {
                return empty();
            }
            String unit = DAYS_PER_UNIT.keySet().stream()
                    .max(Comparator.comparingInt((String u) -> units.getOrDefault(u, 0))
                            .thenComparing(u -> DAYS_PER_UNIT.get(u)))
                    .orElseThrow();
            BigDecimal length = DAYS_PER_UNIT.get(unit);
            days.sort(null);
            BigDecimal min = days.getFirst().divide(length, MC);
            BigDecimal max = days.getLast().divide(length, MC);
            boolean same = days.getFirst().compareTo(days.getLast()) == 0;
            String text = range(inUnit(median(days).divide(length, MC), unit, false), format(min, 1), inUnit(max, unit, true),
                    same, days.size());
            return new Fragment(text, List.of(), days.size(), days.size(), counted, valueTexts);
        }

        /** "3 months", or after "up to" ("до 6 месяцев") the form Russian needs there; fractions take their own form. */
        private String inUnit(BigDecimal amount, String unit, boolean upTo) {
            BigDecimal rounded = amount.setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
            String noun = "plural.portrait." + (upTo ? "unitUpTo." : "unit.") + unit;
            String text = format(rounded, 1);
            if (rounded.scale() > 0) {
                PluralForm form = language == Language.EN ? PluralForm.MANY : upTo ? PluralForm.ONE : PluralForm.FEW;
                return text(noun + "." + form.key(), text);
            }
            return text(noun + "." + PluralForm.of(language, rounded.longValueExact()).key(), text);
        }

        private static BigDecimal median(List<BigDecimal> sorted) {
            int size = sorted.size();
            return size % 2 == 1 ? sorted.get(size / 2)
                    : sorted.get(size / 2 - 1).add(sorted.get(size / 2)).divide(BigDecimal.valueOf(2), MC);
        }

        private static Optional<BigDecimal> decimal(Object value) {
            if (value instanceof BigDecimal number) {
                return Optional.of(number);
            }
            if (value instanceof Number number) {
                return Optional.of(new BigDecimal(number.toString()));
            }
            if (value instanceof String text) {
                try {
                    return Optional.of(new BigDecimal(text.strip().replace(',', '.')));
                } catch (NumberFormatException notANumber) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        private String format(BigDecimal number, int decimals) {
            return numberFormats.computeIfAbsent(decimals, digits -> {
                NumberFormat format = NumberFormat.getNumberInstance(language.locale());
                format.setRoundingMode(RoundingMode.HALF_UP);
                format.setMaximumFractionDigits(digits);
                return format;
            }).format(number);
        }

        private String signed(BigDecimal number) {
            String digits = format(number.abs(), 0);
            return number.signum() > 0 ? "+" + digits : number.signum() < 0 ? "\u2212" + digits : digits;
        }

        private String share(int part, int whole) {
            return text("portrait.proposal.share", part, plural("portrait.ofRespondents", whole));
        }

        // ---- tags ----------------------------------------------------------------------------------------------

        private Fragment tagged(List<Given> all) {
            List<Given> answers = all.stream().filter(one -> !excerpt(one).isEmpty()).toList();
            Map<String, Item> items = new LinkedHashMap<>();
            Set<Long> considered = new HashSet<>();
            for (Given one : answers) {
                considered.add(one.respondent());
                for (CodedPassage passage : passagesByAnswer.getOrDefault(one.answer().answerId(), List.of())) {
                    for (long tagId : passage.tagIds()) {
                        Tag tag = tags.get(tagId);
                        if (tag != null) {
                            count(items, Long.toString(tagId), tag.name(), tag.name(), one);
                        }
                    }
                }
            }
            if (answers.isEmpty()) {
                return empty();
            }
            if (items.isEmpty()) {
                return new Fragment(text("portrait.proposal.untagged", plural("portrait.answers", answers.size())),
                        List.of(), 0, considered.size(), Set.of(), Map.of());
            }
            List<Item> shown = ranked(items.values()).stream().limit(MAX_ITEMS).toList();
            List<String> texts = shown.stream().map(item -> text("portrait.proposal.counted", item.label,
                    plural("respondents", item.respondents.size()))).toList();
            return fragment(String.join(", ", texts), List.of(), shown, considered.size(), Map.of());
        }

        // ---- evidence ------------------------------------------------------------------------------------------

        private List<Evidence> answerEvidence(List<Given> answers, Fragment fragment) {
            List<Evidence> starred = new ArrayList<>();
            List<Evidence> quotes = new ArrayList<>();
            for (Given one : answers) {
                for (CodedPassage passage : passagesByAnswer.getOrDefault(one.answer().answerId(), List.of())) {
                    Evidence evidence = evidence(passage.starred() ? Evidence.Kind.STARRED_QUOTE : Evidence.Kind.QUOTE,
                            one, passage.text());
                    (passage.starred() ? starred : quotes).add(evidence);
                }
            }
            List<Evidence> supporting = new ArrayList<>();
            List<Evidence> others = new ArrayList<>();
            for (Given one : answers) {
                String value = fragment.valueTexts().getOrDefault(one.answer().answerId(), "");
                String excerpt = excerpt(one);
                String text = value.isEmpty() ? excerpt : excerpt.isEmpty() ? value
                        : text("portrait.proposal.evidence.valueAndText", value, excerpt);
                (fragment.supportingAnswers().contains(one.answer().answerId()) ? supporting : others)
                        .add(evidence(Evidence.Kind.ANSWER, one, text));
            }
            List<Evidence> all = new ArrayList<>(starred);
            all.addAll(quotes);
            all.addAll(supporting);
            all.addAll(others);
            return all;
        }

        private static Evidence evidence(Evidence.Kind kind, Given one, String text) {
            PortraitInputs.Interview interview = one.interview();
            return new Evidence(kind, interview.id(), one.question().code(), interview.audience(), interview.respondentName(),
                    interview.respondentRole(), interview.respondentCompany(), interview.date(), text,
                    interview.respondentConsented());
        }

        private String excerpt(Given one) {
            return excerpts.computeIfAbsent(one.answer().answerId(), id -> cut(one));
        }

        private static String cut(Given one) {
            String text = one.text().strip();
            if (text.isEmpty()) {
                List<String> said = new ArrayList<>();
                for (QuestionField field : one.question().fields()) {
                    if (field.type() == ValueType.TEXT && one.values().get(field.key()) instanceof String value && !value.isBlank()) {
                        said.add(value.strip());
                    }
                }
                text = String.join(" / ", said);
            }
            if (text.length() <= EXCERPT_LENGTH) {
                return text;
            }
            int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
            return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH).strip() + "…";
        }

        private Evidence customerData(String text) {
            return new Evidence(Evidence.Kind.CUSTOMER_DATA, 0, "", null, "", "", "", metrics.analysisDate(), text, false);
        }

        private List<CustomerData> activeCustomers() {
            return inputs.customers().stream().filter(c -> CustomerMetrics.isActive(c, metrics.analysisDate())).toList();
        }

        /** The active customers' spread of the firmographic value, and its most common value in the best segment. */
        private List<Evidence> customerDistribution(Characteristic characteristic, List<Given> answers) {
            Function<CustomerData, String> value = switch (characteristic) {
                case INDUSTRY -> CustomerData::industry;
                case COMPANY_SIZE -> CustomerData::sizeBand;
                case GEOGRAPHY -> CustomerData::region;
                default -> null;
            };
            if (value == null) {
                return List.of();
            }
            List<FieldOption> bands = answers.stream().flatMap(one -> one.question().fields().stream())
                    .filter(field -> field.type() == ValueType.FIRMOGRAPHICS).findFirst()
                    .map(QuestionField::sizeBands).orElse(List.of());
            Function<String, String> label = characteristic == Characteristic.COMPANY_SIZE ? key -> optionLabel(bands, key) : key -> key;
            List<CustomerData> active = activeCustomers();
            List<Evidence> evidence = new ArrayList<>();
            List<Map.Entry<String, Integer>> spread = spread(active, value);
            for (Map.Entry<String, Integer> entry : spread.stream().limit(MAX_ITEMS).toList()) {
                evidence.add(customerData(text("portrait.proposal.customers.value", label.apply(entry.getKey()),
                        customerShare(entry.getValue(), active.size()))));
            }
            bestSegment().ifPresent(segment -> {
                List<CustomerData> members = active.stream().filter(c -> CustomerMetrics.segmentOf(c).equals(segment)).toList();
                List<Map.Entry<String, Integer>> top = spread(members, value);
                if (!top.isEmpty()) {
                    evidence.add(customerData(text("portrait.proposal.customers.bestSegment", segmentName(segment),
                            label.apply(top.getFirst().getKey()), customerShare(top.getFirst().getValue(), members.size()))));
                }
            });
            return evidence;
        }

        private static List<Map.Entry<String, Integer>> spread(List<CustomerData> customers, Function<CustomerData, String> value) {
            Map<String, Integer> counts = new HashMap<>();
            for (CustomerData customer : customers) {
                String text = value.apply(customer);
                if (text != null && !text.isBlank()) {
                    counts.merge(text.strip(), 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).toList();
        }

        private String customerShare(int part, int whole) {
            return text("portrait.proposal.share", part, plural("portrait.ofCustomers", whole));
        }

        private Optional<String> bestSegment() {
            return metrics.segmentsByClv().stream().filter(name -> segment(name).flatMap(SegmentMetrics::clv).isPresent()).findFirst();
        }

        private Optional<SegmentMetrics> segment(String name) {
            return metrics.segments().stream().filter(s -> s.segment().equals(name)).findFirst();
        }

        private String segmentName(String segment) {
            return segment.isEmpty() ? text("portrait.proposal.noSegment") : segment;
        }

        private List<Evidence> customerNps() {
            SegmentMetrics project = metrics.project();
            if (project.nps().isEmpty() || project.npsResponses() == 0) {
                return List.of();
            }
            return List.of(customerData(text("portrait.proposal.customers.nps", signed(project.nps().get()),
                    plural("portrait.ofCustomers", project.npsResponses()))));
        }

        // ---- most profitable segment ---------------------------------------------------------------------------

        private Optional<Proposal> profitableSegment(List<Given> answers, Coverage coverage) {
            Optional<String> byClv = bestSegment();
            if (byClv.isEmpty()) {
                return Optional.empty();
            }
            SegmentMetrics clv = segment(byClv.get()).orElseThrow();
            SegmentMetrics margin = metrics.segmentsByGrossMargin().stream().map(this::segment).flatMap(Optional::stream)
                    .findFirst().orElse(clv);
            String text = clv.segment().equals(margin.segment())
                    ? text("portrait.proposal.segment.both", segmentName(clv.segment()), money(clv.clv()),
                            money(Optional.of(clv.totalGrossMargin())))
                    : text("portrait.proposal.segment.split", segmentName(clv.segment()), money(clv.clv()),
                            segmentName(margin.segment()), money(Optional.of(margin.totalGrossMargin())));
            List<String> matchValues = new ArrayList<>(List.of(clv.segment()));
            if (!margin.segment().equals(clv.segment())) {
                matchValues.add(margin.segment());
            }
            matchValues.removeIf(String::isEmpty);
            Fragment none = new Fragment("", List.of(), 0, 0, Set.of(), Map.of());
            List<Evidence> evidence = new ArrayList<>(answerEvidence(answers, none));
            for (String name : metrics.segmentsByClv()) {
                segment(name).ifPresent(s -> evidence.add(customerData(text("portrait.proposal.customers.segment",
                        segmentName(s.segment()), money(s.clv()), money(Optional.of(s.totalGrossMargin())),
                        plural("portrait.activeCustomers", s.activeCustomers())))));
            }
            return Optional.of(new Proposal(Characteristic.MOST_PROFITABLE_SEGMENT, text, matchValues, clv.activeCustomers(),
                    metrics.project().activeCustomers(), Set.of(), evidence, coverage));
        }

        private String money(Optional<BigDecimal> amount) {
            return amount.map(value -> format(value, 0)).orElseGet(() -> text("portrait.proposal.unknown"));
        }
    }
}
