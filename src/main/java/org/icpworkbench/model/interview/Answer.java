package org.icpworkbench.model.interview;

import java.time.Instant;

/** A stored answer. {@code structuredValue} is a JSON object keyed by the question's field keys. */
public record Answer(
        long questionId, String text, String structuredValue, boolean flagged, boolean notAsked, String note, Instant updatedAt) {

    public AnswerDraft toDraft() {
        return new AnswerDraft(text, structuredValue, flagged, notAsked, note);
    }

    /** Something was said, a value was given, or the question was deliberately not asked. */
    public boolean isAnswered() {
        return notAsked || !text.isBlank() || !structuredValue.isBlank() && !structuredValue.equals("{}");
    }
}
