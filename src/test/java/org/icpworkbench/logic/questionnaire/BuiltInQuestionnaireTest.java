package org.icpworkbench.logic.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionnaireDefinition;
import org.junit.jupiter.api.Test;

class BuiltInQuestionnaireTest {

    private final QuestionnaireDefinition questionnaire = BuiltInQuestionnaire.definition();

    @Test
    void holdsTheTwentyFourQuestionsByAudienceAndTheCustomerExtension() {
        assertThat(questionnaire.questions()).hasSize(26);
        assertThat(codes(questionnaire.questionsFor(Audience.SERVICE_TEAM, false))).containsExactly("1", "2", "3", "4", "5");
        assertThat(codes(questionnaire.questionsFor(Audience.SALES, false)))
                .containsExactly("6", "7", "8", "9", "10", "11", "12", "13");
        assertThat(codes(questionnaire.questionsFor(Audience.CUSTOMERS, false))).containsExactly("14", "15", "16", "17", "18");
        assertThat(codes(questionnaire.questionsFor(Audience.CUSTOMERS, true)))
                .containsExactly("14", "15", "16", "17", "18", "A1", "A2");
        assertThat(codes(questionnaire.questionsFor(Audience.PROFITABILITY, false)))
                .containsExactly("19", "20", "21", "22", "23", "24");
    }

    @Test
    void everyQuestionIsWrittenInBothLanguagesWithGuidance() {
        assertThat(questionnaire.questions()).allSatisfy(question -> {
            assertThat(question.text().en()).isNotBlank();
            assertThat(question.text().ru()).containsPattern("[А-Яа-яЁё]");
            assertThat(question.guidance().en()).isNotBlank();
            assertThat(question.guidance().ru()).containsPattern("[А-Яа-яЁё]");
            question.fields().forEach(field -> {
                assertThat(field.label().en()).isNotBlank();
                assertThat(field.label().ru()).isNotBlank();
            });
        });
    }

    @Test
    void fieldsSurviveTheRoundTripThroughTheirStoredForm() {
        for (Question question : questionnaire.questions()) {
            assertThat(QuestionnaireJson.readFields(QuestionnaireJson.writeFields(question.fields())))
                    .isEqualTo(question.fields());
        }
    }

    private static List<String> codes(List<Question> questions) {
        return questions.stream().map(Question::code).toList();
    }
}
