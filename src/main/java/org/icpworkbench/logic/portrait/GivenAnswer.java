package org.icpworkbench.logic.portrait;

import java.util.Map;
import org.icpworkbench.model.questionnaire.Question;

/** One answer to one question naming a characteristic, with who gave it and its structured values. */
record GivenAnswer(PortraitInputs.Interview interview, Question question, PortraitInputs.InterviewAnswer answer,
        Map<String, Object> values) {

    long respondent() {
        return interview.respondentId();
    }

    long answerId() {
        return answer.answerId();
    }

    String text() {
        return answer.answer().text();
    }
}
