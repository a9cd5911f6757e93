package org.icpworkbench.model.questionnaire;

import java.util.List;
import org.icpworkbench.model.common.LocalizedText;

/**
 * A structured value of a question. {@code catalogue} fields offer the project's products;
 * firmographics fields carry their size and revenue bands as {@code sizeBands} and {@code revenueBands}.
 */
public record QuestionField(
        String key,
        ValueType type,
        LocalizedText label,
        List<FieldOption> options,
        boolean catalogue,
        List<FieldOption> sizeBands,
        List<FieldOption> revenueBands) {

    public QuestionField {
        options = List.copyOf(options);
        sizeBands = List.copyOf(sizeBands);
        revenueBands = List.copyOf(revenueBands);
    }
}
