package org.icpworkbench.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.icpworkbench.logic.customer.CustomerMetrics;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.interview.StructuredValues;
import org.icpworkbench.logic.persistence.CodingRepository;
import org.icpworkbench.logic.persistence.CustomerRepository;
import org.icpworkbench.logic.persistence.InterviewRepository;
import org.icpworkbench.logic.persistence.ProductRepository;
import org.icpworkbench.logic.persistence.ProjectRepository;
import org.icpworkbench.logic.persistence.QuestionnaireRepository;
import org.icpworkbench.logic.persistence.RespondentRepository;
import org.icpworkbench.logic.portrait.PortraitInputs;
import org.icpworkbench.logic.portrait.ProposalEngine;
import org.icpworkbench.logic.questionnaire.BuiltInQuestionnaire;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.customer.CustomerData;
import org.icpworkbench.model.customer.CustomerStatus;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.interview.NewInterview;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.respondent.NewRespondent;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Recomputing the characteristic proposals of a generated project of 1,000 interviews (250 per audience, every
 * question of the audience answered with words and structured values, a third of the text answers tagged, some
 * starred) and 500 customers: load from the workspace + propose, as the portrait screen does. Run alone with its
 * {@code main}, or from {@link Benchmarks} through {@link #rows()}.
 */
public final class PortraitBenchmark {

    static final int INTERVIEWS = 1_000;
    private static final int CUSTOMERS = 500;
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;
    private static final long SEED = 20261123L;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String[] INDUSTRIES = {"Food distribution", "Auto parts wholesale", "Building materials",
            "Household goods", "Contract logistics (3PL)", "Online retail"};
    private static final String[] REGIONS = {"Central", "Volga", "North-West", "Urals", "South", "Siberia"};
    private static final String[] UNITS = {"WEEKS", "MONTHS", "MONTHS", "YEARS"};
    private static final String[] TAGS = {"Fewer picking errors", "Fast go-live", "1C integration", "Stock accuracy",
            "Price", "Support quality", "Multi-warehouse", "Fear of downtime", "Cloud concerns", "Reports"};
    private static final String[] SENTENCES = {
        "We wanted to get rid of picking errors and stock discrepancies between the warehouses.",
        "The integration with 1C was the deciding factor; nobody else promised it in weeks.",
        "Support answers within an hour and the account manager checks in every quarter.",
        "Price came up, but the question went away once they saw the pilot results.",
        "The warehouse manager and IT evaluate, the CFO checks the numbers, the COO decides.",
        "Proper reports out of the box would save us exporting everything to Excel every week."};

    private PortraitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("| measure | value |");
        System.out.println("|---|---|");
        rows().forEach(row -> System.out.println("| " + row[0] + " | " + row[1] + " |"));
        System.out.printf(Locale.ROOT, "%nJava %s, %d cores, %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
    }

    /** Table rows {what, value}: medians of {@value #RUNS} runs after {@value #WARM_UP} warm-up runs. */
    public static List<String[]> rows() throws Exception {
        Path folder = Files.createTempDirectory("icp-portrait-bench");
        List<String[]> rows = new ArrayList<>();
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            long begin = System.nanoTime();
            long projectId = services.workspace().database().submit(PortraitBenchmark::generate).join();
            rows.add(row("generate a portrait project (1,000 interviews, all questions answered)", millis(System.nanoTime() - begin)));
            Messages messages = Messages.of(Language.RU);
            List<Double> total = new ArrayList<>();
            List<Double> load = new ArrayList<>();
            List<Double> compute = new ArrayList<>();
            int evidence = 0;
            for (int run = 0; run < WARM_UP + RUNS; run++) {
                long start = System.nanoTime();
                evidence = services.proposals().propose(projectId, TODAY, messages).join().stream()
                        .mapToInt(proposal -> proposal.evidence().size()).sum();
                long end = System.nanoTime();
                PortraitInputs inputs = services.proposals().inputs(projectId).join();
                long loaded = System.nanoTime();
                ProposalEngine.propose(inputs, CustomerMetrics.compute(inputs.customers(), TODAY), messages);
                long computed = System.nanoTime();
                if (run >= WARM_UP) {
                    total.add(millis(end - start));
                    load.add(millis(loaded - end));
                    compute.add(millis(computed - loaded));
                }
            }
            rows.add(row("recompute proposals, 1,000 interviews (load + propose), median of " + RUNS, median(total)));
            rows.add(row("  of which load (7 queries)", median(load)));
            rows.add(row("  of which propose (28 characteristics, " + evidence + " pieces of evidence)", median(compute)));
            rows.add(row("recompute proposals, worst of " + RUNS, Collections.max(total)));
        } finally {
            deleteQuietly(folder);
        }
        return rows;
    }

    private static long generate(DSLContext dsl) {
        return generate(dsl, INTERVIEWS);
    }

    /** The generated project with {@code interviewCount} interviews (also used by {@link PortraitPdfBenchmark}). */
    static long generate(DSLContext dsl, int interviewCount) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = DSL.using(configuration);
            Instant now = Instant.now();
            Random random = new Random(SEED);
            QuestionnaireRepository questionnaires = new QuestionnaireRepository(tx);
            long versionId = questionnaires.installBuiltIn(BuiltInQuestionnaire.definition(), now);
            List<Question> questions = questionnaires.questions(versionId);
            long projectId = new ProjectRepository(tx).create(ProjectDetails.named("Portrait benchmark"), now).id();
            List<Long> products = new ArrayList<>();
            ProductRepository catalogue = new ProductRepository(tx);
            for (String name : List.of("WMS", "Implementation", "1C integration", "Mobile app", "Hardware", "Training",
                    "Support", "Analytics")) {
                products.add(catalogue.create(projectId, name, "").id());
            }
            new CustomerRepository(tx).insertAll(projectId, customers(random, products), now);
            CodingRepository coding = new CodingRepository(tx);
            List<Long> tags = new ArrayList<>();
            for (String name : TAGS) {
                tags.add(coding.createTag(projectId, name, "#4C78A8", "", Optional.empty(), now).id());
            }
            RespondentRepository respondents = new RespondentRepository(tx);
            InterviewRepository interviews = new InterviewRepository(tx);
            Audience[] audiences = Audience.values();
            for (int i = 0; i < interviewCount; i++) {
                Audience audience = audiences[i % audiences.length];
                long respondentId = respondents.create(projectId, new NewRespondent("Respondent " + i, "Role " + i % 7,
                        "Company " + i % 40, "", false, Optional.empty()), now).id();
                long interviewId = interviews.create(new NewInterview(projectId, respondentId, versionId, audience, true,
                        TODAY.minusDays(random.nextInt(200)), "Bench"), now);
                for (Question question : questions) {
                    if (question.audience() != audience) {
                        continue;
                    }
                    String text = SENTENCES[random.nextInt(SENTENCES.length)] + " " + SENTENCES[random.nextInt(SENTENCES.length)];
                    interviews.saveAnswer(interviewId, question.id(), new AnswerDraft(text,
                            StructuredValues.write(values(question, random, products)), false, false, ""), now);
                    if (random.nextInt(3) == 0) {
                        long answerId = coding.answerId(interviewId, question.id()).orElseThrow();
                        int end = text.indexOf('.') + 1;
                        coding.codePassage(answerId, 0, end, text.substring(0, end),
                                List.of(tags.get(random.nextInt(tags.size())), tags.get(random.nextInt(tags.size()))),
                                random.nextInt(10) == 0, now);
                    }
                }
                interviews.finish(interviewId, InterviewStatus.COMPLETE, 3600, now);
            }
            return projectId;
        });
    }

    private static Map<String, Object> values(Question question, Random random, List<Long> products) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (QuestionField field : question.fields()) {
            Object value = switch (field.type()) {
                case FIRMOGRAPHICS -> Map.of("industry", INDUSTRIES[random.nextInt(INDUSTRIES.length)],
                        "sizeBand", field.sizeBands().get(random.nextInt(field.sizeBands().size())).key(),
                        "revenueBand", field.revenueBands().get(random.nextInt(field.revenueBands().size())).key(),
                        "region", REGIONS[random.nextInt(REGIONS.length)]);
                case DURATION -> Map.of("amount", 1 + random.nextInt(12), "unit", UNITS[random.nextInt(UNITS.length)]);
                case NUMBER -> random.nextInt(60);
                case PERCENT -> random.nextInt(101);
                case MONEY -> Map.of("amount", 100_000 + random.nextInt(3_000_000), "currency", "RUB");
                case CHOICE -> field.options().get(random.nextInt(field.options().size())).key();
                case MULTI -> field.catalogue()
                        ? products.stream().filter(id -> random.nextInt(3) == 0).toList()
                        : List.of(field.options().getFirst().key());
                case SCALE -> random.nextInt(11);
                case YESNO -> random.nextBoolean();
                case TEXT -> SENTENCES[random.nextInt(SENTENCES.length)];
            };
            values.put(field.key(), value);
        }
        return values;
    }

    private static List<CustomerData> customers(Random random, List<Long> products) {
        String[] segments = {"Mid-size distributors", "Large enterprises", "3PL", "Online shops", "Small wholesalers"};
        String[] bands = {"11-50", "51-200", "201-500", "501-1000"};
        List<CustomerData> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            LocalDate first = TODAY.minusDays(30 + random.nextInt(3000));
            boolean churned = random.nextInt(6) == 0;
            customers.add(new CustomerData("Customer " + i, segments[random.nextInt(segments.length)],
                    INDUSTRIES[random.nextInt(INDUSTRIES.length)], bands[random.nextInt(bands.length)],
                    REGIONS[random.nextInt(REGIONS.length)], Optional.of(first),
                    churned ? CustomerStatus.CHURNED : CustomerStatus.ACTIVE,
                    churned ? Optional.of(first.plusDays(1 + random.nextInt(20))) : Optional.empty(),
                    Optional.of(BigDecimal.valueOf(50_000 + random.nextInt(5_000_000))),
                    Optional.of(BigDecimal.valueOf(10 + random.nextInt(70))), Optional.empty(),
                    Optional.of(1 + random.nextInt(20)), products.subList(0, 1 + random.nextInt(products.size())),
                    Optional.of(random.nextInt(11)), ""));
        }
        return customers;
    }

    private static double median(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static String[] row(String what, double ms) {
        return new String[] {what, String.format(Locale.ROOT, "%.1f ms", ms)};
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
