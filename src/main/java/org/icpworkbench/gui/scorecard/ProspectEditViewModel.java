package org.icpworkbench.gui.scorecard;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.icpworkbench.gui.common.Failures;
import org.icpworkbench.logic.customer.imports.Parsed;
import org.icpworkbench.logic.customer.imports.ValueParsers;
import org.icpworkbench.logic.i18n.NumberParser;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.scorecard.ScorecardOptions;
import org.icpworkbench.logic.scorecard.ScorecardService;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.scorecard.CriterionKind;
import org.icpworkbench.model.scorecard.Prospect;
import org.icpworkbench.model.scorecard.ProspectData;

/**
 * One prospect being added or edited. Size band, decision maker and channel are chosen among the questionnaire's
 * options by label (questions 1, 13 and 6) and stored by key; the annual revenue is an amount as typed in either
 * language's style. {@link #problem()} says what is wrong, live, with the rules of {@link ScorecardService#validate}.
 */
public final class ProspectEditViewModel extends org.icpworkbench.gui.common.CompanyFields<Prospect> {

    private final Messages messages;
    private final StringProperty decisionMaker = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;

    private ProspectEditViewModel(Messages messages, Optional<Prospect> original) {
        super(original);
        this.messages = messages;
        original.map(Prospect::data).ifPresent(this::fill);
        checkOnChange(() -> problem.set(check()), decisionMaker, channel);
        problem.set(check());
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    public static ProspectEditViewModel forNew(Messages messages) {
        return new ProspectEditViewModel(messages, Optional.empty());
    }

    public static ProspectEditViewModel forEdit(Prospect prospect, Messages messages) {
        return new ProspectEditViewModel(messages, Optional.of(prospect));
    }

    private void fill(ProspectData data) {
        name.set(data.name());
        segment.set(data.segment());
        industry.set(data.industry());
        sizeBand.set(label(CriterionKind.SIZE_BAND, data.sizeBand()));
        region.set(data.region());
        annualRevenue.set(data.annualRevenue().map(amount -> new DecimalFormat("#,##0.##",
                DecimalFormatSymbols.getInstance(messages.language().locale())).format(amount)).orElse(""));
        decisionMaker.set(label(CriterionKind.DECISION_MAKER, data.decisionMaker()));
        channel.set(label(CriterionKind.CHANNEL, data.channel()));
        notes.set(data.notes());
    }

    /** The values to store: option labels turned into keys (an unknown label is kept, and is a problem). */
    public ProspectData data() {
        return new ProspectData(name.get().strip(), segment.get().strip(), industry.get().strip(),
                key(CriterionKind.SIZE_BAND, sizeBand.get()), region.get().strip(),
                ValueParsers.money(annualRevenue.get(), NumberParser.Notation.of(messages.language())).value(), key(CriterionKind.DECISION_MAKER, decisionMaker.get()),
                key(CriterionKind.CHANNEL, channel.get()), notes.get());
    }

    private String check() {
        Parsed<BigDecimal> revenue = ValueParsers.money(annualRevenue.get(), NumberParser.Notation.of(messages.language()));
        if (revenue.failed()) {
            return messages.get(revenue.errorKey(), revenue.arguments().toArray());
        }
        try {
            ScorecardService.validate(data());
        } catch (RuntimeException problemFound) {
            return Failures.describe(problemFound, messages);
        }
        return "";
    }

    private static String key(CriterionKind kind, String text) {
        String typed = text == null ? "" : text.strip();
        return typed.isEmpty() ? "" : ScorecardOptions.keyOf(kind, typed).orElse(typed);
    }

    private String label(CriterionKind kind, String key) {
        return key.isBlank() ? "" : ScorecardOptions.label(kind, key, messages.language());
    }

    /** The labels a combo offers for an option kind, with an empty choice first ("unknown"). */
    public List<String> labels(CriterionKind kind) {
        List<String> labels = new ArrayList<>();
        labels.add("");
        for (FieldOption option : ScorecardOptions.of(kind)) {
            labels.add(option.label().in(messages.language()));
        }
        return labels;
    }

    /** The decision maker's label as chosen (question 13). */
    public StringProperty decisionMakerProperty() {
        return decisionMaker;
    }

    /** The acquisition channel's label as chosen (question 6). */
    public StringProperty channelProperty() {
        return channel;
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding valid() {
        return valid;
    }
}
