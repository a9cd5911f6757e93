package org.icpworkbench.gui.interview;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.i18n.NumberParser;
import org.icpworkbench.logic.interview.StructuredValues;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.interview.Answer;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;

/** One question of a running interview and what has been answered to it. */
public final class QuestionPageViewModel {

    private final Question question;
    private final int index;
    private final Messages messages;
    private final List<Product> products;
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty flagged = new SimpleBooleanProperty(false);
    private final BooleanProperty notAsked = new SimpleBooleanProperty(false);
    private final ObservableMap<String, Object> values = FXCollections.observableHashMap();
    private final BooleanBinding answered;
    private final Optional<CustomerFigures.Kind> figuresKind;
    private final StringProperty customerFiguresTitle = new SimpleStringProperty("");
    private final StringProperty customerFigures = new SimpleStringProperty("");
    private boolean loading;

    QuestionPageViewModel(Question question, int index, Messages messages, List<Product> products) {
        this.question = question;
        this.index = index;
        this.messages = messages;
        this.products = List.copyOf(products);
        this.answered = Bindings.createBooleanBinding(
                () -> notAsked.get() || !text.get().isBlank() || !values.isEmpty(), text, notAsked, values);
        this.figuresKind = CustomerFigures.Kind.of(question);
    }

    /** Whether the question asks for figures of the customer data (the most profitable segments, the customer mix). */
    public boolean asksForCustomerFigures() {
        return figuresKind.isPresent();
    }

    void showCustomerFigures(CustomerMetricsReport report, CustomerFigures figures) {
        figuresKind.ifPresent(kind -> {
            customerFiguresTitle.set(figures.title(report));
            customerFigures.set(figures.text(kind, report));
        });
    }

    /** The heading of the customer figures; empty until they are loaded or when the question asks for none. */
    public ReadOnlyStringProperty customerFiguresTitleProperty() {
        return customerFiguresTitle;
    }

    public ReadOnlyStringProperty customerFiguresProperty() {
        return customerFigures;
    }

    void load(Answer answer) {
        loading = true;
        try {
            text.set(answer.text());
            note.set(answer.note());
            flagged.set(answer.flagged());
            notAsked.set(answer.notAsked());
            values.clear();
            values.putAll(StructuredValues.read(answer.structuredValue()));
        } finally {
            loading = false;
        }
    }

    /** Calls {@code listener} whenever the user changes anything on this page. */
    void onEdited(Runnable listener) {
        Observable[] sources = {text, note, flagged, notAsked, values};
        for (Observable source : sources) {
            source.addListener(observable -> {
                if (!loading) {
                    listener.run();
                }
            });
        }
    }

    AnswerDraft draft() {
        return new AnswerDraft(text.get(), StructuredValues.write(values), flagged.get(), notAsked.get(), note.get());
    }

    public Question question() {
        return question;
    }

    public int index() {
        return index;
    }

    public String number() {
        return messages.get("runner.questionNumber", question.code());
    }

    public String wording() {
        return question.text().in(messages.language());
    }

    public String guidance() {
        return question.guidance().in(messages.language());
    }

    public String label(QuestionField field) {
        return field.label().in(messages.language());
    }

    public String label(FieldOption option) {
        return option.label().in(messages.language());
    }

    public List<Product> products() {
        return products;
    }

    public Object value(String fieldKey) {
        return values.get(fieldKey);
    }

    /** Sets a structured value; {@code null} or an empty text, list or map clears it. */
    public void setValue(String fieldKey, Object value) {
        boolean empty = value == null || value instanceof String s && s.isBlank()
                || value instanceof java.util.Collection<?> c && c.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty();
        if (empty) {
            values.remove(fieldKey);
        } else if (!value.equals(values.get(fieldKey))) {
            values.put(fieldKey, value);
        }
    }

    /** A typed number, or the message that says why it is not one. Empty input is no number and no error. */
    public NumberInput parseNumber(String raw, BigDecimal min, BigDecimal max) {
        return checked(NumberParser.number(raw, notation()), min, max);
    }

    /** A typed amount of money (ambiguous thousands are refused, see {@link NumberParser}). */
    public NumberInput parseAmount(String raw, BigDecimal min, BigDecimal max) {
        return checked(NumberParser.amount(raw, notation()), min, max);
    }

    /** How a stored number is shown for editing: in the notation it is typed in. */
    public String formatNumber(BigDecimal number) {
        return notation().format(number);
    }

    private NumberParser.Notation notation() {
        return NumberParser.Notation.of(messages.language());
    }

    private NumberInput checked(NumberParser.Result result, BigDecimal min, BigDecimal max) {
        if (result.ambiguous()) {
            return new NumberInput(Optional.empty(), Optional.of(messages.get("runner.validation.ambiguous",
                    notation().format(result.readings().get(0)), notation().format(result.readings().get(1)))));
        }
        if (result.invalid()) {
            return new NumberInput(Optional.empty(), Optional.of(messages.get("runner.validation.number")));
        }
        if (result.value().isEmpty()) {
            return new NumberInput(Optional.empty(), Optional.empty());
        }
        BigDecimal number = result.value().get();
        if (min != null && number.compareTo(min) < 0 || max != null && number.compareTo(max) > 0) {
            return new NumberInput(Optional.empty(), Optional.of(messages.get("runner.validation.range",
                    min == null ? "" : min.toPlainString(), max == null ? "∞" : max.toPlainString())));
        }
        return new NumberInput(Optional.of(number), Optional.empty());
    }

    /** The outcome of reading a number the user typed. */
    public record NumberInput(Optional<BigDecimal> number, Optional<String> problem) {
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty flaggedProperty() {
        return flagged;
    }

    public BooleanProperty notAskedProperty() {
        return notAsked;
    }

    public ObservableMap<String, Object> values() {
        return values;
    }

    public BooleanBinding answeredProperty() {
        return answered;
    }
}
