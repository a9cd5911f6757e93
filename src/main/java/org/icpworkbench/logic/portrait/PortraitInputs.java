package org.icpworkbench.logic.portrait;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.interview.Answer;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;

/**
 * Everything the characteristic proposals of one project are computed from, as plain data.
 *
 * @param questions the questions of every questionnaire version the interviews use, by question id
 * @param productNames the project's catalogue, by product id
 */
public record PortraitInputs(
        long projectId,
        List<Interview> interviews,
        Map<Long, Question> questions,
        List<InterviewAnswer> answers,
        List<CodedPassage> passages,
        List<Tag> tags,
        Map<Long, String> productNames,
        List<CustomerData> customers) {

    public PortraitInputs {
        interviews = List.copyOf(interviews);
        questions = Map.copyOf(questions);
        answers = List.copyOf(answers);
        passages = List.copyOf(passages);
        tags = List.copyOf(tags);
        productNames = Map.copyOf(productNames);
        customers = List.copyOf(customers);
    }

    /** An interview with who gave it, and whether they consented to be quoted. */
    public record Interview(long id, long respondentId, Audience audience, InterviewStatus status, LocalDate date,
            String respondentName, String respondentRole, String respondentCompany, boolean respondentConsented) {
    }

    /** A stored answer of one of the interviews. */
    public record InterviewAnswer(long answerId, long interviewId, Answer answer) {
    }
}
