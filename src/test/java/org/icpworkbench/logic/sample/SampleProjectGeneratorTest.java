package org.icpworkbench.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icpworkbench.logic.persistence.ProductRepository;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.project.Project;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.Respondent;
import org.icpworkbench.testsupport.TestWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleProjectGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void theSampleHasTwelveInterviewsAcrossAllFourAudiences() {
        try (TestWorkspace workspace = TestWorkspace.openIn(temp)) {
            Project project = workspace.services().samples().createSample(Language.EN).join();
            List<InterviewSummary> interviews = workspace.services().interviews().interviews(project.id()).join();

            assertThat(interviews).hasSize(12);
            Map<Audience, Long> perAudience = interviews.stream()
                    .collect(Collectors.groupingBy(InterviewSummary::audience, Collectors.counting()));
            assertThat(perAudience).containsOnlyKeys(Audience.values());
            assertThat(interviews).filteredOn(i -> i.status() == InterviewStatus.COMPLETE)
                    .allSatisfy(i -> assertThat(i.answeredCount()).isEqualTo(i.questionCount()));
            assertThat(interviews).filteredOn(i -> i.status() == InterviewStatus.DRAFT).singleElement()
                    .satisfies(i -> assertThat(i.answeredCount()).isLessThan(i.questionCount()));
            assertThat(workspace.list(dsl -> new ProductRepository(dsl).forProject(project.id()))).hasSizeGreaterThan(4);
        }
    }

    @Test
    void theSampleIsWrittenInTheChosenLanguage() {
        try (TestWorkspace workspace = TestWorkspace.openIn(temp)) {
            Project russian = workspace.services().samples().createSample(Language.RU).join();
            Project english = workspace.services().samples().createSample(Language.EN).join();

            assertThat(russian.name()).containsPattern("[А-Яа-яЁё]");
            assertThat(english.name()).doesNotContainPattern("[А-Яа-яЁё]");
            Function<Project, List<String>> roles = project -> workspace.services().interviews()
                    .respondents(project.id()).join().stream().map(Respondent::role).toList();
            assertThat(roles.apply(russian)).allSatisfy(role -> assertThat(role).containsPattern("[А-Яа-яЁё]"));
            assertThat(roles.apply(english)).allSatisfy(role -> assertThat(role).doesNotContainPattern("[А-Яа-яЁё]"));
        }
    }
}
