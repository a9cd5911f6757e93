package org.icpworkbench.logic.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpworkbench.logic.customer.imports.CustomerTable;
import org.icpworkbench.logic.customer.imports.ImportProblem;
import org.icpworkbench.logic.customer.imports.Parsed;
import org.icpworkbench.logic.customer.imports.SourceRow;
import org.icpworkbench.logic.customer.imports.ValueParsers;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.ProspectData;

/**
 * Turns a table read by {@code CustomerFileReader} into prospects. Columns are guessed from Russian and English
 * headers as {@code MappingGuesser} does for customers (exact names first, then contained words, most specific
 * fields first, the name last). Rules: the name is required and unique in the file (ignoring case, repeated spaces
 * and ё/е); texts fit their columns; the budget is a number that is not negative; the decision maker and the channel
 * are an option of the questionnaire given by key, label (either language) or a common synonym; a head count
 * becomes a size band.
 */
public final class ProspectImportParser {

    public static final int MAX_NAME_LENGTH = 400;
    public static final int MAX_TEXT_LENGTH = 200;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}+]+");
    private static final Map<ProspectField, List<String>> NAMES = new LinkedHashMap<>();
    private static final Map<String, String> DECISION_MAKER_SYNONYMS = new HashMap<>();
    private static final Map<String, String> CHANNEL_SYNONYMS = new HashMap<>();

    static {
        NAMES.put(ProspectField.DECISION_MAKER, List.of("лпр", "лицо принимающее решение", "кто принимает решение",
                "принимает решение", "роль лпр", "decision maker", "final decision maker", "decision maker role",
                "dm role"));
        NAMES.put(ProspectField.CHANNEL, List.of("канал", "канал привлечения", "источник", "источник лида",
                "откуда пришел", "channel", "acquisition channel", "lead source", "source"));
        NAMES.put(ProspectField.ANNUAL_REVENUE, List.of("бюджет", "годовой бюджет", "потенциал", "годовая выручка",
                "выручка", "оборот", "сумма", "budget", "annual budget", "annual revenue", "revenue", "potential",
                "deal size", "amount"));
        NAMES.put(ProspectField.SIZE_BAND, List.of("размер компании", "численность", "число сотрудников",
                "количество сотрудников", "сотрудников", "штат", "размер", "number of employees", "employees",
                "company size", "headcount", "size"));
        NAMES.put(ProspectField.SEGMENT, List.of("сегмент", "тип клиента", "категория", "segment", "customer segment",
                "customer type"));
        NAMES.put(ProspectField.INDUSTRY, List.of("отрасль", "сфера деятельности", "сфера", "вид деятельности",
                "индустрия", "industry", "vertical"));
        NAMES.put(ProspectField.REGION, List.of("регион", "город", "страна", "область", "территория", "region",
                "city", "country", "state", "territory"));
        NAMES.put(ProspectField.NOTES, List.of("примечание", "примечания", "комментарий", "комментарии", "заметки",
                "описание", "notes", "note", "comment", "comments", "description"));
        NAMES.put(ProspectField.NAME, List.of("название компании", "наименование", "название", "компания",
                "потенциальный клиент", "лид", "клиент", "контрагент", "организация", "company name", "company",
                "account name", "account", "organization", "organisation", "prospect", "lead", "customer", "client",
                "name"));
        for (String text : List.of("ceo", "owner", "генеральный директор", "гендиректор", "собственник", "владелец",
                "директор", "founder", "основатель")) {
            DECISION_MAKER_SYNONYMS.put(text, "owner_ceo");
        }
        for (String text : List.of("финансовый директор", "финдиректор", "finance director", "финансы")) {
            DECISION_MAKER_SYNONYMS.put(text, "cfo");
        }
        for (String text : List.of("операционный директор", "operations director")) {
            DECISION_MAKER_SYNONYMS.put(text, "coo");
        }
        for (String text : List.of("cio", "ит директор", "it директор", "руководитель ит", "head of it", "it director",
                "cto", "it")) {
            DECISION_MAKER_SYNONYMS.put(text, "cio_it");
        }
        for (String text : List.of("закупки", "отдел закупок", "purchasing", "procurement")) {
            DECISION_MAKER_SYNONYMS.put(text, "procurement");
        }
        for (String text : List.of("inbound", "входящий", "входящие", "сайт", "website", "web", "поиск", "search",
                "seo", "контекст", "контекстная реклама")) {
            CHANNEL_SYNONYMS.put(text, "inbound_web");
        }
        for (String text : List.of("рекомендация", "рекомендации", "сарафан", "сарафанное радио", "referral",
                "recommendation", "word of mouth")) {
            CHANNEL_SYNONYMS.put(text, "referral");
        }
        for (String text : List.of("outbound", "исходящий", "исходящие", "холодный звонок", "холодные звонки",
                "cold call", "cold email", "рассылка")) {
            CHANNEL_SYNONYMS.put(text, "outbound");
        }
        for (String text : List.of("выставка", "мероприятие", "конференция", "event", "trade show", "conference")) {
            CHANNEL_SYNONYMS.put(text, "event");
        }
        for (String text : List.of("партнер", "партнеры", "partner", "partners", "reseller")) {
            CHANNEL_SYNONYMS.put(text, "partner");
        }
    }

    private ProspectImportParser() {
    }

    /** The column of each field guessed from the header; fields without a column are left out. */
    public static Map<ProspectField, Integer> guess(List<String> header) {
        return org.icpworkbench.logic.customer.imports.MappingGuesser.guessColumns(header, NAMES, ProspectField.class);
    }

    public static ProspectImportPlan parse(CustomerTable table) {
        List<ImportProblem> problems = new ArrayList<>();
        for (ImportProblem problem : table.problems()) {
            problems.add(problem.messageKey().equals("import.problem.file.noRows")
                    ? ImportProblem.file("scorecard.import.noRows") : problem);
        }
        Map<ProspectField, Integer> columns = guess(table.header());
        if (!table.header().isEmpty() && !columns.containsKey(ProspectField.NAME)) {
            problems.add(ImportProblem.file("scorecard.import.noNameColumn"));
        }
        if (!problems.isEmpty()) {
            return new ProspectImportPlan(List.of(), problems);
        }
        List<ProspectData> prospects = new ArrayList<>(table.rows().size());
        Map<String, Integer> names = new HashMap<>();
        for (SourceRow row : table.rows()) {
            new RowParser(table, columns, row, problems, names).parse().ifPresent(prospects::add);
        }
        problems.sort(Comparator.comparingInt(ImportProblem::row));
        return new ProspectImportPlan(problems.isEmpty() ? prospects : List.of(), problems);
    }

    /** The option key a cell names (key, label, or synonym), empty for a blank cell; a failure for anything else. */
    static Parsed<String> option(CriterionKind kind, String text) {
        if (text.isBlank()) {
            return Parsed.blank();
        }
        Optional<String> key = ScorecardOptions.keyOf(kind, text)
                .or(() -> Optional.ofNullable((kind == CriterionKind.DECISION_MAKER ? DECISION_MAKER_SYNONYMS
                        : CHANNEL_SYNONYMS).get(plain(text))));
        if (key.isPresent()) {
            return Parsed.of(key.get());
        }
        String allowed = String.join(", ", ScorecardOptions.of(kind).stream().map(FieldOption::key).toList());
        return Parsed.failure(kind == CriterionKind.DECISION_MAKER ? "scorecard.import.unknownDecisionMaker"
                : "scorecard.import.unknownChannel", shortened(text), allowed);
    }

    /** A head count ("120", "1 200") becomes a band of the questionnaire; any other text is kept as written. */
    static String sizeBand(String text) {
        return org.icpworkbench.logic.customer.imports.CustomerImportParser.sizeBand(text);
    }

    /** The cell text for a message, at most 60 characters. */
    private static String shortened(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }

    /** Lower case, ё as е, anything but letters, digits and "+" as single spaces (option labels such as "1000+"). */
    static String plain(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return NOT_WORD.matcher(lower).replaceAll(" ").strip();
    }

    private static final class RowParser {
        private final CustomerTable table;
        private final Map<ProspectField, Integer> columns;
        private final SourceRow row;
        private final List<ImportProblem> problems;
        private final Map<String, Integer> names;
        private boolean failed;

        RowParser(CustomerTable table, Map<ProspectField, Integer> columns, SourceRow row, List<ImportProblem> problems,
                Map<String, Integer> names) {
            this.table = table;
            this.columns = columns;
            this.row = row;
            this.problems = problems;
            this.names = names;
        }

        Optional<ProspectData> parse() {
            String name = text(ProspectField.NAME);
            if (name.isEmpty()) {
                problem(ProspectField.NAME, "scorecard.import.nameMissing");
            } else {
                Integer first = names.putIfAbsent(ScorecardCalculator.normalize(name), row.number());
                if (first != null) {
                    problem(ProspectField.NAME, "import.problem.name.duplicate", shortened(name),
                            String.valueOf(first));
                }
            }
            checkLength(ProspectField.NAME, MAX_NAME_LENGTH);
            for (ProspectField field : List.of(ProspectField.SEGMENT, ProspectField.INDUSTRY, ProspectField.SIZE_BAND,
                    ProspectField.REGION)) {
                checkLength(field, MAX_TEXT_LENGTH);
            }
            Optional<BigDecimal> revenue = value(ProspectField.ANNUAL_REVENUE,
                    ValueParsers.money(text(ProspectField.ANNUAL_REVENUE)));
            Optional<String> decisionMaker = value(ProspectField.DECISION_MAKER,
                    option(CriterionKind.DECISION_MAKER, text(ProspectField.DECISION_MAKER)));
            Optional<String> channel = value(ProspectField.CHANNEL, option(CriterionKind.CHANNEL, text(ProspectField.CHANNEL)));
            if (failed) {
                return Optional.empty();
            }
            return Optional.of(new ProspectData(name, text(ProspectField.SEGMENT), text(ProspectField.INDUSTRY),
                    sizeBand(text(ProspectField.SIZE_BAND)), text(ProspectField.REGION), revenue,
                    decisionMaker.orElse(""), channel.orElse(""), text(ProspectField.NOTES)));
        }

        private String text(ProspectField field) {
            Integer column = columns.get(field);
            return column == null ? "" : row.cell(column).strip();
        }

        private void checkLength(ProspectField field, int max) {
            int length = text(field).length();
            if (length > max) {
                problem(field, "import.problem.text.tooLong", String.valueOf(length), String.valueOf(max));
            }
        }

        private <T> Optional<T> value(ProspectField field, Parsed<T> parsed) {
            if (parsed.failed()) {
                problem(field, parsed.errorKey(), parsed.arguments().toArray(String[]::new));
            }
            return parsed.value();
        }

        private void problem(ProspectField field, String key, String... arguments) {
            failed = true;
            problems.add(ImportProblem.cell(row.number(), table.columnName(columns.getOrDefault(field, 0)), key, arguments));
        }
    }
}
