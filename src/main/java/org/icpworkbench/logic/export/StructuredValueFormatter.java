package org.icpworkbench.logic.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an answer's structured value (a JSON object keyed by field key) into labelled lines in the
 * reader's language: option labels instead of keys, product names instead of ids, "6 weeks" / «6 недель»,
 * money with its currency. Fields the answer leaves empty are left out; a value of an unexpected shape is
 * shown as it is stored rather than dropped.
 */
final class StructuredValueFormatter {

    private static final Logger LOG = LoggerFactory.getLogger(StructuredValueFormatter.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> FIRMOGRAPHICS = List.of("industry", "sizeBand", "revenueBand", "region");

    private final ExportTexts texts;
    private final Map<Long, String> productNames;

    StructuredValueFormatter(ExportTexts texts, Map<Long, String> productNames) {
        this.texts = texts;
        this.productNames = Map.copyOf(productNames);
    }

    List<ValueLine> lines(Question question, String structuredValue) {
        JsonNode values = parse(question, structuredValue);
        List<ValueLine> lines = new ArrayList<>();
        for (QuestionField field : question.fields()) {
            JsonNode value = values.get(field.key());
            if (isEmpty(value)) {
                continue;
            }
            String label = field.label().in(texts.language());
            switch (field.type()) {
                case FIRMOGRAPHICS -> lines.addAll(firmographics(field, value));
                case MULTI -> addList(lines, label, value, field);
                case CHOICE -> addList(lines, label, value, field);
                default -> single(field, value).ifPresent(text -> lines.add(ValueLine.of(label, text)));
            }
        }
        return lines;
    }

    private JsonNode parse(Question question, String structuredValue) {
        if (structuredValue == null || structuredValue.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(structuredValue);
            return node != null && node.isObject() ? node : MAPPER.createObjectNode();
        } catch (JsonProcessingException e) {
            LOG.warn("Structured value of question {} is not JSON ({}); left out of the export", question.code(), e.getOriginalMessage());
            return MAPPER.createObjectNode();
        }
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode()
                || value.isTextual() && value.asText().isBlank()
                || value.isContainerNode() && value.isEmpty();
    }

    private Optional<String> single(QuestionField field, JsonNode value) {
        return switch (field.type()) {
            case NUMBER, SCALE -> Optional.of(number(value));
            case PERCENT -> Optional.of(texts.get("value.percent", number(value)));
            case YESNO -> Optional.of(yesNo(value));
            case DURATION -> duration(value);
            case MONEY -> money(value);
            default -> Optional.of(plain(value));
        };
    }

    private void addList(List<ValueLine> lines, String label, JsonNode value, QuestionField field) {
        List<String> items = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> items.add(field.catalogue() ? product(item) : option(field.options(), item)));
        } else {
            items.add(field.catalogue() ? product(value) : option(field.options(), value));
        }
        lines.add(new ValueLine(label, items));
    }

    private List<ValueLine> firmographics(QuestionField field, JsonNode value) {
        if (!value.isObject()) {
            return List.of(ValueLine.of(field.label().in(texts.language()), plain(value)));
        }
        List<ValueLine> lines = new ArrayList<>();
        for (String part : FIRMOGRAPHICS) {
            JsonNode partValue = value.get(part);
            if (isEmpty(partValue)) {
                continue;
            }
            String text = switch (part) {
                case "sizeBand" -> option(field.sizeBands(), partValue);
                case "revenueBand" -> option(field.revenueBands(), partValue);
                default -> plain(partValue);
            };
            lines.add(ValueLine.of(texts.get("firmographics." + part), text));
        }
        return lines;
    }

    private String option(List<FieldOption> options, JsonNode key) {
        String text = key.asText();
        return options.stream().filter(option -> option.key().equals(text)).findFirst()
                .map(option -> option.label().in(texts.language())).orElse(text);
    }

    private String product(JsonNode id) {
        if (id.canConvertToLong() || id.isTextual() && id.asText().matches("\\d{1,18}")) {
            long productId = id.asLong();
            String name = productNames.get(productId);
            return name != null ? name : texts.get("value.unknownProduct", Long.toString(productId));
        }
        return plain(id);
    }

    private String yesNo(JsonNode value) {
        if (value.isBoolean() || value.isTextual() && value.asText().matches("(?i)true|false")) {
            return texts.get(value.asBoolean() || "true".equalsIgnoreCase(value.asText()) ? "value.yes" : "value.no");
        }
        return plain(value);
    }

    private Optional<String> duration(JsonNode value) {
        if (!value.isObject()) {
            return Optional.of(number(value));
        }
        Optional<BigDecimal> amount = decimal(value.get("amount"));
        if (amount.isEmpty()) {
            return isEmpty(value.get("amount")) ? Optional.empty() : Optional.of(plain(value));
        }
        String unit = value.path("unit").asText("").toUpperCase(Locale.ROOT);
        return Optional.of(texts.plural("unit." + unit, amount.get())
                .orElse((texts.number(amount.get()) + " " + value.path("unit").asText("")).strip()));
    }

    private Optional<String> money(JsonNode value) {
        if (!value.isObject()) {
            return Optional.of(number(value));
        }
        Optional<BigDecimal> amount = decimal(value.get("amount"));
        if (amount.isEmpty()) {
            return isEmpty(value.get("amount")) ? Optional.empty() : Optional.of(plain(value));
        }
        String formatted = texts.amount(amount.get());
        String code = value.path("currency").asText("").strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return Optional.of(formatted);
        }
        String symbol = texts.currencySymbol(code);
        return Optional.of(texts.get(symbol.equals(code) ? "value.money.code" : "value.money.symbol", formatted, symbol));
    }

    private String number(JsonNode value) {
        return decimal(value).map(texts::number).orElseGet(() -> plain(value));
    }

    private static Optional<BigDecimal> decimal(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNumber()) {
            return Optional.of(value.decimalValue());
        }
        if (value.isTextual()) {
            try {
                return Optional.of(new BigDecimal(value.asText().strip().replace(',', '.')));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A value of an unexpected shape, as stored: its text, or its JSON. */
    private static String plain(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
