package org.icpworkbench.gui.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.logic.customer.imports.Parsed;
import org.icpworkbench.logic.customer.imports.ValueParsers;
import org.icpworkbench.logic.i18n.NumberParser;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.scorecard.ScorecardOptions;
import org.icpworkbench.logic.scorecard.ScorecardService;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.CriterionKind;

/**
 * One scorecard criterion being added or edited. Free-text kinds (industry, region, segment) take values separated by
 * commas or semicolons; option kinds (size band, decision maker, channel) take options of the questionnaire, chosen by
 * label and stored by key; the minimum annual revenue takes an amount. {@link #problem()} says what is wrong, live.
 */
public final class CriterionEditViewModel {

    private final Messages messages;
    private final Optional<Criterion> original;
    private final ObservableList<CriterionKind> kinds = FXCollections.observableArrayList(CriterionKind.values());
    private final ObjectProperty<CriterionKind> kind = new SimpleObjectProperty<>(CriterionKind.INDUSTRY);
    private final StringProperty valuesText = new SimpleStringProperty("");
    private final ObservableList<String> chosenOptions = FXCollections.observableArrayList();
    private final StringProperty threshold = new SimpleStringProperty("");
    private final ObjectProperty<Integer> weight = new SimpleObjectProperty<>(3);
    private final BooleanProperty disqualifier = new SimpleBooleanProperty(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    private final BooleanBinding usesOptions;
    private final BooleanBinding usesThreshold;

    private CriterionEditViewModel(Messages messages, Optional<Criterion> original) {
        this.messages = messages;
        this.original = original;
        original.ifPresent(this::fill);
        usesThreshold = Bindings.createBooleanBinding(() -> kind.get() != null && kind.get().isThreshold(), kind);
        usesOptions = Bindings.createBooleanBinding(() -> kind.get() != null && !ScorecardOptions.of(kind.get()).isEmpty(), kind);
        Observable[] inputs = {kind, valuesText, chosenOptions, threshold, weight, disqualifier, reason};
        for (Observable input : inputs) {
            input.addListener(observable -> problem.set(check()));
        }
        problem.set(check());
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    public static CriterionEditViewModel forNew(Messages messages) {
        return new CriterionEditViewModel(messages, Optional.empty());
    }

    public static CriterionEditViewModel forEdit(Criterion criterion, Messages messages) {
        return new CriterionEditViewModel(messages, Optional.of(criterion));
    }

    private void fill(Criterion criterion) {
        kind.set(criterion.kind());
        if (ScorecardOptions.of(criterion.kind()).isEmpty()) {
            valuesText.set(String.join(", ", criterion.values()));
        } else {
            chosenOptions.setAll(criterion.values().stream()
                    .map(value -> ScorecardOptions.keyOf(criterion.kind(), value).orElse(value)).toList());
        }
        threshold.set(criterion.threshold().map(this::amount).orElse(""));
        weight.set(criterion.weight());
        disqualifier.set(criterion.disqualifier());
        reason.set(criterion.reason());
    }

    public boolean isNew() {
        return original.isEmpty();
    }

    /** The criterion to store (its id kept when editing); check {@link #valid()} first. */
    public Criterion criterion() {
        CriterionKind chosen = kind.get();
        List<String> values = List.of();
        Optional<BigDecimal> amount = Optional.empty();
        if (chosen.isThreshold()) {
            amount = ValueParsers.money(threshold.get(), NumberParser.Notation.of(messages.language())).value();
        } else if (ScorecardOptions.of(chosen).isEmpty()) {
            values = Arrays.stream(valuesText.get().split("[,;\\n]")).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        } else {
            List<String> keys = ScorecardOptions.of(chosen).stream().map(FieldOption::key).toList();
            values = keys.stream().filter(chosenOptions::contains).toList();
        }
        return new Criterion(original.map(Criterion::id).orElse(0L), chosen, values, amount,
                weight.get() == null ? Criterion.MIN_WEIGHT : weight.get(), disqualifier.get(), reason.get().strip());
    }

    private String check() {
        if (kind.get() == null) {
            return messages.get("scorecard.edit.error.kind");
        }
        if (kind.get().isThreshold()) {
            Parsed<BigDecimal> amount = ValueParsers.money(threshold.get(), NumberParser.Notation.of(messages.language()));
            if (amount.failed()) {
                return messages.get(amount.errorKey(), amount.arguments().toArray());
            }
            if (amount.value().isEmpty()) {
                return messages.get("scorecard.edit.error.threshold");
            }
        } else if (criterion().values().isEmpty()) {
            return messages.get(usesOptionsNow() ? "scorecard.edit.error.options" : "scorecard.edit.error.values");
        }
        if (criterion().values().stream().anyMatch(value -> value.length() > ScorecardService.MAX_VALUE_LENGTH)) {
            return messages.get("scorecard.edit.error.valueTooLong", ScorecardService.MAX_VALUE_LENGTH);
        }
        if (reason.get().strip().length() > ScorecardService.MAX_REASON_LENGTH) {
            return messages.get("scorecard.edit.error.reasonTooLong", ScorecardService.MAX_REASON_LENGTH);
        }
        return "";
    }

    private boolean usesOptionsNow() {
        return kind.get() != null && !ScorecardOptions.of(kind.get()).isEmpty();
    }

    /** The options of the chosen kind (size bands, decision makers, channels); empty for free-text kinds. */
    public List<FieldOption> options() {
        return kind.get() == null ? List.of() : ScorecardOptions.of(kind.get());
    }

    public String optionLabel(FieldOption option) {
        return option.label().in(messages.language());
    }

    public String kindName(CriterionKind value) {
        return value == null ? "" : messages.get("scorecard.criterion." + value.name());
    }

    /** Ticks or unticks an option by key. */
    public void setChosen(String key, boolean chosen) {
        List<String> next = new ArrayList<>(chosenOptions);
        next.remove(key);
        if (chosen) {
            next.add(key);
        }
        chosenOptions.setAll(next);
    }

    private String amount(BigDecimal value) {
        return messages.formats().number(value, 2);
    }

    public ObservableList<CriterionKind> kinds() {
        return kinds;
    }

    public ObjectProperty<CriterionKind> kindProperty() {
        return kind;
    }

    /** The values of a free-text kind, separated by commas. */
    public StringProperty valuesTextProperty() {
        return valuesText;
    }

    /** The option keys ticked for an option kind. */
    public ObservableList<String> chosenOptions() {
        return chosenOptions;
    }

    public StringProperty thresholdProperty() {
        return threshold;
    }

    public ObjectProperty<Integer> weightProperty() {
        return weight;
    }

    public BooleanProperty disqualifierProperty() {
        return disqualifier;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding valid() {
        return valid;
    }

    public BooleanBinding usesOptions() {
        return usesOptions;
    }

    public BooleanBinding usesThreshold() {
        return usesThreshold;
    }
}
