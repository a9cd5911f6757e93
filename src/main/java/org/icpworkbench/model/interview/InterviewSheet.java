package org.icpworkbench.model.interview;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpworkbench.model.questionnaire.Question;

/** An interview with the exact questions it was asked with and the answers given so far. */
public record InterviewSheet(InterviewDetails details, List<Question> questions, Map<Long, Answer> answers) {

    public InterviewSheet {
        questions = List.copyOf(questions);
        answers = Map.copyOf(answers);
    }

    public Optional<Answer> answerTo(Question question) {
        return Optional.ofNullable(answers.get(question.id()));
    }

    /** Where a resumed interview should land: the first question without an answer, else the first. */
    public int firstUnansweredIndex() {
        for (int i = 0; i < questions.size(); i++) {
            if (answerTo(questions.get(i)).map(answer -> !answer.isAnswered()).orElse(true)) {
                return i;
            }
        }
        return 0;
    }

    public long answeredCount() {
        return questions.stream().filter(q -> answerTo(q).map(Answer::isAnswered).orElse(false)).count();
    }
}
