package org.icpworkbench.logic.portrait;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.ValueType;

/**
 * A structured characteristic: each field of its questions (fields of the same key merged, in question order) gives a
 * fragment through the {@link FieldRule} of its kind; the first field with values is the proposal's value, the others
 * follow with their label.
 */
final class StructuredRule {

    private final ProposalTexts texts;
    private final Messages messages;
    private final Map<ValueType, FieldRule> rules = new EnumMap<>(ValueType.class);

    StructuredRule(ProposalTexts texts, Map<Long, String> productNames) {
        this.texts = texts;
        this.messages = texts.messages();
        rules.put(ValueType.DURATION, new DurationRule(texts));
        rules.put(ValueType.NUMBER, new MedianRule(texts, number -> number));
        rules.put(ValueType.PERCENT, new MedianRule(texts, number -> messages.get("portrait.proposal.percent", number)));
        rules.put(ValueType.MONEY, new MoneyRule(texts));
        rules.put(ValueType.SCALE, new NpsRule(texts));
        rules.put(ValueType.YESNO, new YesNoRule(texts));
        rules.put(ValueType.CHOICE, new ChoiceRule(texts));
        rules.put(ValueType.TEXT, rules.get(ValueType.CHOICE));
        rules.put(ValueType.MULTI, new MultiChoiceRule(texts, productNames));
        // FIRMOGRAPHICS has a rule of its own per part (FirmographicRule).
    }

    Fragment summarise(List<GivenAnswer> answers) {
        Map<String, QuestionField> fields = new LinkedHashMap<>();
        answers.stream().map(GivenAnswer::question).distinct()
                .sorted(Comparator.comparingInt(Question::position).thenComparing(Question::code))
                .forEach(question -> question.fields().forEach(field -> fields.putIfAbsent(field.key(), field)));
        Fragment primary = null;
        List<String> others = new ArrayList<>();
        Map<Long, String> valueTexts = new HashMap<>();
        for (QuestionField field : fields.values()) {
            Fragment fragment = field(field, answers);
            if (fragment.isEmpty()) {
                continue;
            }
            fragment.valueTexts().forEach((answerId, text) -> valueTexts.merge(answerId, text, (a, b) -> a + "; " + b));
            if (primary == null) {
                primary = fragment;
            } else {
                String label = field.label().in(texts.language()).strip().replaceAll("[?:]+$", "");
                others.add(messages.get("portrait.proposal.field", label, fragment.text()));
            }
        }
        if (primary == null) {
            return Fragment.empty();
        }
        String text = others.isEmpty() ? primary.text() : primary.text() + "; " + String.join("; ", others);
        return new Fragment(text, primary.matchValues(), primary.supporting(), primary.considered(),
                primary.supportingAnswers(), valueTexts);
    }

    private Fragment field(QuestionField field, List<GivenAnswer> answers) {
        List<GivenAnswer> withValue = answers.stream().filter(one -> FieldValues.hasValue(one.values().get(field.key()))).toList();
        FieldRule rule = rules.get(field.type());
        return withValue.isEmpty() || rule == null ? Fragment.empty() : rule.summarise(field, withValue);
    }
}
