package org.icpworkbench.logic.portrait;

import java.util.List;
import org.icpworkbench.model.questionnaire.QuestionField;

/** What the answers with a value in one field (fields of the same key merged) say: one rule per kind of value. */
interface FieldRule {

    Fragment summarise(QuestionField field, List<GivenAnswer> withValue);
}
