package org.icpworkbench.logic.portrait;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpworkbench.model.questionnaire.QuestionField;

/** Yes/no: "yes: n of m respondents". */
record YesNoRule(ProposalTexts texts) implements FieldRule {

    @Override
    public Fragment summarise(QuestionField field, List<GivenAnswer> answers) {
        Set<Long> yes = new HashSet<>();
        Set<Long> considered = new HashSet<>();
        Set<Long> yesAnswers = new HashSet<>();
        Map<Long, String> valueTexts = new HashMap<>();
        for (GivenAnswer one : answers) {
            Object value = one.values().get(field.key());
            Boolean said = value instanceof Boolean flag ? flag
                    : value instanceof String text && text.strip().matches("(?i)true|false") ? Boolean.valueOf(text.strip()) : null;
            if (said == null) {
                continue;
            }
            considered.add(one.respondent());
            valueTexts.put(one.answerId(), said ? texts.messages().get("portrait.proposal.answer.yes")
                    : texts.messages().get("portrait.proposal.answer.no"));
            if (said) {
                yes.add(one.respondent());
                yesAnswers.add(one.answerId());
            }
        }
        if (considered.isEmpty()) {
            return Fragment.empty();
        }
        return new Fragment(texts.messages().get("portrait.proposal.yes", texts.share(yes.size(), considered.size())), List.of(),
                yes.size(), considered.size(), yesAnswers, valueTexts);
    }
}
