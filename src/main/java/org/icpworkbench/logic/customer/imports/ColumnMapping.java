package org.icpworkbench.logic.customer.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which source column (0-based index) feeds which {@link CustomerField}. Immutable; a column feeds at most one
 * field. Serialised as JSON with each column's header, so a saved mapping can be applied to another export with
 * the same headers in a different order ({@link #applyTo}).
 */
public final class ColumnMapping {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    private final Map<CustomerField, Integer> columns;
    private final Map<CustomerField, String> headers;

    private ColumnMapping(Map<CustomerField, Integer> columns, Map<CustomerField, String> headers) {
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        this.headers = Collections.unmodifiableMap(new EnumMap<>(headers));
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(new EnumMap<>(CustomerField.class), new EnumMap<>(CustomerField.class));
    }

    /** A mapping from field to column index, remembering each column's header from {@code header}. */
    public static ColumnMapping of(Map<CustomerField, Integer> columns, List<String> header) {
        ColumnMapping mapping = empty();
        for (Map.Entry<CustomerField, Integer> entry : columns.entrySet()) {
            mapping = mapping.with(entry.getKey(), entry.getValue(), header);
        }
        return mapping;
    }

    /** This mapping with {@code field} fed by column {@code index} (any other field on that column is unmapped). */
    public ColumnMapping with(CustomerField field, int index, List<String> header) {
        if (index < 0) {
            throw new IllegalArgumentException("column index " + index);
        }
        Map<CustomerField, Integer> newColumns = new EnumMap<>(CustomerField.class);
        Map<CustomerField, String> newHeaders = new EnumMap<>(CustomerField.class);
        newColumns.putAll(columns);
        newHeaders.putAll(headers);
        newColumns.entrySet().removeIf(e -> e.getValue() == index);
        newHeaders.keySet().retainAll(newColumns.keySet());
        newColumns.put(field, index);
        newHeaders.put(field, index < header.size() ? header.get(index).strip() : "");
        return new ColumnMapping(newColumns, newHeaders);
    }

    /** This mapping without {@code field}. */
    public ColumnMapping without(CustomerField field) {
        Map<CustomerField, Integer> newColumns = new EnumMap<>(CustomerField.class);
        Map<CustomerField, String> newHeaders = new EnumMap<>(CustomerField.class);
        newColumns.putAll(columns);
        newHeaders.putAll(headers);
        newColumns.remove(field);
        newHeaders.remove(field);
        return new ColumnMapping(newColumns, newHeaders);
    }

    public OptionalInt column(CustomerField field) {
        Integer index = columns.get(field);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    /** The field column {@code index} feeds, if any. */
    public Optional<CustomerField> field(int index) {
        return columns.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst();
    }

    public Map<CustomerField, Integer> columns() {
        return columns;
    }

    /** The header each mapped column had when the mapping was made. */
    public Map<CustomerField, String> headers() {
        return headers;
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    /**
     * This mapping for a file with {@code header}: each field goes to the column with the same header (ignoring
     * case and surrounding spaces), else stays on its index if that column has the same header or the mapping
     * recorded none; fields whose column is not found, or whose header two columns share, are dropped.
     */
    public ColumnMapping applyTo(List<String> header) {
        ColumnMapping result = empty();
        for (Map.Entry<CustomerField, Integer> entry : columns.entrySet()) {
            String wanted = headers.getOrDefault(entry.getKey(), "");
            int found = -1;
            if (!wanted.isEmpty()) {
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).strip().equalsIgnoreCase(wanted)) {
                        // a header shared by two columns names neither: the import reports it
                        found = found < 0 ? i : Integer.MAX_VALUE;
                    }
                }
                found = found == Integer.MAX_VALUE ? -1 : found;
            } else if (entry.getValue() < header.size()) {
                found = entry.getValue();
            }
            if (found >= 0) {
                result = result.with(entry.getKey(), found, header);
            }
        }
        return result;
    }

    /** {@code {"version":1,"columns":{"NAME":{"index":0,"header":"Компания"},…}}} */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ObjectNode map = root.putObject("columns");
        for (Map.Entry<CustomerField, Integer> entry : columns.entrySet()) {
            ObjectNode column = map.putObject(entry.getKey().name());
            column.put("index", entry.getValue());
            column.put("header", headers.getOrDefault(entry.getKey(), ""));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a mapping written by {@link #toJson}; unknown fields are skipped.
     *
     * @throws IllegalArgumentException when {@code json} is not such a mapping
     */
    public static ColumnMapping fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("not a column mapping: " + e.getMessage(), e);
        }
        if (root == null || !root.path("columns").isObject()) {
            throw new IllegalArgumentException("not a column mapping");
        }
        Map<CustomerField, Integer> newColumns = new EnumMap<>(CustomerField.class);
        Map<CustomerField, String> newHeaders = new EnumMap<>(CustomerField.class);
        for (Map.Entry<String, JsonNode> entry : root.get("columns").properties()) {
            CustomerField field;
            try {
                field = CustomerField.valueOf(entry.getKey());
            } catch (IllegalArgumentException e) {
                continue;
            }
            JsonNode index = entry.getValue().path("index");
            if (!index.canConvertToInt() || index.asInt() < 0 || newColumns.containsValue(index.asInt())) {
                throw new IllegalArgumentException("bad column index for " + field);
            }
            newColumns.put(field, index.asInt());
            newHeaders.put(field, entry.getValue().path("header").asText(""));
        }
        return new ColumnMapping(newColumns, newHeaders);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping that && columns.equals(that.columns) && headers.equals(that.headers);
    }

    @Override
    public int hashCode() {
        return columns.hashCode() * 31 + headers.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + columns;
    }
}
