package org.icpworkbench.logic.questionnaire;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.model.common.LocalizedText;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.QuestionnaireDefinition;
import org.icpworkbench.model.questionnaire.ValueType;

/** Reads and writes questionnaires and question fields as JSON. */
public final class QuestionnaireJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private QuestionnaireJson() {
    }

    record Text(String en, String ru) {
        LocalizedText toModel() {
            return new LocalizedText(en == null ? "" : en, ru == null ? "" : ru);
        }

        static Text of(LocalizedText text) {
            return new Text(text.en(), text.ru());
        }
    }

    record Option(String key, Text label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    record Field(String key, ValueType type, Text label, List<Option> options, Boolean catalogue,
                 List<Option> sizeBands, List<Option> revenueBands) {
    }

    record AudienceEntry(Audience key, Text name, Text description) {
    }

    record QuestionEntry(String code, Audience audience, String part, boolean optional, List<String> characteristics,
                         Text text, Text guidance, List<Field> fields) {
    }

    record Document(String key, int version, Text name, List<AudienceEntry> audiences, List<QuestionEntry> questions) {
    }

    public static QuestionnaireDefinition read(InputStream json) {
        try {
            Document document = MAPPER.readValue(json, Document.class);
            Map<Audience, LocalizedText> audiences = new EnumMap<>(Audience.class);
            document.audiences().forEach(entry -> audiences.put(entry.key(), entry.name().toModel()));
            List<QuestionEntry> entries = document.questions();
            List<Question> questions = new java.util.ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                QuestionEntry entry = entries.get(i);
                questions.add(new Question(0, entry.code(), i + 1, entry.audience(), Optional.ofNullable(entry.part()),
                        entry.optional(), entry.text().toModel(), entry.guidance().toModel(),
                        orEmpty(entry.characteristics()), toModel(orEmpty(entry.fields()))));
            }
            return new QuestionnaireDefinition(document.key(), document.version(), document.name().toModel(), audiences, questions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read questionnaire", e);
        }
    }

    public static String writeFields(List<QuestionField> fields) {
        try {
            return MAPPER.writeValueAsString(fields.stream().map(QuestionnaireJson::toJson).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<QuestionField> readFields(String json) {
        try {
            return toModel(MAPPER.readValue(json, new TypeReference<List<Field>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored question fields are not valid JSON", e);
        }
    }

    private static List<QuestionField> toModel(List<Field> fields) {
        return fields.stream().map(field -> new QuestionField(field.key(), field.type(), field.label().toModel(),
                options(field.options()), Boolean.TRUE.equals(field.catalogue()), options(field.sizeBands()),
                options(field.revenueBands()))).toList();
    }

    private static Field toJson(QuestionField field) {
        return new Field(field.key(), field.type(), Text.of(field.label()), json(field.options()),
                field.catalogue() ? Boolean.TRUE : null, json(field.sizeBands()), json(field.revenueBands()));
    }

    private static List<FieldOption> options(List<Option> options) {
        return orEmpty(options).stream().map(option -> new FieldOption(option.key(), option.label().toModel())).toList();
    }

    private static List<Option> json(List<FieldOption> options) {
        return options.stream().map(option -> new Option(option.key(), Text.of(option.label()))).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
