package org.icpworkbench.logic.portrait;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.Tag;

/**
 * Text characteristics, and any without structured values: the 5 tags carried by passages of its answers with the
 * most distinct respondents, "tag (n respondents)"; without tags "n answers, not yet tagged" (answers with words only).
 */
record TagRule(ProposalSources sources, ProposalTexts texts) {

    Fragment summarise(List<GivenAnswer> all) {
        List<GivenAnswer> answers = all.stream().filter(one -> !sources.excerpt(one).isEmpty()).toList();
        Tally tally = new Tally();
        Set<Long> considered = new HashSet<>();
        for (GivenAnswer one : answers) {
            considered.add(one.respondent());
            for (CodedPassage passage : sources.passages(one)) {
                for (long tagId : passage.tagIds()) {
                    Tag tag = sources.tag(tagId);
                    if (tag != null) {
                        tally.count(Long.toString(tagId), tag.name(), tag.name(), one);
                    }
                }
            }
        }
        if (answers.isEmpty()) {
            return Fragment.empty();
        }
        if (tally.isEmpty()) {
            return new Fragment(texts.messages().get("portrait.proposal.untagged", texts.messages().plural("portrait.answers", answers.size())),
                    List.of(), 0, considered.size(), Set.of(), Map.of());
        }
        List<Tally.Item> shown = tally.ranked().stream().limit(ProposalTexts.MAX_ITEMS).toList();
        return Tally.fragment(texts.counted(shown), List.of(), shown, considered.size(), Map.of());
    }
}
