package org.icpworkbench.model.portrait;

import java.time.LocalDate;
import org.icpworkbench.model.questionnaire.Audience;

/**
 * One piece of evidence behind a proposal: an answer (its structured value or text), a tagged or starred quote,
 * or a figure from the customer data.
 *
 * @param interviewId 0 for customer data
 * @param questionCode the question's code ("1" … "24", "A1"), "" for customer data
 * @param text the quote, the answer excerpt, or the figure, as shown to the user
 * @param consented whether the respondent consented (always false for customer data)
 */
public record Evidence(Kind kind, long interviewId, String questionCode, Audience audience, String respondent,
        String role, String company, LocalDate date, String text, boolean consented) {

    public enum Kind { ANSWER, QUOTE, STARRED_QUOTE, CUSTOMER_DATA }

    public Evidence {
        questionCode = questionCode == null ? "" : questionCode;
        respondent = respondent == null ? "" : respondent;
        role = role == null ? "" : role;
        company = company == null ? "" : company;
        text = text == null ? "" : text;
    }
}
