package org.icpworkbench.logic.customer.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Guesses a {@link ColumnMapping} from a file's headers as HubSpot, amoCRM, Bitrix24 or a hand-made Excel sheet
 * names them, in Russian or English. Headers are compared in lower case, ё as е, with punctuation and symbols
 * ("Маржа, %", "NPS:") removed. First every header that equals a known name is taken; then, for the fields still
 * free, the first free header that contains a known word, most specific fields first (so "Дата ухода клиента" is
 * the churn date, not the name).
 */
public final class MappingGuesser {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    /** Known names per field, in the order fields are tried when matching by contained words. */
    private static final Map<CustomerField, List<String>> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put(CustomerField.CHURN_DATE, List.of("дата ухода", "дата оттока", "ушел", "дата расторжения",
                "дата отказа", "churn date", "churned", "churn", "date churned", "lost date", "дата потери"));
        NAMES.put(CustomerField.FIRST_PURCHASE, List.of("дата первой покупки", "первая покупка", "первой покупки",
                "первого заказа", "дата первого заказа", "дата закрытия", "дата начала сотрудничества",
                "first purchase date", "first purchase", "first order date", "first order", "close date",
                "became a customer date", "customer since", "start date"));
        NAMES.put(CustomerField.COST_TO_SERVE, List.of("стоимость обслуживания", "затраты на обслуживание",
                "расходы на обслуживание", "cost to serve", "cost of service", "service cost"));
        NAMES.put(CustomerField.GROSS_MARGIN, List.of("маржа", "маржинальность", "валовая маржа", "рентабельность",
                "gross margin", "margin"));
        NAMES.put(CustomerField.ANNUAL_REVENUE, List.of("годовая выручка", "выручка", "выручка за год", "оборот",
                "доход", "сумма продаж", "бюджет", "сумма", "annual revenue", "revenue", "arr", "amount",
                "total revenue"));
        NAMES.put(CustomerField.PURCHASES, List.of("число покупок", "количество покупок", "кол во покупок",
                "покупок", "количество заказов", "заказов", "сделок", "number of purchases", "purchases",
                "number of orders", "orders", "number of deals", "deals"));
        NAMES.put(CustomerField.NPS, List.of("nps", "net promoter score", "оценка nps", "индекс лояльности",
                "лояльность"));
        NAMES.put(CustomerField.SIZE_BAND, List.of("размер компании", "численность", "число сотрудников",
                "количество сотрудников", "сотрудников", "штат", "размер", "number of employees", "employees",
                "company size", "headcount", "size"));
        NAMES.put(CustomerField.STATUS, List.of("статус", "статус клиента", "этап", "стадия", "lifecycle stage",
                "status", "customer status", "stage"));
        NAMES.put(CustomerField.SEGMENT, List.of("сегмент", "тип клиента", "категория клиента", "категория",
                "segment", "customer segment", "customer type", "tier"));
        NAMES.put(CustomerField.INDUSTRY, List.of("отрасль", "сфера деятельности", "сфера", "вид деятельности",
                "индустрия", "industry", "vertical"));
        NAMES.put(CustomerField.REGION, List.of("регион", "город", "страна", "область", "территория", "region",
                "city", "country", "state region", "state", "territory"));
        NAMES.put(CustomerField.NOTES, List.of("примечание", "примечания", "комментарий", "комментарии", "заметки",
                "описание", "notes", "note", "comment", "comments", "description"));
        NAMES.put(CustomerField.NAME, List.of("название компании", "наименование", "название", "компания",
                "клиент", "контрагент", "организация", "наименование клиента", "имя клиента", "company name",
                "company", "account name", "account", "organization", "organisation", "customer", "client",
                "customer name", "client name", "name"));
    }

    private MappingGuesser() {
    }

    /** The guessed mapping; a field is left unmapped when its header is shared by several columns. */
    public static ColumnMapping guess(List<String> header) {
        Map<CustomerField, Integer> columns = guessColumns(header, NAMES, CustomerField.class);
        columns.values().removeIf(index -> sameHeader(header, index).size() > 1);
        return ColumnMapping.of(columns, header);
    }

    /**
     * The groups of two or more columns with the same header (after {@link #normalize}) that names a customer
     * field — the import cannot tell which of them is meant.
     */
    public static List<List<Integer>> ambiguousColumns(List<String> header) {
        List<List<Integer>> groups = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            List<Integer> group = sameHeader(header, i);
            if (group.size() > 1 && !seen.contains(i) && !guessColumns(List.of(header.get(i)), NAMES, CustomerField.class).isEmpty()) {
                groups.add(group);
            }
            seen.addAll(group);
        }
        return groups;
    }

    private static List<Integer> sameHeader(List<String> header, int index) {
        String name = normalize(header.get(index));
        List<Integer> same = new ArrayList<>();
        for (int i = 0; i < header.size() && !name.isEmpty(); i++) {
            if (normalize(header.get(i)).equals(name)) {
                same.add(i);
            }
        }
        return same;
    }

    /**
     * The column of each field from a header row: first exact matches of a known name (after {@link #normalize}),
     * then a known name as a whole word inside a header (or, for names of 5+ letters, anywhere in it); each column is
     * used once, fields in the order of {@code names}.
     */
    public static <F extends Enum<F>> Map<F, Integer> guessColumns(List<String> header, Map<F, List<String>> names,
            Class<F> type) {
        List<String> normal = header.stream().map(MappingGuesser::normalize).toList();
        Map<F, Integer> chosen = new EnumMap<>(type);
        List<Integer> taken = new ArrayList<>();
        for (Map.Entry<F, List<String>> entry : names.entrySet()) {
            for (int i = 0; i < normal.size(); i++) {
                if (!taken.contains(i) && entry.getValue().contains(normal.get(i))) {
                    chosen.put(entry.getKey(), i);
                    taken.add(i);
                    break;
                }
            }
        }
        for (Map.Entry<F, List<String>> entry : names.entrySet()) {
            if (chosen.containsKey(entry.getKey())) {
                continue;
            }
            search:
            for (int i = 0; i < normal.size(); i++) {
                if (taken.contains(i) || normal.get(i).isEmpty()) {
                    continue;
                }
                String padded = " " + normal.get(i) + " ";
                for (String name : entry.getValue()) {
                    if (padded.contains(" " + name + " ") || (name.length() >= 5 && normal.get(i).contains(name))) {
                        chosen.put(entry.getKey(), i);
                        taken.add(i);
                        break search;
                    }
                }
            }
        }
        return chosen;
    }

    /** Lower case, ё as е, anything but letters and digits as single spaces. */
    public static String normalize(String header) {
        String lower = header.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
        return NOT_WORD.matcher(lower).replaceAll(" ").strip();
    }
}
