package org.icpworkbench.logic.portrait;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpworkbench.logic.interview.StructuredValues;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.Tag;
import org.icpworkbench.model.portrait.Characteristic;
import org.icpworkbench.model.questionnaire.Question;
import org.icpworkbench.model.questionnaire.QuestionField;
import org.icpworkbench.model.questionnaire.ValueType;

/**
 * A project's inputs indexed for the rules: the answers that say something, per characteristic they name (by date,
 * interview and question position), the coded passages per answer, the tags and each answer's excerpt.
 */
final class ProposalSources {

    private static final int EXCERPT_LENGTH = 200;

    private final PortraitInputs inputs;
    private final Map<Characteristic, List<GivenAnswer>> given = new EnumMap<>(Characteristic.class);
    private final Map<Long, List<CodedPassage>> passagesByAnswer = new HashMap<>();
    private final Map<Long, Tag> tags = new HashMap<>();
    private final Map<Long, String> excerpts = new HashMap<>();

    ProposalSources(PortraitInputs inputs) {
        this.inputs = inputs;
        Map<Long, PortraitInputs.Interview> interviews = new HashMap<>();
        inputs.interviews().forEach(interview -> interviews.put(interview.id(), interview));
        inputs.tags().forEach(tag -> tags.put(tag.id(), tag));
        inputs.passages().forEach(passage -> passagesByAnswer.computeIfAbsent(passage.answerId(), id -> new ArrayList<>()).add(passage));
        for (PortraitInputs.InterviewAnswer answer : inputs.answers()) {
            Question question = inputs.questions().get(answer.answer().questionId());
            PortraitInputs.Interview interview = interviews.get(answer.interviewId());
            if (question == null || interview == null || question.characteristics().isEmpty()
                    || !answer.answer().isAnswered() || answer.answer().notAsked()) {
                continue;
            }
            Map<String, Object> values = question.fields().isEmpty() ? Map.of() : StructuredValues.read(answer.answer().structuredValue());
            GivenAnswer one = new GivenAnswer(interview, question, answer, values);
            for (String name : question.characteristics()) {
                Characteristic.named(name).ifPresent(characteristic ->
                        given.computeIfAbsent(characteristic, key -> new ArrayList<>()).add(one));
            }
        }
        given.values().forEach(list -> list.sort(Comparator.comparing((GivenAnswer g) -> g.interview().date())
                .thenComparing(g -> g.interview().id()).thenComparing(g -> g.question().position())));
    }

    PortraitInputs inputs() {
        return inputs;
    }

    /** The answers that say something about the characteristic. */
    List<GivenAnswer> answers(Characteristic characteristic) {
        return given.getOrDefault(characteristic, List.of());
    }

    List<CodedPassage> passages(GivenAnswer one) {
        return passagesByAnswer.getOrDefault(one.answerId(), List.of());
    }

    Tag tag(long id) {
        return tags.get(id);
    }

    /** The answer's words (or its text fields' words), cut at a word after 200 characters; "" when it has none. */
    String excerpt(GivenAnswer one) {
        return excerpts.computeIfAbsent(one.answerId(), id -> cut(one));
    }

    private static String cut(GivenAnswer one) {
        String text = one.text().strip();
        if (text.isEmpty()) {
            List<String> said = new ArrayList<>();
            for (QuestionField field : one.question().fields()) {
                if (field.type() == ValueType.TEXT && one.values().get(field.key()) instanceof String value && !value.isBlank()) {
                    said.add(value.strip());
                }
            }
            text = String.join(" / ", said);
        }
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH).strip() + "…";
    }
}
