package org.icpworkbench.logic.export;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.icpworkbench.logic.customer.CustomerChartSeries;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.portrait.PortraitQuotes;
import org.icpworkbench.logic.scorecard.ScoreExplanations;
import org.icpworkbench.model.customer.CustomerMetricsReport;
import org.icpworkbench.model.customer.SegmentMetrics;
import org.icpworkbench.model.interview.InterviewDetails;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.portrait.AntiIcpEntry;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.portrait.CharacteristicRow;
import org.icpworkbench.model.portrait.Coverage;
import org.icpworkbench.model.portrait.Evidence;
import org.icpworkbench.model.portrait.PortraitSection;
import org.icpworkbench.model.portrait.PortraitState;
import org.icpworkbench.model.portrait.Proposal;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.respondent.Respondent;
import org.icpworkbench.model.scorecard.Criterion;
import org.icpworkbench.model.scorecard.Scorecard;

/**
 * The ICP portrait as an XHTML document, from the {@code portrait*} templates and {@code portrait.css}. Names of
 * characteristics, sections, audiences and scorecard criteria are the application's own ({@code messages} bundles),
 * so the document says what the screens say; every other text is in the {@code export} bundles.
 * <p>Over 400 lines, for now: one section per method of the portrait document; issue 19 replaces it with one document
 * model rendered to PDF, DOCX and Markdown, so it is not split into parts that would be thrown away.
 */
final class PortraitXhtml {

    private static final XhtmlTemplate DOCUMENT = XhtmlTemplate.load("portrait.xhtml");
    private static final XhtmlTemplate SECTION = XhtmlTemplate.load("portrait-section.xhtml");
    private static final XhtmlTemplate CHARACTERISTIC = XhtmlTemplate.load("portrait-characteristic.xhtml");
    private static final XhtmlTemplate QUOTE = XhtmlTemplate.load("portrait-quote.xhtml");
    private static final XhtmlTemplate CHART = XhtmlTemplate.load("portrait-chart.xhtml");
    private static final XhtmlTemplate FIGURE = XhtmlTemplate.load("portrait-figure.xhtml");
    private static final XhtmlTemplate APPENDIX = XhtmlTemplate.load("portrait-appendix.xhtml");
    private static final Markup CSS = new Markup(Css.stylesheet() + "\n" + interviewStyles() + Css.resource("portrait.css"));

    private static final Pattern BODY = Pattern.compile("(?s)<body>(.*)</body>");
    private static final Pattern RUNNING = Pattern.compile("<div class=\"running [^\"]*\">[^<]*</div>\\s*");

    private final ExportTexts texts;
    private final Messages messages;
    private final PortraitPdfOptions options;
    private final ScoreExplanations explanations;
    /** Respondent's name → number, by first interview, for the anonymous document. */
    private final Map<String, Integer> pseudonyms = new LinkedHashMap<>();

    PortraitXhtml(ExportTexts texts, PortraitPdfOptions options) {
        this.texts = texts;
        this.options = options;
        this.messages = Messages.of(texts.language());
        this.explanations = new ScoreExplanations(messages);
    }

    String render(PortraitContent content) {
        for (PortraitContent.Interview interview : content.interviews()) {
            String name = orEmpty(interview.respondentName()).strip();
            if (!name.isEmpty()) {
                pseudonyms.putIfAbsent(name, pseudonyms.size() + 1);
            }
        }
        PortraitState state = content.state();
        String project = content.project().name();
        String client = orEmpty(content.project().clientCompany()).strip();
        String none = texts.get("portrait.none");

        Map<String, Object> values = new HashMap<>();
        values.put("lang", texts.language().tag());
        values.put("title", texts.get("portrait.document.title", project));
        values.put("author", content.consultant());
        values.put("subject", texts.get("portrait.document.subject", client.isEmpty() ? project : client));
        values.put("keywords", texts.get("portrait.document.keywords"));
        values.put("css", CSS);
        values.put("pageNumber", pageNumber());
        values.put("headerLeft", texts.get("portrait.page.header", project));
        values.put("headerRight", state.latestVersion()
                .map(version -> texts.get("portrait.page.version", Integer.toString(version.number())))
                .orElse(texts.get("portrait.page.draft")));
        values.put("footerLeft", texts.get("portrait.page.footer", client.isEmpty() ? project : client));
        values.put("project", project);
        values.put("client", client.isEmpty() ? none : client);
        values.put("version", state.latestVersion()
                .map(version -> texts.get("portrait.cover.version.value", Integer.toString(version.number()),
                        texts.date(version.publishedAt().atZone(ZoneId.systemDefault()).toLocalDate())))
                .orElse(texts.get("portrait.cover.version.draft")));
        values.put("date", texts.date(content.date()));
        values.put("consultant", content.consultant().isBlank() ? none : content.consultant());
        values.put("summary", summary(state));
        values.put("figures", figures(state.metrics()));
        values.put("coverage", coverageLine(state));
        values.put("sections", sections(state));
        values.put("table", table(state));
        values.put("antiIcp", antiIcp(state.antiIcp()));
        values.put("scorecardNote", texts.get(content.scorecardSaved() ? "portrait.scorecard.saved" : "portrait.scorecard.proposed"));
        values.put("criteria", criteria(content.scorecard()));
        values.put("tiers", tiers(content.scorecard()));
        values.put("metricsNote", texts.get("portrait.metrics.asOf", texts.date(state.metrics().analysisDate())));
        values.put("metrics", metricsTable(state.metrics()));
        values.put("charts", charts(state.metrics()));
        values.put("appendix", options.appendix() ? appendix(content) : Markup.EMPTY);
        values.put("bookmarks", bookmarks());
        String xhtml = DOCUMENT.render(values, texts::get).xhtml();
        return options.anonymous() ? withoutNames(xhtml) : xhtml;
    }

    // ---- outline

    private Markup bookmarks() {
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {"summary", texts.get("portrait.summary")});
        for (PortraitSection section : PortraitSection.values()) {
            entries.add(new String[] {"section-" + section.name(), messages.name(section)});
        }
        entries.add(new String[] {"characteristics", texts.get("portrait.table")});
        entries.add(new String[] {"anti-icp", texts.get("portrait.antiIcp")});
        entries.add(new String[] {"scorecard", texts.get("portrait.scorecard")});
        entries.add(new String[] {"metrics", texts.get("portrait.metrics")});
        if (options.appendix()) {
            entries.add(new String[] {"appendix", texts.get("portrait.appendix")});
        }
        StringBuilder out = new StringBuilder();
        for (String[] entry : entries) {
            out.append("<bookmark name=\"").append(Xhtml.escape(entry[1])).append("\" href=\"#").append(entry[0]).append("\"/>\n");
        }
        return new Markup(out.toString());
    }

    /** The number of top-level outline entries the document gets with these options. */
    static int outlineEntries(boolean appendix) {
        return 1 + PortraitSection.values().length + 4 + (appendix ? 1 : 0);
    }

    // ---- summary

    private Markup summary(PortraitState state) {
        if (state.summary().isBlank()) {
            return new Markup("<p class=\"muted\">" + Xhtml.escape(texts.get("portrait.summary.empty")) + "</p>");
        }
        return Xhtml.paragraphs(state.summary(), "summary");
    }

    private Markup figures(CustomerMetricsReport report) {
        SegmentMetrics whole = report.project();
        String none = texts.get("portrait.none");
        List<Markup> cells = new ArrayList<>();
        cells.add(figure(texts.get("portrait.figure.active"), Integer.toString(whole.activeCustomers())));
        cells.add(figure(texts.get("portrait.figure.churn"), whole.annualChurnRatePercent().map(this::percent).orElse(none)));
        cells.add(figure(texts.get("portrait.figure.clv"), whole.clv().map(this::money).orElse(none)));
        cells.add(figure(texts.get("portrait.figure.nps"), whole.nps().map(this::whole).orElse(none)));
        return Markup.join(cells);
    }

    private Markup figure(String label, String value) {
        return FIGURE.render(Map.of("label", label, "value", value), texts::get);
    }

    private String coverageLine(PortraitState state) {
        long decided = state.rows().stream().filter(CharacteristicRow::decided).count();
        long covered = state.rows().stream().filter(row -> row.proposal().coverage().sufficient()).count();
        return texts.get("portrait.summary.coverage", Long.toString(decided), Integer.toString(state.rows().size()),
                Long.toString(covered));
    }

    // ---- the portrait's sections

    private Markup sections(PortraitState state) {
        List<Markup> parts = new ArrayList<>();
        for (PortraitSection section : PortraitSection.values()) {
            List<Markup> characteristics = new ArrayList<>();
            for (Characteristic characteristic : Characteristic.of(section)) {
                state.row(characteristic).ifPresent(row -> characteristics.add(characteristic(row)));
            }
            parts.add(SECTION.render(Map.of("id", "section-" + section.name(), "title", messages.name(section),
                    "characteristics", Markup.join(characteristics)), texts::get));
        }
        return Markup.join(parts);
    }

    private Markup characteristic(CharacteristicRow row) {
        Proposal proposal = row.proposal();
        String value = row.value().strip();
        Markup body = value.isEmpty()
                ? new Markup("<p class=\"value muted\">" + Xhtml.escape(texts.get("portrait.characteristic.none")) + "</p>")
                : Xhtml.paragraphs(value, "value");
        List<Markup> quotes = quotes(proposal.evidence()).stream().map(this::quote).toList();
        return CHARACTERISTIC.render(Map.of(
                "name", messages.name(row.characteristic()),
                "status", status(row),
                "value", body,
                "meta", evidenceLine(proposal),
                "quotes", quotes.isEmpty() ? Markup.EMPTY
                        : new Markup("<div class=\"quotes\">" + Markup.join(quotes).xhtml() + "</div>")), texts::get);
    }

    private String status(CharacteristicRow row) {
        return texts.get("portrait.status." + row.decision().map(decision -> decision.status().name()).orElse("PROPOSED"));
    }

    private String evidenceLine(Proposal proposal) {
        Coverage coverage = proposal.coverage();
        String evidence = proposal.hasEvidence()
                ? texts.get("portrait.characteristic.evidence", Integer.toString(proposal.supporting()),
                        Integer.toString(proposal.considered()))
                : texts.get("portrait.characteristic.noEvidence");
        return texts.get(coverage.sufficient() ? "portrait.characteristic.meta" : "portrait.characteristic.meta.short",
                evidence, Integer.toString(coverage.respondents()), Integer.toString(coverage.needed()),
                messages.name(coverage.audience()));
    }

    /** The quotes a document may show under a characteristic ({@link PortraitQuotes}). */
    static List<Evidence> quotes(List<Evidence> evidence) {
        return PortraitQuotes.forDocument(evidence);
    }

    private Markup quote(Evidence evidence) {
        return QUOTE.render(Map.of("text", texts.get("portrait.quote", unquoted(evidence.text())),
                "source", source(evidence)), texts::get);
    }

    /** The quote without the quotation marks it was typed with: the document adds its own. */
    static String unquoted(String text) {
        return text.strip().replaceAll("^[\"“”«»„']+|[\"“”«»„']+$", "").strip();
    }

    /** "Olga Smirnova, Head of Service, Northwind, 8 September 2026, question 7"; without the name when anonymous. */
    String source(Evidence evidence) {
        List<String> parts = new ArrayList<>();
        if (!options.anonymous() && !evidence.respondent().isBlank()) {
            parts.add(evidence.respondent().strip());
        }
        Stream.of(evidence.role(), evidence.company()).map(String::strip).filter(part -> !part.isEmpty()).forEach(parts::add);
        if (evidence.date() != null) {
            parts.add(texts.date(evidence.date()));
        }
        String who = String.join(", ", parts);
        return evidence.questionCode().isBlank() ? who : texts.get("portrait.quote.source", who, evidence.questionCode());
    }

    // ---- key characteristics table

    private Markup table(PortraitState state) {
        StringBuilder rows = new StringBuilder();
        for (PortraitSection section : PortraitSection.values()) {
            rows.append("<tr class=\"group\"><th colspan=\"5\" scope=\"colgroup\">").append(Xhtml.escape(messages.name(section)))
                    .append("</th></tr>\n");
            for (Characteristic characteristic : Characteristic.of(section)) {
                Optional<CharacteristicRow> found = state.row(characteristic);
                if (found.isEmpty()) {
                    continue;
                }
                CharacteristicRow row = found.get();
                Proposal proposal = row.proposal();
                Coverage coverage = proposal.coverage();
                String value = row.value().isBlank() ? texts.get("portrait.none") : shorten(row.value().strip(), 160);
                rows.append("<tr><th scope=\"row\">").append(Xhtml.escape(messages.name(characteristic))).append("</th><td>")
                        .append(Xhtml.escape(value)).append("</td><td class=\"number\">")
                        .append(Xhtml.escape(proposal.hasEvidence() ? texts.get("portrait.table.evidence.value",
                                Integer.toString(proposal.supporting()), Integer.toString(proposal.considered())) : texts.get("portrait.none")))
                        .append("</td><td class=\"number").append(coverage.sufficient() ? "" : " short").append("\">")
                        .append(Xhtml.escape(texts.get("portrait.table.coverage.value", Integer.toString(coverage.respondents()),
                                Integer.toString(coverage.needed()), messages.name(coverage.audience()))))
                        .append("</td><td>").append(Xhtml.escape(status(row))).append("</td></tr>\n");
            }
        }
        return new Markup(rows.toString());
    }

    private static String shorten(String text, int limit) {
        String flat = text.replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= limit) {
            return flat;
        }
        String cut = flat.substring(0, flat.offsetByCodePoints(0, limit));
        int space = cut.lastIndexOf(' ');
        return (space > limit / 2 ? cut.substring(0, space) : cut).replaceAll("[\\s,;:.—–-]+$", "") + "…";
    }

    // ---- anti-ICP

    private Markup antiIcp(List<AntiIcpEntry> entries) {
        if (entries.isEmpty()) {
            return new Markup("<p class=\"muted\">" + Xhtml.escape(texts.get("portrait.antiIcp.empty")) + "</p>");
        }
        StringBuilder out = new StringBuilder("<ul class=\"anti-icp\">\n");
        for (AntiIcpEntry entry : entries) {
            out.append("<li><p class=\"statement\">").append(Xhtml.escape(entry.statement())).append("</p>");
            if (!entry.reason().isBlank()) {
                out.append("<p class=\"reason\">").append(Xhtml.escape(texts.get("portrait.antiIcp.reason", entry.reason().strip())))
                        .append("</p>");
            }
            if (!entry.segment().isBlank()) {
                out.append("<p class=\"segment\">").append(Xhtml.escape(texts.get("portrait.antiIcp.segment", entry.segment().strip())))
                        .append("</p>");
            }
            out.append("</li>\n");
        }
        return new Markup(out.append("</ul>").toString());
    }

    // ---- scorecard

    private Markup criteria(Scorecard scorecard) {
        if (scorecard.criteria().isEmpty()) {
            return new Markup("<tr><td colspan=\"3\" class=\"muted\">" + Xhtml.escape(texts.get("portrait.scorecard.empty"))
                    + "</td></tr>");
        }
        StringBuilder rows = new StringBuilder();
        for (Criterion criterion : scorecard.criteria()) {
            String values = criterion.kind().isThreshold()
                    ? criterion.threshold().map(amount -> texts.get(criterion.disqualifier()
                            ? "portrait.scorecard.below" : "portrait.scorecard.atLeast", explanations.amount(amount))).orElse("")
                    : criterion.values().stream().map(value -> explanations.value(criterion.kind(), value))
                            .collect(Collectors.joining(", "));
            String weight = criterion.disqualifier()
                    ? (criterion.reason().isBlank() ? texts.get("portrait.scorecard.disqualifier")
                            : texts.get("portrait.scorecard.disqualifier.reason", criterion.reason().strip()))
                    : texts.get("portrait.scorecard.weight.value", Integer.toString(criterion.weight()));
            rows.append("<tr").append(criterion.disqualifier() ? " class=\"disqualifier\"" : "").append("><th scope=\"row\">")
                    .append(Xhtml.escape(explanations.criterion(criterion.kind()))).append("</th><td>")
                    .append(Xhtml.escape(values.isBlank() ? texts.get("portrait.none") : values)).append("</td><td>")
                    .append(Xhtml.escape(weight)).append("</td></tr>\n");
        }
        return new Markup(rows.toString());
    }

    private Markup tiers(Scorecard scorecard) {
        return new Markup("<li>" + Xhtml.escape(texts.get("portrait.scorecard.tierA", Integer.toString(scorecard.tierA()))) + "</li>"
                + "<li>" + Xhtml.escape(texts.get("portrait.scorecard.tierB", Integer.toString(scorecard.tierB()),
                        Integer.toString(scorecard.tierA() - 1))) + "</li>"
                + "<li>" + Xhtml.escape(texts.get("portrait.scorecard.tierC", Integer.toString(scorecard.tierB()))) + "</li>");
    }

    // ---- customer metrics

    private Markup metricsTable(CustomerMetricsReport report) {
        StringBuilder rows = new StringBuilder();
        List<SegmentMetrics> segments = new ArrayList<>(report.segments());
        segments.sort(Comparator.comparing(SegmentMetrics::totalAnnualRevenue).reversed());
        for (SegmentMetrics segment : segments) {
            rows.append(metricsRow(segmentName(segment.segment()), segment, false));
        }
        rows.append(metricsRow(texts.get("portrait.metrics.whole"), report.project(), true));
        return new Markup(rows.toString());
    }

    private String metricsRow(String name, SegmentMetrics segment, boolean total) {
        String none = texts.get("portrait.none");
        return "<tr" + (total ? " class=\"total\"" : "") + "><th scope=\"row\">" + Xhtml.escape(name) + "</th>"
                + number(Integer.toString(segment.activeCustomers()))
                + number(segment.revenueSharePercent().map(this::percent).orElse(none))
                + number(segment.clv().map(this::money).orElse(none) + (segment.lifetimeCapped() ? "*" : ""))
                + number(segment.annualChurnRatePercent().map(this::percent).orElse(none))
                + number(segment.nps().map(this::whole).orElse(none)) + "</tr>\n";
    }

    private static String number(String text) {
        return "<td class=\"number\">" + Xhtml.escape(text) + "</td>";
    }

    private Markup charts(CustomerMetricsReport report) {
        List<Markup> charts = new ArrayList<>();
        List<CustomerChartSeries.Bar> revenue = CustomerChartSeries.revenue(report);
        charts.add(chart(texts.get("portrait.chart.revenue"), revenue.isEmpty() ? null
                : PortraitCharts.horizontal(revenue, bar -> segmentName(bar.category()),
                        bar -> texts.get("portrait.chart.revenue.label", money(bar.value()),
                                bar.share().map(this::percent).orElse(texts.get("portrait.none")))),
                describe(revenue, bar -> money(bar.value())), ""));
        List<CustomerChartSeries.Bar> clv = CustomerChartSeries.clv(report);
        boolean capped = clv.stream().anyMatch(bar -> bar.mark() == CustomerChartSeries.Mark.CAPPED);
        charts.add(chart(texts.get("portrait.chart.clv"), clv.isEmpty() ? null
                : PortraitCharts.horizontal(clv, bar -> segmentName(bar.category()), bar -> money(bar.value())),
                describe(clv, bar -> money(bar.value())), capped ? texts.get("portrait.chart.clv.capped") : ""));
        List<CustomerChartSeries.Bar> nps = CustomerChartSeries.nps(report);
        boolean anyNps = nps.stream().anyMatch(bar -> bar.value().signum() > 0);
        charts.add(chart(report.project().nps().map(value -> texts.get("portrait.chart.nps.withScore", whole(value)))
                        .orElse(texts.get("portrait.chart.nps")),
                anyNps ? PortraitCharts.nps(nps, bar -> bar.value().toPlainString()) : null,
                describe(nps, bar -> bar.value().toPlainString()), anyNps ? texts.get("portrait.chart.nps.note") : ""));
        return Markup.join(charts);
    }

    private String describe(List<CustomerChartSeries.Bar> bars, java.util.function.Function<CustomerChartSeries.Bar, String> value) {
        return bars.stream().map(bar -> segmentName(bar.category()) + ": " + value.apply(bar)).collect(Collectors.joining("; "));
    }

    private Markup chart(String title, PortraitCharts.Picture picture, String description, String note) {
        Markup image = picture == null
                ? new Markup("<p class=\"muted\">" + Xhtml.escape(texts.get("portrait.chart.none")) + "</p>")
                : new Markup("<img src=\"" + picture.dataUri() + "\" alt=\"" + Xhtml.escape(title + ". " + description)
                        + "\" style=\"width: " + mm(picture.widthPt()) + "; height: " + mm(picture.heightPt()) + ";\"/>");
        return CHART.render(Map.of("title", title, "image", image,
                "note", note.isBlank() ? Markup.EMPTY : new Markup("<p class=\"chart-note\">" + Xhtml.escape(note) + "</p>")),
                texts::get);
    }

    private static String mm(double points) {
        return String.format(java.util.Locale.ROOT, "%.2fmm", points / 72 * 25.4);
    }

    private String segmentName(String segment) {
        return segment == null || segment.isBlank() ? texts.get("portrait.metrics.noSegment") : segment;
    }

    // ---- appendix

    private Markup appendix(PortraitContent content) {
        Map<Audience, List<PortraitContent.Interview>> byAudience = new LinkedHashMap<>();
        for (Audience audience : Audience.values()) {
            byAudience.put(audience, new ArrayList<>());
        }
        content.interviews().stream().filter(interview -> interview.sheet() != null)
                .forEach(interview -> byAudience.get(interview.audience()).add(interview));
        InterviewXhtml interviews = new InterviewXhtml(texts, PortraitPdfExporter.appendixOptions());
        StringBuilder out = new StringBuilder();
        boolean firstGroup = true;
        for (Map.Entry<Audience, List<PortraitContent.Interview>> group : byAudience.entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            out.append("<div class=\"appendix-group").append(firstGroup ? " first" : "").append("\"><h3 class=\"appendix-audience\">")
                    .append(Xhtml.escape(texts.get("portrait.appendix.audience", texts.get("audience." + group.getKey().name()),
                            Integer.toString(group.getValue().size()))))
                    .append("</h3>\n");
            boolean first = true;
            for (PortraitContent.Interview interview : group.getValue()) {
                InterviewSheet sheet = options.anonymous() ? anonymous(interview.sheet()) : interview.sheet();
                Matcher body = BODY.matcher(interviews.render(sheet, content.productNames()));
                if (!body.find()) {
                    throw new IllegalStateException("The interview document has no body");
                }
                out.append("<div class=\"appendix-interview").append(first ? " first" : "").append("\">")
                        .append(RUNNING.matcher(body.group(1)).replaceAll("")).append("</div>\n");
                first = false;
            }
            out.append("</div>\n");
            firstGroup = false;
        }
        long count = content.interviews().stream().filter(interview -> interview.sheet() != null).count();
        return APPENDIX.render(Map.of("intro", texts.get("portrait.appendix.intro", Long.toString(count)),
                "interviews", new Markup(out.toString())), texts::get);
    }

    private InterviewSheet anonymous(InterviewSheet sheet) {
        InterviewDetails details = sheet.details();
        Respondent respondent = details.respondent();
        Respondent hidden = new Respondent(respondent.id(), respondent.projectId(), pseudonym(respondent.name()),
                respondent.role(), respondent.company(), "", respondent.consentGiven(), respondent.consentDate());
        return new InterviewSheet(new InterviewDetails(details.id(), details.projectId(), details.projectName(), hidden,
                details.templateVersionId(), details.audience(), details.includeExtension(), details.date(),
                details.interviewer(), details.status(), details.durationSeconds()), sheet.questions(), sheet.answers());
    }

    private String pseudonym(String name) {
        String key = orEmpty(name).strip();
        Integer number = pseudonyms.computeIfAbsent(key, unused -> pseudonyms.size() + 1);
        return texts.get("portrait.respondent", Integer.toString(number));
    }

    /** Any respondent's full name left in typed text (a summary, an answer) is replaced by their pseudonym. */
    private String withoutNames(String xhtml) {
        String result = xhtml;
        List<String> names = pseudonyms.keySet().stream().filter(name -> name.length() >= 3)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String name : names) {
            result = result.replace(Xhtml.escape(name), Xhtml.escape(pseudonym(name)));
        }
        return result;
    }

    // ---- helpers

    private String percent(BigDecimal value) {
        return texts.get("portrait.percent", texts.number(value.setScale(1, java.math.RoundingMode.HALF_UP)));
    }

    /** Money in whole units: the report's figures are estimates, kopecks and cents add nothing. */
    private String money(BigDecimal value) {
        return texts.number(value.setScale(0, java.math.RoundingMode.HALF_UP));
    }

    private String whole(BigDecimal value) {
        return texts.number(value.setScale(0, java.math.RoundingMode.HALF_UP));
    }

    private Markup pageNumber() {
        return Css.pageNumber(texts);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The interview record's style sheet without its page rules, for the appendix (the portrait has its own pages). */
    private static String interviewStyles() {
        String css = Css.resource("interview.css");
        return css.replaceAll("(?s)@page[^{]*\\{(?:[^{}]|\\{[^{}]*\\})*\\}", "");
    }

    static {
        Objects.requireNonNull(CSS);
    }
}
