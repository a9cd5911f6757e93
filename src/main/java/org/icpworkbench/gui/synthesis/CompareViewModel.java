package org.icpworkbench.gui.synthesis;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.logic.coding.CodingService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.TagSummary;

/**
 * Two segments side by side — one audience against another, or one company or role against another — with
 * how many of each segment's interviews mention every tag, and each segment's starred quotes.
 */
public final class CompareViewModel {

    /** What a segment is cut by. */
    public enum Attribute {
        AUDIENCE(p -> p.audience().name()),
        COMPANY(CodedPassage::respondentCompany),
        ROLE(CodedPassage::respondentRole);

        private final Function<CodedPassage, String> value;

        Attribute(Function<CodedPassage, String> value) {
            this.value = value;
        }

        String of(CodedPassage passage) {
            return value.apply(passage);
        }
    }

    /** A tag's presence in each segment: interviews that mention it, out of the segment's coded interviews. */
    public record Row(String tag, long countA, long totalA, long countB, long totalB) {
    }

    private final Messages messages;
    private final Executor ui;
    private CodingService coding;
    private List<CodedPassage> passages = List.of();
    private List<TagSummary> tags = List.of();
    private final ObjectProperty<Attribute> attribute = new SimpleObjectProperty<>(Attribute.AUDIENCE);
    private final ObservableList<String> values = FXCollections.observableArrayList();
    private final ObjectProperty<String> segmentA = new SimpleObjectProperty<>();
    private final ObjectProperty<String> segmentB = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<CodedPassage> quotesA = FXCollections.observableArrayList();
    private final ObservableList<CodedPassage> quotesB = FXCollections.observableArrayList();

    public CompareViewModel(Messages messages, Executor ui) {
        this.messages = messages;
        this.ui = ui;
        attribute.addListener((o, old, now) -> refreshValues());
        segmentA.addListener((o, old, now) -> compare());
        segmentB.addListener((o, old, now) -> compare());
    }

    public void attach(CodingService codingService) {
        this.coding = codingService;
    }

    public CompletableFuture<Void> load(long projectId) {
        return coding.allPassages(projectId).thenCombine(coding.tags(projectId), (all, tagList) -> {
            ui.execute(() -> {
                passages = all;
                tags = tagList;
                refreshValues();
            });
            return null;
        });
    }

    private void refreshValues() {
        Set<String> distinct = passages.stream().map(attribute.get()::of).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.toCollection(TreeSet::new));
        String keepA = segmentA.get();
        String keepB = segmentB.get();
        values.setAll(distinct);
        segmentA.set(keepA != null && distinct.contains(keepA) ? keepA : values.isEmpty() ? null : values.getFirst());
        segmentB.set(keepB != null && distinct.contains(keepB) ? keepB : values.size() < 2 ? null : values.get(1));
        compare();
    }

    private void compare() {
        List<CodedPassage> a = segment(segmentA.get());
        List<CodedPassage> b = segment(segmentB.get());
        long totalA = a.stream().map(CodedPassage::interviewId).distinct().count();
        long totalB = b.stream().map(CodedPassage::interviewId).distinct().count();
        rows.setAll(tags.stream()
                .map(tag -> new Row(tag.tag().name(), interviewsWith(a, tag), totalA, interviewsWith(b, tag), totalB))
                .filter(row -> row.countA() + row.countB() > 0)
                .sorted(Comparator.comparingLong((Row row) -> -(row.countA() + row.countB())).thenComparing(Row::tag))
                .toList());
        quotesA.setAll(a.stream().filter(CodedPassage::starred).toList());
        quotesB.setAll(b.stream().filter(CodedPassage::starred).toList());
    }

    private List<CodedPassage> segment(String value) {
        return value == null ? List.of() : passages.stream().filter(p -> Objects.equals(attribute.get().of(p), value)).toList();
    }

    private static long interviewsWith(List<CodedPassage> segment, TagSummary tag) {
        return segment.stream().filter(p -> p.tagIds().contains(tag.tag().id())).map(CodedPassage::interviewId).distinct().count();
    }

    public String share(long count, long total) {
        return total == 0 ? "—" : messages.get("compare.share", count, total, Math.round(100.0 * count / total));
    }

    public String attributeName(Attribute value) {
        return messages.get("compare.attribute." + value.name());
    }

    public String valueName(String value) {
        if (value == null) {
            return "";
        }
        return attribute.get() == Attribute.AUDIENCE
                ? messages.name(org.icpworkbench.model.questionnaire.Audience.valueOf(value)) : value;
    }

    public String quote(CodedPassage passage) {
        return "«" + passage.text() + "» — " + passage.respondentName() + ", " + passage.respondentRole();
    }

    public ObservableList<Attribute> attributes() {
        return FXCollections.observableArrayList(Attribute.values());
    }

    public ObjectProperty<Attribute> attributeProperty() {
        return attribute;
    }

    public ObservableList<String> values() {
        return values;
    }

    public ObjectProperty<String> segmentAProperty() {
        return segmentA;
    }

    public ObjectProperty<String> segmentBProperty() {
        return segmentB;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<CodedPassage> quotesA() {
        return quotesA;
    }

    public ObservableList<CodedPassage> quotesB() {
        return quotesB;
    }
}
