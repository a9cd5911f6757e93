package org.icpworkbench.logic.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.icpworkbench.logic.workspace.WorkspaceProblem;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.questionnaire.Audience;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void russianCountsTakeTheRightForm() {
        Messages ru = Messages.of(Language.RU);

        assertThat(ru.plural("respondents", 1)).isEqualTo("1 респондент");
        assertThat(ru.plural("respondents", 3)).isEqualTo("3 респондента");
        assertThat(ru.plural("respondents", 5)).isEqualTo("5 респондентов");
        assertThat(ru.plural("respondents", 11)).isEqualTo("11 респондентов");
        assertThat(ru.plural("respondents", 21)).isEqualTo("21 респондент");
        assertThat(ru.plural("respondents", 24)).isEqualTo("24 респондента");
        assertThat(ru.plural("respondents", 112)).isEqualTo("112 респондентов");
    }

    @Test
    void englishCountsTakeSingularOrPlural() {
        Messages en = Messages.of(Language.EN);

        assertThat(en.plural("interviews", 1)).isEqualTo("1 interview");
        assertThat(en.plural("interviews", 0)).isEqualTo("0 interviews");
        assertThat(en.plural("interviews", 12)).isEqualTo("12 interviews");
    }

    @Test
    void everyWorkspaceProblemAndEnumHasATextInBothLanguages() {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (WorkspaceProblem problem : WorkspaceProblem.values()) {
                assertThat(messages.get(problem.messageKey(), "/w", "x")).doesNotStartWith("!").contains("/w");
            }
            for (Audience audience : Audience.values()) {
                assertThat(messages.name(audience)).doesNotStartWith("!");
            }
        }
    }

    @Test
    void formatsArgumentsInTheSentence() {
        assertThat(Messages.of(Language.RU).get("dialog.trash.header", "Проект")).isEqualTo("Переместить «Проект» в корзину?");
    }
}
