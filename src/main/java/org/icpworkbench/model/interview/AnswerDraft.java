package org.icpworkbench.model.interview;

/** What was said in answer to one question. {@code structuredValue} is a JSON object. */
public record AnswerDraft(String text, String structuredValue, boolean flagged, boolean notAsked, String note) {

    public static AnswerDraft text(String text) {
        return new AnswerDraft(text, "{}", false, false, "");
    }
}
