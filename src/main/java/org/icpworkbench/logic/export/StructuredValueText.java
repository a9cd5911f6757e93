package org.icpworkbench.logic.export;

import java.util.Map;
import java.util.stream.Collectors;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.questionnaire.Question;

/** An answer's structured values as one readable line, e.g. "Time to value: 6 weeks; Products: WMS, Training". */
public final class StructuredValueText {

    private StructuredValueText() {
    }

    public static String oneLine(Question question, String structuredValue, Language language, Map<Long, String> productNames) {
        return new StructuredValueFormatter(ExportTexts.of(language), productNames).lines(question, structuredValue).stream()
                .map(line -> line.label() + ": " + String.join(", ", line.values()))
                .collect(Collectors.joining("; "));
    }
}
