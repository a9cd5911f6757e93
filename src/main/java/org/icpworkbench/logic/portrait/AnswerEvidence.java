package org.icpworkbench.logic.portrait;

import java.util.ArrayList;
import java.util.List;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.portrait.Evidence;

/**
 * The evidence from the answers: starred quotes, then other coded passages of the characteristic's answers, then the
 * answers themselves (those supporting the fragment first, each group by date), each with its value and excerpt.
 */
record AnswerEvidence(ProposalSources sources, Messages messages) {

    List<Evidence> collect(List<GivenAnswer> answers, Fragment fragment) {
        List<Evidence> starred = new ArrayList<>();
        List<Evidence> quotes = new ArrayList<>();
        for (GivenAnswer one : answers) {
            for (CodedPassage passage : sources.passages(one)) {
                Evidence evidence = evidence(passage.starred() ? Evidence.Kind.STARRED_QUOTE : Evidence.Kind.QUOTE,
                        one, passage.text());
                (passage.starred() ? starred : quotes).add(evidence);
            }
        }
        List<Evidence> supporting = new ArrayList<>();
        List<Evidence> others = new ArrayList<>();
        for (GivenAnswer one : answers) {
            String value = fragment.valueTexts().getOrDefault(one.answerId(), "");
            String excerpt = sources.excerpt(one);
            String text = value.isEmpty() ? excerpt : excerpt.isEmpty() ? value
                    : messages.get("portrait.proposal.evidence.valueAndText", value, excerpt);
            (fragment.supportingAnswers().contains(one.answerId()) ? supporting : others)
                    .add(evidence(Evidence.Kind.ANSWER, one, text));
        }
        List<Evidence> all = new ArrayList<>(starred);
        all.addAll(quotes);
        all.addAll(supporting);
        all.addAll(others);
        return all;
    }

    private static Evidence evidence(Evidence.Kind kind, GivenAnswer one, String text) {
        PortraitInputs.Interview interview = one.interview();
        return new Evidence(kind, interview.id(), one.question().code(), interview.audience(), interview.respondentName(),
                interview.respondentRole(), interview.respondentCompany(), interview.date(), text,
                interview.respondentConsented());
    }
}
