package org.icpworkbench.logic.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.common.UserFacingException;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.MemoSubject;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.coding.TagSummary;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.testsupport.TestWorkspace;
import org.icpworkbench.testsupport.UncodedSample;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodingServiceTest {

    @TempDir
    Path temp;
    private TestWorkspace workspace;
    private CodingService coding;
    private Project project;
    private InterviewSheet customer;
    private InterviewSheet sales;

    @BeforeEach
    void setUp() {
        workspace = TestWorkspace.openIn(temp);
        coding = workspace.services().coding();
        project = UncodedSample.create(workspace.services(), Language.EN);
        List<InterviewSummary> interviews = workspace.services().interviews().interviews(project.id()).join();
        customer = sheetOf(interviews, Audience.CUSTOMERS);
        sales = sheetOf(interviews, Audience.SALES);
    }

    private InterviewSheet sheetOf(List<InterviewSummary> interviews, Audience audience) {
        long id = interviews.stream().filter(i -> i.audience() == audience).findFirst().orElseThrow().id();
        return workspace.services().interviews().sheet(id).join();
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private long codeFirstWords(InterviewSheet sheet, int questionIndex, List<Long> tags, boolean star) {
        Question question = sheet.questions().get(questionIndex);
        String text = sheet.answerTo(question).orElseThrow().text();
        return coding.code(sheet.details().id(), question.id(), text, 0, Math.min(40, text.length()), tags, star).join();
    }

    private TagSummary summary(long tagId) {
        return coding.tags(project.id()).join().stream().filter(t -> t.tag().id() == tagId).findFirst().orElseThrow();
    }

    @Test
    void aTaggedPassageIsCountedPerAudienceAndListedWithWhoSaidIt() {
        Tag speed = coding.createTag(project.id(), "Fast go-live", Optional.empty()).join();

        codeFirstWords(customer, 0, List.of(speed.id()), false);
        codeFirstWords(sales, 1, List.of(speed.id()), false);

        TagSummary counted = summary(speed.id());
        assertThat(counted.passageCount()).isEqualTo(2);
        assertThat(counted.perAudience()).containsEntry(Audience.CUSTOMERS, 1).containsEntry(Audience.SALES, 1);
        List<CodedPassage> passages = coding.passagesOfTag(project.id(), speed.id()).join();
        assertThat(passages).extracting(CodedPassage::respondentName)
                .containsExactlyInAnyOrder(customer.details().respondent().name(), sales.details().respondent().name());
        assertThat(passages).allSatisfy(p -> assertThat(p.text()).isNotBlank());
    }

    @Test
    void mergingTwoTagsMovesTheirPassagesChildrenAndMemo() {
        Tag price = coding.createTag(project.id(), "Price", Optional.empty()).join();
        Tag cost = coding.createTag(project.id(), "Cost", Optional.empty()).join();
        Tag licence = coding.createTag(project.id(), "Licence fees", Optional.of(cost.id())).join();
        codeFirstWords(customer, 0, List.of(price.id()), false);
        codeFirstWords(customer, 1, List.of(cost.id()), false);
        codeFirstWords(sales, 0, List.of(price.id(), cost.id()), false);
        coding.saveMemo(project.id(), MemoSubject.TAG, Long.toString(cost.id()), "Mostly the hardware").join();

        coding.merge(cost.id(), price.id()).join();

        assertThat(coding.tags(project.id()).join()).extracting(t -> t.tag().name()).doesNotContain("Cost");
        assertThat(summary(price.id()).passageCount()).isEqualTo(3);
        assertThat(coding.tags(project.id()).join()).filteredOn(t -> t.tag().id() == licence.id()).singleElement()
                .satisfies(t -> assertThat(t.tag().parentId()).contains(price.id()));
        assertThat(coding.memo(project.id(), MemoSubject.TAG, Long.toString(price.id())).join()).isEqualTo("Mostly the hardware");
    }

    @Test
    void renamingKeepsPassagesAndRefusesADuplicateName() {
        Tag tag = coding.createTag(project.id(), "Onboarding", Optional.empty()).join();
        coding.createTag(project.id(), "Support", Optional.empty()).join();
        codeFirstWords(customer, 0, List.of(tag.id()), false);

        coding.updateTag(tag.id(), "Implementation", "#E45756", "How go-live went").join();

        assertThat(summary(tag.id()).tag().name()).isEqualTo("Implementation");
        assertThat(summary(tag.id()).passageCount()).isEqualTo(1);
        assertThatThrownBy(() -> coding.updateTag(tag.id(), "support", "", "").join())
                .hasCauseInstanceOf(UserFacingException.class);
    }

    @Test
    void tagsGroupOnlyOneLevelDeep() {
        Tag group = coding.createTag(project.id(), "Objections", Optional.empty()).join();
        Tag child = coding.createTag(project.id(), "Price objection", Optional.of(group.id())).join();
        Tag other = coding.createTag(project.id(), "Other", Optional.empty()).join();

        assertThatThrownBy(() -> coding.setParent(other.id(), Optional.of(child.id())).join())
                .cause().isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> coding.setParent(group.id(), Optional.of(other.id())).join())
                .cause().isInstanceOf(UserFacingException.class);
    }

    @Test
    void starredPassagesAreTheQuotes() {
        long passage = codeFirstWords(customer, 2, List.of(), true);
        codeFirstWords(sales, 2, List.of(coding.createTag(project.id(), "Misc", Optional.empty()).join().id()), false);

        assertThat(coding.quotes(project.id()).join()).extracting(CodedPassage::id).containsExactly(passage);
        coding.setStarred(passage, false).join();
        assertThat(coding.quotes(project.id()).join()).isEmpty();
    }

    @Test
    void anEmptySelectionIsRefused() {
        Question question = customer.questions().getFirst();
        assertThatThrownBy(() -> coding.code(customer.details().id(), question.id(), "text", 2, 2, List.of(1L), false).join())
                .cause().isInstanceOf(UserFacingException.class);
    }
}
