package org.icpworkbench.logic.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.questionnaire.BuiltInQuestionnaire;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.ValueType;
import org.icpworkbench.model.scorecard.CriterionKind;

/**
 * The questionnaire's options behind the option-valued criteria: final decision makers (question 13), acquisition
 * channels (question 6) and size bands (question 1), so that keys such as {@code cfo} are shown by their labels and
 * labels typed in a prospect file are turned back into keys.
 */
public final class ScorecardOptions {

    static final String DECISION_MAKER_FIELD = "decisionMaker";
    static final String CHANNEL_FIELD = "channel";

    private ScorecardOptions() {
    }

    /** The options of a criterion kind, empty for kinds with free text (industry, region, segment). */
    public static List<FieldOption> of(CriterionKind kind) {
        return switch (kind) {
            case DECISION_MAKER -> fieldOptions(DECISION_MAKER_FIELD);
            case CHANNEL -> fieldOptions(CHANNEL_FIELD);
            case SIZE_BAND -> sizeBands();
            default -> List.of();
        };
    }

    /** The label of an option key in the language, or the value itself when it is no option of the kind. */
    public static String label(CriterionKind kind, String value, Language language) {
        String key = ScorecardCalculator.normalize(value);
        return of(kind).stream().filter(option -> option.key().equalsIgnoreCase(key)).findFirst()
                .map(option -> option.label().in(language)).orElse(value);
    }

    /** The option key a cell names by its key or by its label in either language, ignoring case. */
    public static Optional<String> keyOf(CriterionKind kind, String text) {
        String wanted = ScorecardCalculator.normalize(text);
        for (FieldOption option : of(kind)) {
            if (ScorecardCalculator.normalize(option.key()).equals(wanted)
                    || ScorecardCalculator.normalize(option.label().en()).equals(wanted)
                    || ScorecardCalculator.normalize(option.label().ru()).equals(wanted)) {
                return Optional.of(option.key());
            }
        }
        return Optional.empty();
    }

    private static List<FieldOption> fieldOptions(String fieldKey) {
        for (Question question : BuiltInQuestionnaire.definition().questions()) {
            for (QuestionField field : question.fields()) {
                if (field.key().equals(fieldKey) && !field.options().isEmpty()) {
                    return field.options();
                }
            }
        }
        return List.of();
    }

    private static List<FieldOption> sizeBands() {
        List<FieldOption> bands = new ArrayList<>();
        for (Question question : BuiltInQuestionnaire.definition().questions()) {
            for (QuestionField field : question.fields()) {
                if (field.type() == ValueType.FIRMOGRAPHICS && bands.isEmpty()) {
                    bands.addAll(field.sizeBands());
                }
            }
        }
        return List.copyOf(bands);
    }
}
