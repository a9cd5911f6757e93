package org.icpworkbench.gui.synthesis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.icpworkbench.logic.coding.CodingService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.testsupport.TestWorkspace;
import org.icpworkbench.testsupport.UncodedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareViewModelTest {

    @TempDir
    Path temp;

    @Test
    void twoAudiencesShowTheirTagFrequenciesAndQuotesSideBySide() {
        try (TestWorkspace workspace = TestWorkspace.openIn(temp)) {
            Project project = UncodedSample.create(workspace.services(), Language.EN);
            CodingService coding = workspace.services().coding();
            Tag price = coding.createTag(project.id(), "Price", Optional.empty()).join();
            List<InterviewSummary> interviews = workspace.services().interviews().interviews(project.id()).join();
            List<InterviewSummary> chosen = new java.util.ArrayList<>(
                    interviews.stream().filter(i -> i.audience() == Audience.CUSTOMERS).limit(2).toList());
            chosen.add(interviews.stream().filter(i -> i.audience() == Audience.SALES).findFirst().orElseThrow());
            for (InterviewSummary interview : chosen) {
                InterviewSheet sheet = workspace.services().interviews().sheet(interview.id()).join();
                var question = sheet.questions().getFirst();
                String text = sheet.answerTo(question).orElseThrow().text();
                coding.code(interview.id(), question.id(), text, 0, 10, List.of(price.id()),
                        interview.audience() == Audience.CUSTOMERS).join();
            }
            CompareViewModel compare = new CompareViewModel(Messages.of(Language.EN), Runnable::run);
            compare.attach(coding);
            compare.load(project.id()).join();

            compare.segmentAProperty().set(Audience.CUSTOMERS.name());
            compare.segmentBProperty().set(Audience.SALES.name());

            assertThat(compare.rows()).singleElement().satisfies(row -> {
                assertThat(row.tag()).isEqualTo("Price");
                assertThat(row.countA()).isEqualTo(2);
                assertThat(row.totalA()).isEqualTo(2);
                assertThat(row.countB()).isEqualTo(1);
            });
            assertThat(compare.quotesA()).hasSize(2);
            assertThat(compare.quotesB()).isEmpty();
            assertThat(compare.share(2, 2)).isEqualTo("2 of 2 interviews (100 %)");
            assertThat(compare.valueName(Audience.CUSTOMERS.name())).isEqualTo("Best customers");
        }
    }
}
