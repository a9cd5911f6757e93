package org.icpworkbench.logic.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.icpworkbench.model.portrait.PortraitSnapshot;

/**
 * The stored forms of portrait data: lists of match values, and a published version's snapshot. Unknown properties
 * are ignored so that a snapshot written by a newer release still opens.
 */
public final class PortraitJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PortraitJson() {
    }

    public static String writeList(List<String> values) {
        return write(values);
    }

    public static List<String> readList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return read(json, new TypeReference<List<String>>() { });
    }

    public static String writeSnapshot(PortraitSnapshot snapshot) {
        return write(snapshot);
    }

    public static PortraitSnapshot readSnapshot(String json) {
        return read(json, new TypeReference<PortraitSnapshot>() { });
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored portrait data is not valid JSON", e);
        }
    }
}
