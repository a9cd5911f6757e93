package org.icpworkbench.gui.synthesis;

import org.icpworkbench.gui.common.Cells;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.TagSummary;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Tags tab: tags grouped one level deep with their counts, a tag's passages and memo, and all quotes. */
public final class TagBrowserView {

    private final TagBrowserViewModel viewModel;
    private final Messages messages;

    public TagBrowserView(TagBrowserViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        TextArea projectMemo = new TextArea();
        projectMemo.setId("projectMemo");
        projectMemo.setWrapText(true);
        projectMemo.setPrefRowCount(4);
        projectMemo.setPromptText(messages.get("tags.projectMemo.prompt"));
        projectMemo.textProperty().bindBidirectional(viewModel.projectMemoProperty());
        Label projectMemoLabel = new Label(messages.get("tags.projectMemo"));
        projectMemoLabel.getStyleClass().add("text-bold");
        Node tags = tagList();
        VBox.setVgrow(tags, Priority.ALWAYS);
        VBox left = new VBox(6, tags, projectMemoLabel, projectMemo);
        SplitPane split = new SplitPane(left, detail());
        split.setDividerPositions(0.38);
        VBox box = new VBox(8, toolbar(), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node toolbar() {
        Button create = Cells.iconButton("tagNew", messages.get("tags.new"), Material2AL.ADD, viewModel::newTag);
        Button rename = Cells.iconButton("tagRename", messages.get("tags.rename"), Material2AL.EDIT, viewModel::renameSelected);
        Button describe = Cells.iconButton("tagDescribe", messages.get("tags.describe"), Material2AL.DESCRIPTION, viewModel::describeSelected);
        Button move = Cells.iconButton("tagMove", messages.get("tags.move"), Material2MZ.SUBDIRECTORY_ARROW_RIGHT, viewModel::moveSelected);
        Button merge = Cells.iconButton("tagMerge", messages.get("tags.merge"), Material2AL.CALL_MERGE, viewModel::mergeSelected);
        Button delete = Cells.iconButton("tagDelete", messages.get("tags.delete"), Material2AL.DELETE_OUTLINE, viewModel::deleteSelected);
        ColorPicker color = new ColorPicker();
        color.setId("tagColor");
        color.getStyleClass().add("button");
        color.setTooltip(new Tooltip(messages.get("tags.color")));
        viewModel.selectedProperty().addListener((o, old, tag) -> color.setValue(tag == null ? Color.GRAY : Color.web(tag.tag().color())));
        color.setOnAction(event -> viewModel.setColor(toHex(color.getValue())));
        for (Node node : new Node[] {rename, describe, move, merge, delete, color}) {
            node.disableProperty().bind(viewModel.nothingSelected());
        }
        ToggleButton quotes = new ToggleButton(messages.get("tags.quotes"), new FontIcon(Material2MZ.STAR));
        quotes.setId("tagQuotes");
        quotes.selectedProperty().bindBidirectional(viewModel.showingQuotesProperty());
        HBox bar = new HBox(6, create, rename, describe, color, move, merge, delete, quotes);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node tagList() {
        ListView<TagSummary> list = new ListView<>();
        list.setId("tagList");
        list.setPlaceholder(new Label(messages.get("tags.empty")));
        Runnable refresh = () -> list.getItems().setAll(viewModel.inTreeOrder());
        viewModel.tags().addListener((javafx.collections.ListChangeListener<TagSummary>) change -> refresh.run());
        refresh.run();
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(TagSummary tag, boolean empty) {
                super.updateItem(tag, empty);
                if (empty || tag == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(tag.tag().name(), new Circle(6, Color.web(tag.tag().color())));
                name.getStyleClass().add(tag.tag().parentId().isEmpty() ? "text-bold" : "text-normal");
                Label counts = new Label(viewModel.countsOf(tag));
                counts.getStyleClass().addAll("text-small", "text-muted");
                VBox box = new VBox(1, name, counts);
                box.setPadding(new Insets(0, 0, 0, tag.tag().parentId().isPresent() ? 22 : 0));
                setText(null);
                setGraphic(box);
                setPrefWidth(0);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, tag) -> {
            if (tag != null) {
                viewModel.selectedProperty().set(tag);
            }
        });
        viewModel.selectedProperty().addListener((o, old, tag) -> {
            if (tag == null) {
                list.getSelectionModel().clearSelection();
            } else if (list.getSelectionModel().getSelectedItem() == null
                    || list.getSelectionModel().getSelectedItem().tag().id() != tag.tag().id()) {
                list.getItems().stream().filter(t -> t.tag().id() == tag.tag().id()).findFirst()
                        .ifPresent(list.getSelectionModel()::select);
            }
        });
        return list;
    }

    private Node detail() {
        Label title = new Label();
        title.setId("tagTitle");
        title.getStyleClass().add("title-4");
        Label description = new Label();
        description.setWrapText(true);
        description.getStyleClass().add("text-muted");
        viewModel.selectedProperty().addListener((o, old, tag) -> {
            title.setText(tag == null ? "" : tag.tag().name());
            description.setText(tag == null ? "" : tag.tag().description());
        });
        viewModel.showingQuotesProperty().addListener((o, old, quotes) -> {
            if (quotes) {
                title.setText(messages.get("tags.quotes.title"));
                description.setText(messages.get("tags.quotes.hint"));
            }
        });
        TextArea memo = new TextArea();
        memo.setId("tagMemo");
        memo.setWrapText(true);
        memo.setPrefRowCount(3);
        memo.setPromptText(messages.get("tags.memo.prompt"));
        memo.textProperty().bindBidirectional(viewModel.memoProperty());
        memo.disableProperty().bind(viewModel.nothingSelected().or(viewModel.showingQuotesProperty()));

        ListView<CodedPassage> passages = new ListView<>(viewModel.passages());
        passages.setId("tagPassages");
        passages.setPlaceholder(new Label(messages.get("tags.noPassages")));
        passages.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CodedPassage passage, boolean empty) {
                super.updateItem(passage, empty);
                if (empty || passage == null) {
                    setGraphic(null);
                    return;
                }
                Label text = new Label((passage.starred() ? "★ " : "") + "«" + passage.text() + "»");
                text.setWrapText(true);
                Label who = new Label(viewModel.whoSaid(passage));
                who.getStyleClass().addAll("text-small", "text-muted");
                who.setWrapText(true);
                setGraphic(new VBox(2, text, who));
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(passages, Priority.ALWAYS);
        VBox box = new VBox(6, title, description, memo, passages);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private static String toHex(Color color) {
        return String.format("#%02X%02X%02X", Math.round(color.getRed() * 255), Math.round(color.getGreen() * 255),
                Math.round(color.getBlue() * 255));
    }
}
