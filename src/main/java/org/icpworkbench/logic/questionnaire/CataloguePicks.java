package org.icpworkbench.logic.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.icpworkbench.model.questionnaire.QuestionField;

/**
 * The product picks inside an answer's structured value: the values of its question's catalogue fields, which name
 * products by id. A pick is read the way the application shows it (a number, or a text of digits, alone or in a
 * list); other elements of a catalogue field are typed text and are no reference. Used to translate picks between
 * database ids and archive-local ids, and to check them.
 */
public final class CataloguePicks {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final String DIGITS = "\\s*\\d{1,18}\\s*";

    private CataloguePicks() {
    }

    /** One pick: where it sits inside the structured value ({@code products[0]}, or {@code products}) and its id. */
    public record Pick(String path, long id) {
    }

    /** The keys of the catalogue fields among a question's fields (stored JSON); empty when there are none. */
    public static Set<String> catalogueKeys(String fieldsJson) {
        return QuestionnaireJson.readFields(fieldsJson).stream().filter(QuestionField::catalogue)
                .map(QuestionField::key).collect(Collectors.toUnmodifiableSet());
    }

    /** The picks of the catalogue fields {@code keys}, in the order of the value; none when it is not a JSON object. */
    public static List<Pick> picks(String structuredValue, Set<String> keys) {
        List<Pick> picks = new ArrayList<>();
        parse(structuredValue, keys).ifPresent(object -> object.properties().forEach(property -> {
            if (!keys.contains(property.getKey())) {
                return;
            }
            JsonNode value = property.getValue();
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    String path = property.getKey() + "[" + i + "]";
                    id(value.get(i)).ifPresent(id -> picks.add(new Pick(path, id)));
                }
            } else {
                id(value).ifPresent(id -> picks.add(new Pick(property.getKey(), id)));
            }
        }));
        return picks;
    }

    /**
     * The structured value with every pick replaced by {@code map(id)}, a pick the map has no id for left out, and
     * everything else as it was. A value without picks is returned unchanged, character for character.
     */
    public static String remap(String structuredValue, Set<String> keys, LongFunction<OptionalLong> map) {
        Optional<ObjectNode> parsed = parse(structuredValue, keys);
        if (parsed.isEmpty() || picks(structuredValue, keys).isEmpty()) {
            return structuredValue;
        }
        ObjectNode object = parsed.get();
        for (String key : keys) {
            JsonNode value = object.get(key);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                ArrayNode mapped = object.putArray(key);
                value.forEach(element -> mapped(element, map).ifPresent(mapped::add));
            } else {
                Optional<JsonNode> mapped = mapped(value, map);
                if (mapped.isPresent()) {
                    object.set(key, mapped.get());
                } else {
                    object.remove(key);
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The element mapped, kept in its kind (number or text); empty for a pick without a counterpart. */
    private static Optional<JsonNode> mapped(JsonNode element, LongFunction<OptionalLong> map) {
        OptionalLong id = id(element);
        if (id.isEmpty()) {
            return Optional.of(element);
        }
        OptionalLong target = map.apply(id.getAsLong());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(element.isTextual() ? TextNode.valueOf(Long.toString(target.getAsLong()))
                : JsonNodeFactory.instance.numberNode(target.getAsLong()));
    }

    /** The product id an element names, as the application reads it; -1 for a number no id can be. */
    private static OptionalLong id(JsonNode element) {
        if (element.isNumber()) {
            return OptionalLong.of(element.canConvertToLong() ? element.longValue() : -1);
        }
        if (element.isTextual() && element.asText().matches(DIGITS)) {
            return OptionalLong.of(Long.parseLong(element.asText().strip()));
        }
        return OptionalLong.empty();
    }

    private static Optional<ObjectNode> parse(String structuredValue, Set<String> keys) {
        if (keys.isEmpty() || structuredValue == null || structuredValue.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(structuredValue);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
