package org.icpworkbench.logic.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.FieldOption;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;

/**
 * A blank interview guide for one audience as an XHTML document: a title with blanks for the respondent, company,
 * date and interviewer, then per question its number and wording, the interviewer's guidance and follow-up in a muted
 * box, the structured values as tick boxes and blanks, and ruled lines to write the answer on.
 */
final class InterviewGuideXhtml {

    /** Ruled lines under a question that also has blanks for structured values, and under an open question. */
    static final int LINES_WITH_FIELDS = 6;
    static final int LINES_OPEN = 9;
    /** Catalogue fields of a guide without a project: empty tick lines to write product names on. */
    static final int BLANK_PRODUCTS = 3;

    private static final List<String> DURATION_UNITS = List.of("DAYS", "WEEKS", "MONTHS", "YEARS");
    /** "Follow-up: “…”" at the end of the built-in guidance, in either language. */
    private static final Pattern FOLLOW_UP = Pattern.compile("\\s*(?:Follow-up|Уточняющий вопрос)\\s*:\\s*(\\S.*)$", Pattern.DOTALL);

    private static final XhtmlTemplate DOCUMENT = XhtmlTemplate.load("guide.xhtml");
    private static final XhtmlTemplate SECTION = XhtmlTemplate.load("guide-section.xhtml");
    private static final XhtmlTemplate QUESTION = XhtmlTemplate.load("guide-question.xhtml");
    private static final XhtmlTemplate OPTIONAL = XhtmlTemplate.load("guide-optional.xhtml");
    private static final XhtmlTemplate GUIDANCE = XhtmlTemplate.load("guide-guidance.xhtml");
    private static final XhtmlTemplate FOLLOW_UP_LINE = XhtmlTemplate.load("guide-follow-up.xhtml");
    private static final XhtmlTemplate FIELDS = XhtmlTemplate.load("guide-fields.xhtml");
    private static final XhtmlTemplate FIELD = XhtmlTemplate.load("guide-field.xhtml");
    private static final XhtmlTemplate HINT = XhtmlTemplate.load("guide-hint.xhtml");
    private static final XhtmlTemplate OPTION = XhtmlTemplate.load("guide-option.xhtml");
    private static final XhtmlTemplate BLANK = XhtmlTemplate.load("guide-blank.xhtml");
    private static final XhtmlTemplate BLANK_OPTION = XhtmlTemplate.load("guide-blank-option.xhtml");
    private static final XhtmlTemplate AFTER_BLANK = XhtmlTemplate.load("guide-after-blank.xhtml");
    private static final XhtmlTemplate SCALE = XhtmlTemplate.load("guide-scale.xhtml");
    private static final XhtmlTemplate SCALE_CELL = XhtmlTemplate.load("guide-scale-cell.xhtml");
    private static final XhtmlTemplate LINE = XhtmlTemplate.load("guide-line.xhtml");
    private static final Markup CSS = new Markup(Css.stylesheet("guide.css"));

    /** Stand-ins for the page number and count in the localized "Page {0} of {1}". */

    private final ExportTexts texts;

    InterviewGuideXhtml(ExportTexts texts) {
        this.texts = texts;
    }

    /**
     * The guide of one audience.
     *
     * @param audienceName the audience as the questionnaire names it
     * @param source       the project's name, or the questionnaire's name for the built-in guide
     * @param products     the project's product names for catalogue fields; empty for blank lines to write on
     */
    String render(Audience audience, String audienceName, String source, List<Question> questions, List<String> products) {
        Map<String, Object> values = new HashMap<>();
        values.put("lang", texts.language().tag());
        values.put("title", texts.get("guide.title", audienceName));
        values.put("subject", texts.get("guide.subject", source));
        values.put("css", CSS);
        values.put("headerLeft", texts.get("guide.header", texts.get("audience." + audience.name())));
        values.put("headerRight", source);
        values.put("footerLeft", texts.get("guide.footer"));
        values.put("pageNumber", pageNumber());
        values.put("audience", audienceName);
        values.put("subtitle", source);
        values.put("questions", questions(questions, products));
        return DOCUMENT.render(values, texts::get).xhtml();
    }

    private Markup questions(List<Question> questions, List<String> products) {
        List<Markup> parts = new ArrayList<>();
        String section = "";
        List<Question> ordered = questions.stream()
                .sorted(Comparator.comparing(Question::optional).thenComparingInt(Question::position)).toList();
        for (Question question : ordered) {
            String questionSection = question.optional() ? "extension" : question.part().orElse("");
            if (!questionSection.equals(section)) {
                section = questionSection;
                texts.find("section." + section)
                        .ifPresent(title -> parts.add(SECTION.render(Map.of("title", title), texts::get)));
            }
            parts.add(question(question, products));
        }
        return Markup.join(parts);
    }

    private Markup question(Question question, List<String> products) {
        List<Markup> lines = new ArrayList<>();
        int count = question.fields().isEmpty() ? LINES_OPEN : LINES_WITH_FIELDS;
        for (int i = 0; i < count; i++) {
            lines.add(LINE.render(Map.of(), texts::get));
        }
        return QUESTION.render(Map.of(
                "code", question.code(),
                "text", question.text().in(texts.language()),
                "optional", question.optional() ? OPTIONAL.render(Map.of(), texts::get) : Markup.EMPTY,
                "guidance", guidance(question.guidance().in(texts.language())),
                "fields", fields(question.fields(), products),
                "lines", Markup.join(lines)), texts::get);
    }

    private Markup guidance(String guidance) {
        String text = guidance == null ? "" : guidance.strip();
        if (text.isEmpty()) {
            return Markup.EMPTY;
        }
        Markup followUp = Markup.EMPTY;
        Matcher matcher = FOLLOW_UP.matcher(text);
        if (matcher.find()) {
            followUp = FOLLOW_UP_LINE.render(Map.of("text", matcher.group(1).strip()), texts::get);
            text = text.substring(0, matcher.start()).strip();
        }
        return GUIDANCE.render(Map.of("text", Xhtml.paragraphs(text, "guidance-text"), "followUp", followUp), texts::get);
    }

    private Markup fields(List<QuestionField> fields, List<String> products) {
        List<Markup> rows = new ArrayList<>();
        for (QuestionField field : fields) {
            String label = field.label().in(texts.language());
            switch (field.type()) {
                case FIRMOGRAPHICS -> {
                    rows.add(row(texts.get("firmographics.industry"), null, blank("wide")));
                    rows.add(row(texts.get("firmographics.sizeBand"), "guide.hint.one", options(labels(field.sizeBands()))));
                    rows.add(row(texts.get("firmographics.revenueBand"), "guide.hint.one", options(labels(field.revenueBands()))));
                    rows.add(row(texts.get("firmographics.region"), null, blank("wide")));
                }
                case CHOICE -> rows.add(row(label, "guide.hint.one", options(labels(field.options()))));
                case MULTI -> rows.add(row(label, "guide.hint.any", field.catalogue() ? catalogue(products) : options(labels(field.options()))));
                case SCALE -> rows.add(row(label, "guide.hint.one", scale()));
                case YESNO -> rows.add(row(label, null, options(List.of(texts.get("value.yes"), texts.get("value.no")))));
                case NUMBER -> rows.add(row(label, null, blank("short")));
                case PERCENT -> rows.add(row(label, null, Markup.join(List.of(blank("short"), afterBlank("%")))));
                case DURATION -> rows.add(row(label, null, Markup.join(List.of(blank("short"), afterBlank(""),
                        options(DURATION_UNITS.stream().map(unit -> texts.get("guide.unit." + unit)).toList())))));
                case MONEY -> rows.add(row(label, null, Markup.join(List.of(blank("medium"),
                        afterBlank(texts.get("guide.currency")), blank("short")))));
                default -> rows.add(row(label, null, blank("wide")));
            }
        }
        return rows.isEmpty() ? Markup.EMPTY : FIELDS.render(Map.of("rows", Markup.join(rows)), texts::get);
    }

    private Markup row(String label, String hintKey, Markup value) {
        Markup hint = hintKey == null ? Markup.EMPTY : HINT.render(Map.of("hint", texts.get(hintKey)), texts::get);
        return FIELD.render(Map.of("label", label, "hint", hint, "value", value), texts::get);
    }

    private List<String> labels(List<FieldOption> options) {
        return options.stream().map(option -> option.label().in(texts.language())).toList();
    }

    private Markup options(List<String> labels) {
        return Markup.join(labels.stream().map(label -> OPTION.render(Map.of("label", label), texts::get)).toList());
    }

    /** The project's products to tick, or empty lines to write them on. */
    private Markup catalogue(List<String> products) {
        if (!products.isEmpty()) {
            return options(products);
        }
        List<Markup> blanks = new ArrayList<>();
        for (int i = 0; i < BLANK_PRODUCTS; i++) {
            blanks.add(BLANK_OPTION.render(Map.of(), texts::get));
        }
        return Markup.join(blanks);
    }

    private Markup scale() {
        List<Markup> cells = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            cells.add(SCALE_CELL.render(Map.of("number", Integer.toString(i)), texts::get));
        }
        return SCALE.render(Map.of("cells", Markup.join(cells)), texts::get);
    }

    private Markup blank(String size) {
        return BLANK.render(Map.of("size", size), texts::get);
    }

    private Markup afterBlank(String text) {
        return AFTER_BLANK.render(Map.of("text", text), texts::get);
    }

    /** The CSS {@code content} of the page-number margin box, as in the interview record. */
    private Markup pageNumber() {
        return Css.pageNumber(texts);
    }
}
