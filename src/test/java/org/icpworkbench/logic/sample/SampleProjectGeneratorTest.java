package org.icpworkbench.logic.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.icpworkbench.logic.persistence.ProductRepository;
import org.icpworkbench.logic.customer.CustomerMetrics;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.Customer;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.customer.SegmentMetrics;
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

    @Test
    void theSampleCustomerBaseMakesMidSizeDistributorsTheIcpAndOnlineShopsTheAntiIcp() {
        try (TestWorkspace workspace = TestWorkspace.openIn(temp)) {
            Project project = workspace.services().samples().createSample(Language.EN).join();
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            List<Customer> customers = workspace.services().customers().list(project.id()).join();
            CustomerMetricsReport report = workspace.services().customers().metrics(project.id(), today).join();

            assertThat(customers).hasSizeBetween(35, 50);
            assertThat(customers).allSatisfy(c -> {
                assertThat(c.data().firstPurchase()).get().matches(date -> !date.isAfter(today));
                c.data().churnDate().ifPresent(date -> assertThat(date).isBeforeOrEqualTo(today));
                assertThat(c.data().productIds()).isNotEmpty();
            });
            assertThat(report.segments()).hasSize(5);
            assertThat(report.segmentsByClv().getFirst()).isEqualTo("Mid-size distributors");
            assertThat(report.segmentsByGrossMargin().getFirst()).isEqualTo("Mid-size distributors");
            assertThat(report.segmentsByClv().getLast()).isEqualTo("Online shops");
            SegmentMetrics shops = segment(report, "Online shops");
            assertThat(shops.annualChurnRatePercent()).get().matches(churn -> churn.doubleValue() > 50);
            assertThat(shops.averageGrossMarginPercent()).get().matches(margin -> margin.doubleValue() < 10);
            SegmentMetrics icp = segment(report, "Mid-size distributors");
            assertThat(icp.revenueSharePercent()).get().matches(share -> share.doubleValue() > 50);
            assertThat(icp.lifetimeCapped()).isFalse();
            assertThat(segment(report, "Small wholesalers").lifetimeCapped()).isTrue();
        }
    }

    @Test
    void theSampleCustomersMoveWithTodaySoTheMetricsTellTheSameStory() {
        SampleProjectGenerator generator = new SampleProjectGenerator(Language.RU);
        Map<String, Long> products = Map.of("wms", 1L, "implementation", 2L, "integration", 3L, "hardware", 4L,
                "mobile", 5L, "analytics", 6L, "support", 7L, "training", 8L);
        for (LocalDate today : List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 11, 23), LocalDate.of(2029, 6, 30))) {
            List<CustomerData> customers = generator.customers(products, today);
            CustomerMetricsReport report = CustomerMetrics.compute(customers, today);

            assertThat(customers).allSatisfy(c -> assertThat(c.firstPurchase().orElseThrow()).isBeforeOrEqualTo(today));
            assertThat(customers).filteredOn(c -> c.status() == CustomerStatus.CHURNED)
                    .allSatisfy(c -> assertThat(c.churnDate().orElseThrow()).isBeforeOrEqualTo(today));
            assertThat(report.segmentsByClv().getFirst()).isEqualTo("Средние дистрибьюторы");
            assertThat(segment(report, "Интернет-магазины").churnedInWindow()).isGreaterThan(0);
            assertThat(customers).extracting(CustomerData::name).contains("Волга-Продукт", "Автодеталь-Опт", "ФулфилПро");
        }
    }

    private static SegmentMetrics segment(CustomerMetricsReport report, String name) {
        return report.segments().stream().filter(s -> s.segment().equals(name)).findFirst().orElseThrow();
    }
}
