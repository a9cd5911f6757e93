package org.icpworkbench.logic.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.icpworkbench.logic.common.SafeCsv;
import org.icpworkbench.logic.persistence.CodedMatrixRepository.Snapshot;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.interview.Answer;
import org.icpworkbench.model.interview.InterviewSheet;
import org.icpworkbench.model.project.Product;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.ValueType;

/**
 * The coded-answers spreadsheet of a project as text cells: a header and one row per interview.
 * <p>
 * Columns: the interview number; the respondent's name, role, company and consent (never the contact details);
 * the interview's audience, date, interviewer and status; then per question (matched by code across questionnaire
 * versions, worded as in the newest version) the answer text followed by one column per structured value
 * (a company profile splits into industry, size, revenue and region); last, one 0/1 column per tag, a group
 * before the tags under it. A question outside an interview's audience leaves its cells empty.
 */
final class CodedMatrix {

    /** Longest question wording in a header, in characters, before it is cut at a word with "…". */
    static final int SHORT_WORDING = 70;
    private static final List<String> FIRMOGRAPHICS = List.of("industry", "sizeBand", "revenueBand", "region");
    private static final Pattern SENTENCE_END = Pattern.compile("[?!](?=\\s|$)|\\.(?=\\s+\\p{Lu}|$)");

    private record Column(String header, Function<InterviewSheet, String> cell) {
    }

    /** One structured-value column: a field of a question, or one part of a company-profile field. */
    private record ValueKey(String code, String fieldKey, Optional<String> part) {
    }

    private final List<String> header;
    private final List<List<String>> rows;

    private CodedMatrix(List<String> header, List<List<String>> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    List<String> header() {
        return header;
    }

    List<List<String>> rows() {
        return rows;
    }

    static CodedMatrix of(Snapshot snapshot, ExportTexts texts) {
        Map<Long, String> productNames = snapshot.products().stream().collect(Collectors.toMap(Product::id, Product::name));
        StructuredValueFormatter formatter = new StructuredValueFormatter(texts, productNames);
        List<Column> columns = new ArrayList<>(fixedColumns(texts));
        columns.addAll(questionColumns(snapshot.interviews(), texts, formatter));
        for (Tag tag : parentsFirst(snapshot.tags())) {
            columns.add(new Column(tag.name(), sheet -> snapshot.tagIdsOf(sheet.details().id()).contains(tag.id()) ? "1" : "0"));
        }
        List<String> header = columns.stream().map(column -> safe(column.header())).toList();
        List<List<String>> rows = snapshot.interviews().stream()
                .map(sheet -> columns.stream().map(column -> safe(column.cell().apply(sheet))).toList())
                .toList();
        return new CodedMatrix(header, rows);
    }

    private static List<Column> fixedColumns(ExportTexts texts) {
        return List.of(
                new Column(texts.get("matrix.column.interview"), sheet -> Long.toString(sheet.details().id())),
                new Column(texts.get("matrix.column.respondent"), sheet -> sheet.details().respondent().name()),
                new Column(texts.get("matrix.column.role"), sheet -> sheet.details().respondent().role()),
                new Column(texts.get("matrix.column.company"), sheet -> sheet.details().respondent().company()),
                new Column(texts.get("matrix.column.consent"),
                        sheet -> texts.get(sheet.details().respondent().consentGiven() ? "value.yes" : "value.no")),
                new Column(texts.get("matrix.column.audience"), sheet -> texts.get("audience." + sheet.details().audience().name())),
                new Column(texts.get("matrix.column.date"), sheet -> sheet.details().date().toString()),
                new Column(texts.get("matrix.column.interviewer"), sheet -> sheet.details().interviewer()),
                new Column(texts.get("matrix.column.status"), sheet -> texts.get("status." + sheet.details().status().name())));
    }

    /** Per question code, in questionnaire order: the answer, then its structured values. */
    private static List<Column> questionColumns(List<InterviewSheet> sheets, ExportTexts texts, StructuredValueFormatter formatter) {
        // The newest wording of each code: the one of the latest template version any interview was asked with.
        Map<String, Question> newest = new HashMap<>();
        Map<String, Long> newestVersion = new HashMap<>();
        Map<String, LinkedHashMap<String, QuestionField>> fieldsByCode = new HashMap<>();
        List<InterviewSheet> newestFirst = sheets.stream()
                .sorted(Comparator.comparingLong((InterviewSheet sheet) -> sheet.details().templateVersionId()).reversed())
                .toList();
        for (InterviewSheet sheet : newestFirst) {
            for (Question question : sheet.questions()) {
                long version = sheet.details().templateVersionId();
                if (newestVersion.getOrDefault(question.code(), Long.MIN_VALUE) < version) {
                    newest.put(question.code(), question);
                    newestVersion.put(question.code(), version);
                }
                LinkedHashMap<String, QuestionField> fields = fieldsByCode.computeIfAbsent(question.code(), code -> new LinkedHashMap<>());
                question.fields().forEach(field -> fields.putIfAbsent(field.key(), field));
            }
        }
        List<Question> ordered = newest.values().stream()
                .sorted(Comparator.comparing(Question::audience).thenComparingInt(Question::position).thenComparing(Question::code))
                .toList();

        List<Column> columns = new ArrayList<>();
        for (Question question : ordered) {
            String code = question.code();
            columns.add(new Column(texts.get("matrix.column.question", code, shortWording(question.text().in(texts.language()))),
                    sheet -> answerText(sheet, code, texts)));
            for (QuestionField field : fieldsByCode.get(code).values()) {
                if (field.type() == ValueType.FIRMOGRAPHICS) {
                    for (String part : FIRMOGRAPHICS) {
                        ValueKey key = new ValueKey(code, field.key(), Optional.of(part));
                        columns.add(new Column(texts.get("matrix.column.value", code, texts.get("firmographics." + part)),
                                sheet -> value(sheet, key, texts, formatter)));
                    }
                } else {
                    ValueKey key = new ValueKey(code, field.key(), Optional.empty());
                    columns.add(new Column(texts.get("matrix.column.value", code, field.label().in(texts.language())),
                            sheet -> value(sheet, key, texts, formatter)));
                }
            }
        }
        return columns;
    }

    private static Optional<Question> questionOf(InterviewSheet sheet, String code) {
        return sheet.questions().stream().filter(question -> question.code().equals(code)).findFirst();
    }

    private static String answerText(InterviewSheet sheet, String code, ExportTexts texts) {
        return questionOf(sheet, code).flatMap(sheet::answerTo)
                .map(answer -> answer.notAsked() ? texts.get("matrix.notAsked") : answer.text().strip())
                .orElse("");
    }

    private static String value(InterviewSheet sheet, ValueKey key, ExportTexts texts, StructuredValueFormatter formatter) {
        Optional<Question> question = questionOf(sheet, key.code());
        Optional<Answer> answer = question.flatMap(sheet::answerTo).filter(given -> !given.notAsked());
        Optional<QuestionField> field = question.flatMap(q -> q.fields().stream().filter(f -> f.key().equals(key.fieldKey())).findFirst());
        if (answer.isEmpty() || field.isEmpty()) {
            return "";
        }
        Question q = question.get();
        Question oneField = new Question(q.id(), q.code(), q.position(), q.audience(), q.part(), q.optional(), q.text(),
                q.guidance(), q.characteristics(), List.of(field.get()));
        List<ValueLine> lines = formatter.lines(oneField, answer.get().structuredValue());
        if (key.part().isPresent()) {
            String label = texts.get("firmographics." + key.part().get());
            return lines.stream().filter(line -> line.label().equals(label)).findFirst()
                    .map(line -> String.join(", ", line.values())).orElse("");
        }
        if (lines.size() == 1) {
            return String.join(", ", lines.getFirst().values());
        }
        // A field that changed its kind between versions: keep each part with its label.
        return lines.stream().map(line -> line.label() + ": " + String.join(", ", line.values())).collect(Collectors.joining("; "));
    }

    /** Top-level tags by name, each followed by the tags under it. */
    static List<Tag> parentsFirst(List<Tag> tags) {
        Map<Long, Tag> byId = tags.stream().collect(Collectors.toMap(Tag::id, tag -> tag));
        List<Tag> ordered = new ArrayList<>(tags.size());
        for (Tag tag : tags) {
            if (tag.parentId().map(byId::containsKey).orElse(false)) {
                continue;
            }
            ordered.add(tag);
            tags.stream().filter(child -> child.parentId().equals(Optional.of(tag.id()))).forEach(ordered::add);
        }
        return ordered;
    }

    /** The question's first sentence, cut at a word boundary with "…" when it is still long. */
    static String shortWording(String text) {
        String wording = text.strip().replaceAll("\\s+", " ");
        Matcher end = SENTENCE_END.matcher(wording);
        if (end.find()) {
            wording = wording.substring(0, end.end());
        }
        if (wording.codePointCount(0, wording.length()) <= SHORT_WORDING) {
            return wording;
        }
        String cut = wording.substring(0, wording.offsetByCodePoints(0, SHORT_WORDING));
        int space = cut.lastIndexOf(' ');
        if (space > SHORT_WORDING / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;:–—-]+$", "") + "…";
    }

    /** A cell as {@link SafeCsv} writes it: one that a spreadsheet would run gets a leading apostrophe. */
    static String safe(String cell) {
        return SafeCsv.cell(cell);
    }
}
