package org.icpworkbench.logic.interview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Structured answers as stored: a JSON object of field key to a plain value, list or object. */
public final class StructuredValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StructuredValues() {
    }

    public static Map<String, Object> read(String json) {
        if (json == null || json.isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored structured value is not valid JSON", e);
        }
    }

    public static String write(Map<String, Object> values) {
        Map<String, Object> present = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null && !(value instanceof String text && text.isBlank())
                    && !(value instanceof java.util.Collection<?> list && list.isEmpty())
                    && !(value instanceof Map<?, ?> map && map.isEmpty())) {
                present.put(key, value);
            }
        });
        try {
            return MAPPER.writeValueAsString(present);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
