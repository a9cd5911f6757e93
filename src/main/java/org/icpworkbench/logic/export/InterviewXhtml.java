package org.icpworkbench.logic.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.icpworkbench.model.interview.Answer;
import org.icpworkbench.model.interview.InterviewDetails;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.respondent.Respondent;

/** The interview record as an XHTML document, from the templates and style sheet in {@code templates/}. */
final class InterviewXhtml {

    private static final XhtmlTemplate DOCUMENT = XhtmlTemplate.load("interview.xhtml");
    private static final XhtmlTemplate SECTION = XhtmlTemplate.load("section.xhtml");
    private static final XhtmlTemplate QUESTION = XhtmlTemplate.load("question.xhtml");
    private static final XhtmlTemplate FLAGS = XhtmlTemplate.load("flags.xhtml");
    private static final XhtmlTemplate FLAG = XhtmlTemplate.load("flag.xhtml");
    private static final XhtmlTemplate VALUES = XhtmlTemplate.load("values.xhtml");
    private static final XhtmlTemplate VALUE_ROW = XhtmlTemplate.load("value-row.xhtml");
    private static final XhtmlTemplate NOTE = XhtmlTemplate.load("note.xhtml");
    private static final XhtmlTemplate RESPONDENT_LINE = XhtmlTemplate.load("respondent-line.xhtml");
    private static final XhtmlTemplate NO_ANSWER = XhtmlTemplate.load("no-answer.xhtml");
    private static final XhtmlTemplate VALUE_LIST = XhtmlTemplate.load("value-list.xhtml");
    private static final XhtmlTemplate VALUE_ITEM = XhtmlTemplate.load("value-item.xhtml");
    private static final Markup CSS = new Markup(Css.stylesheet("interview.css"));

    /** Stand-ins for the page number and count in the localized "Page {0} of {1}". */

    private final ExportTexts texts;
    private final InterviewExportOptions options;

    InterviewXhtml(ExportTexts texts, InterviewExportOptions options) {
        this.texts = texts;
        this.options = options;
    }

    String render(InterviewSheet sheet, Map<Long, String> productNames) {
        InterviewDetails details = sheet.details();
        Respondent respondent = details.respondent();
        String none = texts.get("fact.none");
        String date = details.date() == null ? none : texts.date(details.date());

        Map<String, Object> values = new HashMap<>();
        values.put("lang", texts.language().tag());
        values.put("title", title(respondent));
        values.put("author", orEmpty(details.interviewer()));
        values.put("subject", texts.get("document.subject", orEmpty(details.projectName())));
        values.put("css", CSS);
        values.put("headerLeft", texts.get("page.header", orEmpty(respondent.name())));
        values.put("headerRight", date);
        values.put("footerLeft", orEmpty(details.projectName()));
        values.put("pageNumber", pageNumber());
        values.put("respondentName", orEmpty(respondent.name()));
        values.put("respondentLine", respondentLine(respondent));
        values.put("project", orEmpty(details.projectName()));
        values.put("audience", texts.get("audience." + details.audience().name()));
        values.put("date", date);
        values.put("interviewer", orNone(details.interviewer(), none));
        values.put("status", texts.get("status." + details.status().name()));
        values.put("duration", duration(details.durationSeconds()).orElse(none));
        values.put("answered", texts.get("fact.answered.value",
                Long.toString(sheet.answeredCount()), Integer.toString(sheet.questions().size())));
        values.put("questions", questions(sheet, new StructuredValueFormatter(texts, productNames)));
        return DOCUMENT.render(values, texts::get).xhtml();
    }

    private String title(Respondent respondent) {
        String name = orEmpty(respondent.name()).strip();
        String company = orEmpty(respondent.company()).strip();
        return company.isEmpty()
                ? texts.get("document.title", name)
                : texts.get("document.title.company", name, company);
    }

    private Markup respondentLine(Respondent respondent) {
        String line = Stream.of(respondent.role(), respondent.company())
                .filter(Objects::nonNull).map(String::strip).filter(part -> !part.isEmpty())
                .collect(Collectors.joining(", "));
        return line.isEmpty() ? Markup.EMPTY : RESPONDENT_LINE.render(Map.of("line", line), texts::get);
    }

    /**
     * The CSS {@code content} of the page-number margin box: the localized "Page {0} of {1}" as CSS strings around
     * {@code counter(page)} and {@code counter(pages)}. Generated content in one box is painted, and extracted, in
     * reading order (counters inside a running element are painted after its text).
     */
    private Markup pageNumber() {
        return Css.pageNumber(texts);
    }

    private Optional<String> duration(int seconds) {
        if (seconds <= 0) {
            return Optional.empty();
        }
        long minutes = Math.max(1, Math.round(seconds / 60.0));
        if (minutes < 60) {
            return Optional.of(texts.get("duration.minutes", Long.toString(minutes)));
        }
        return Optional.of(minutes % 60 == 0
                ? texts.get("duration.hours", Long.toString(minutes / 60))
                : texts.get("duration.hoursMinutes", Long.toString(minutes / 60), Long.toString(minutes % 60)));
    }

    private Markup questions(InterviewSheet sheet, StructuredValueFormatter formatter) {
        List<Markup> parts = new ArrayList<>();
        String section = "";
        List<Question> ordered = sheet.questions().stream().sorted(Comparator.comparingInt(Question::position)).toList();
        for (Question question : ordered) {
            String questionSection = question.optional() ? "extension" : question.part().orElse("");
            if (!questionSection.equals(section)) {
                section = questionSection;
                texts.find("section." + section)
                        .ifPresent(title -> parts.add(SECTION.render(Map.of("title", title), texts::get)));
            }
            parts.add(question(question, sheet.answerTo(question), formatter));
        }
        return Markup.join(parts);
    }

    private Markup question(Question question, Optional<Answer> stored, StructuredValueFormatter formatter) {
        List<Markup> flags = new ArrayList<>();
        List<Markup> body = new ArrayList<>();
        if (stored.isPresent()) {
            Answer answer = stored.get();
            if (answer.notAsked()) {
                flags.add(flag("flag-not-asked", "flag.notAsked"));
            }
            if (answer.flagged()) {
                flags.add(flag("flag-flagged", "flag.flagged"));
            }
            body.add(Xhtml.paragraphs(answer.text(), "answer"));
            body.add(values(formatter.lines(question, answer.structuredValue())));
            if (body.stream().allMatch(Markup::isEmpty) && !answer.notAsked()) {
                body.add(noAnswer());
            }
            if (options.includeNotes() && answer.note() != null && !answer.note().isBlank()) {
                body.add(NOTE.render(Map.of("text", Xhtml.paragraphs(answer.note(), "note-text")), texts::get));
            }
        } else {
            body.add(noAnswer());
        }
        return QUESTION.render(Map.of(
                "code", question.code(),
                "text", question.text().in(texts.language()),
                "flags", flags.isEmpty() ? Markup.EMPTY : FLAGS.render(Map.of("flags", Markup.join(flags)), texts::get),
                "body", Markup.join(body)), texts::get);
    }

    private Markup flag(String kind, String key) {
        return FLAG.render(Map.of("kind", kind, "label", texts.get(key)), texts::get);
    }

    private Markup noAnswer() {
        return NO_ANSWER.render(Map.of(), texts::get);
    }

    private Markup values(List<ValueLine> lines) {
        if (lines.isEmpty()) {
            return Markup.EMPTY;
        }
        List<Markup> rows = new ArrayList<>();
        for (ValueLine line : lines) {
            rows.add(VALUE_ROW.render(Map.of("label", line.label(), "value", valueMarkup(line.values())), texts::get));
        }
        return VALUES.render(Map.of("rows", Markup.join(rows)), texts::get);
    }

    private Markup valueMarkup(List<String> values) {
        if (values.size() == 1) {
            return Markup.text(values.getFirst());
        }
        List<Markup> items = values.stream().map(value -> VALUE_ITEM.render(Map.of("value", value), texts::get)).toList();
        return VALUE_LIST.render(Map.of("items", Markup.join(items)), texts::get);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String orNone(String value, String none) {
        return value == null || value.isBlank() ? none : value;
    }
}
