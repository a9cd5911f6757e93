package org.icpworkbench.model.questionnaire;

import org.icpworkbench.model.common.LocalizedText;

/** One option of a choice field. */
public record FieldOption(String key, LocalizedText label) {
}
