package org.icpworkbench.gui.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.common.LocalizedText;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.ValueType;

/**
 * One question being added or edited: audience, wording and guidance in both languages and, for a
 * question of the project's own, the kind of structured value it asks for.
 */
public final class QuestionEditViewModel {

    /** The structured value a project's own question may carry. */
    public enum ValueKind { NONE, NUMBER, PERCENT, DURATION, MONEY, SCALE, YESNO, CHOICE, CATALOGUE }

    private static final String VALUE_KEY = "value";

    private final Messages messages;
    private final Optional<Question> original;
    private final String code;
    private final ObservableList<Audience> audiences = FXCollections.observableArrayList(Audience.values());
    private final ObservableList<ValueKind> kinds = FXCollections.observableArrayList(ValueKind.values());
    private final ObjectProperty<Audience> audience = new SimpleObjectProperty<>();
    private final StringProperty textEn = new SimpleStringProperty("");
    private final StringProperty textRu = new SimpleStringProperty("");
    private final StringProperty guidanceEn = new SimpleStringProperty("");
    private final StringProperty guidanceRu = new SimpleStringProperty("");
    private final ObjectProperty<ValueKind> kind = new SimpleObjectProperty<>(ValueKind.NONE);
    private final StringProperty options = new SimpleStringProperty("");

    /** For a new question with the given code, in the given audience. */
    public QuestionEditViewModel(String code, Audience audience, Messages messages) {
        this.messages = messages;
        this.original = Optional.empty();
        this.code = code;
        this.audience.set(audience);
    }

    /** For editing an existing question; its structured values stay as they are. */
    public QuestionEditViewModel(Question question, Messages messages) {
        this.messages = messages;
        this.original = Optional.of(question);
        this.code = question.code();
        audience.set(question.audience());
        textEn.set(question.text().en());
        textRu.set(question.text().ru());
        guidanceEn.set(question.guidance().en());
        guidanceRu.set(question.guidance().ru());
    }

    public boolean isNew() {
        return original.isEmpty();
    }

    public String code() {
        return code;
    }

    public BooleanBinding valid() {
        return Bindings.createBooleanBinding(() -> audience.get() != null
                        && (!textEn.get().isBlank() || !textRu.get().isBlank())
                        && (kind.get() != ValueKind.CHOICE || !parseOptions().isEmpty()),
                audience, textEn, textRu, kind, options);
    }

    /** The question as it will be stored; a wording missing in one language takes the other. */
    public Question toQuestion() {
        String en = textEn.get().strip().isEmpty() ? textRu.get().strip() : textEn.get().strip();
        String ru = textRu.get().strip().isEmpty() ? textEn.get().strip() : textRu.get().strip();
        LocalizedText text = new LocalizedText(en, ru);
        LocalizedText guidance = new LocalizedText(guidanceEn.get().strip(), guidanceRu.get().strip());
        if (original.isPresent()) {
            Question q = original.get();
            return new Question(0, q.code(), q.position(), audience.get(), q.part(), q.optional(), text, guidance,
                    q.characteristics(), q.fields());
        }
        return new Question(0, code, 0, audience.get(), Optional.empty(), false, text, guidance, List.of(), fields());
    }

    private List<QuestionField> fields() {
        // The label is stored in both languages, whichever one the window speaks.
        LocalizedText label = new LocalizedText(Messages.of(Language.EN).get("questionnaire.valueLabel"),
                Messages.of(Language.RU).get("questionnaire.valueLabel"));
        return switch (kind.get()) {
            case NONE -> List.of();
            case NUMBER -> List.of(field(ValueType.NUMBER, label, List.of(), false));
            case PERCENT -> List.of(field(ValueType.PERCENT, label, List.of(), false));
            case DURATION -> List.of(field(ValueType.DURATION, label, List.of(), false));
            case MONEY -> List.of(field(ValueType.MONEY, label, List.of(), false));
            case SCALE -> List.of(field(ValueType.SCALE, label, List.of(), false));
            case YESNO -> List.of(field(ValueType.YESNO, label, List.of(), false));
            case CHOICE -> List.of(field(ValueType.CHOICE, label, parseOptions(), false));
            case CATALOGUE -> List.of(field(ValueType.MULTI, label, List.of(), true));
        };
    }

    private static QuestionField field(ValueType type, LocalizedText label, List<FieldOption> options, boolean catalogue) {
        return new QuestionField(VALUE_KEY, type, label, options, catalogue, List.of(), List.of());
    }

    /** One option per line: "English label | Русская подпись" (one label serves both when there is no bar). */
    List<FieldOption> parseOptions() {
        List<FieldOption> parsed = new ArrayList<>();
        for (String line : options.get().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 2);
            String en = parts[0].strip();
            String ru = parts.length > 1 ? parts[1].strip() : en;
            parsed.add(new FieldOption("option" + (parsed.size() + 1), new LocalizedText(en, ru)));
        }
        return parsed;
    }

    public String kindName(ValueKind value) {
        return messages.get("questionnaire.kind." + value.name());
    }

    public String audienceName(Audience value) {
        return messages.name(value);
    }

    public ObservableList<Audience> audiences() {
        return audiences;
    }

    public ObservableList<ValueKind> kinds() {
        return kinds;
    }

    public ObjectProperty<Audience> audienceProperty() {
        return audience;
    }

    public StringProperty textEnProperty() {
        return textEn;
    }

    public StringProperty textRuProperty() {
        return textRu;
    }

    public StringProperty guidanceEnProperty() {
        return guidanceEn;
    }

    public StringProperty guidanceRuProperty() {
        return guidanceRu;
    }

    public ObjectProperty<ValueKind> kindProperty() {
        return kind;
    }

    public StringProperty optionsProperty() {
        return options;
    }
}
