package org.icpworkbench.logic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.icpworkbench.model.coding.Tag;
import org.junit.jupiter.api.Test;

/** The small rules of the coded-answers table: short headers, tag order, cells a spreadsheet must not run. */
class CodedMatrixTest {

    @Test
    void aHeaderTakesTheQuestionsFirstSentence() {
        assertThat(CodedMatrix.shortWording("What do our best, most successful customers look like? For B2B, describe their industry."))
                .isEqualTo("What do our best, most successful customers look like?");
        assertThat(CodedMatrix.shortWording("Почему вы  решили работать с нами?\nРасскажите подробнее."))
                .isEqualTo("Почему вы решили работать с нами?");
        assertThat(CodedMatrix.shortWording("Short, e.g. this one")).isEqualTo("Short, e.g. this one");
    }

    @Test
    void aLongSentenceIsCutAtAWordWithAnEllipsis() {
        String wording = CodedMatrix.shortWording("Which of our products or services do they not use at all, and should we drop "
                + "them, or position them differently for the ideal customers we have");

        assertThat(wording).endsWith("…").doesNotEndWith(" …").doesNotEndWith(",…");
        assertThat(wording.length()).isLessThanOrEqualTo(CodedMatrix.SHORT_WORDING + 1);
        assertThat("Which of our products or services do they not use at all, and should we drop them, or position")
                .startsWith(wording.substring(0, wording.length() - 1));
    }

    @Test
    void tagsUnderAGroupFollowTheirGroup() {
        Tag price = new Tag(1, 7, "Price", "#000000", "", Optional.empty());
        Tag discount = new Tag(2, 7, "Discounts", "#000000", "", Optional.of(1L));
        Tag onboarding = new Tag(3, 7, "Onboarding", "#000000", "", Optional.empty());
        Tag annual = new Tag(4, 7, "Annual billing", "#000000", "", Optional.of(1L));

        // By name, as the repository reads them.
        List<Tag> ordered = CodedMatrix.parentsFirst(List.of(annual, discount, onboarding, price));

        assertThat(ordered).extracting(Tag::name).containsExactly("Onboarding", "Price", "Annual billing", "Discounts");
    }

    @Test
    void cellsThatLookLikeFormulasAreKeptAsText() {
        assertThat(CodedMatrix.safe("=1+1")).isEqualTo("'=1+1");
        assertThat(CodedMatrix.safe("+7 912 000")).isEqualTo("'+7 912 000");
        assertThat(CodedMatrix.safe("- быстрый запуск")).isEqualTo("'- быстрый запуск");
        assertThat(CodedMatrix.safe("@home")).isEqualTo("'@home");
        assertThat(CodedMatrix.safe("-5")).isEqualTo("-5");
        assertThat(CodedMatrix.safe("2,5")).isEqualTo("2,5");
        assertThat(CodedMatrix.safe("Обычный ответ")).isEqualTo("Обычный ответ");
        assertThat(CodedMatrix.safe("")).isEmpty();
    }
}
