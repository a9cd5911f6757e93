package org.icpworkbench.gui.synthesis;

import org.icpworkbench.gui.common.Cells;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.coding.AnswerRow;
import org.icpworkbench.model.coding.CodedPassage;
import org.icpworkbench.model.coding.TagSummary;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.questionnaire.Question;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Answers tab: one question's answers side by side, filters, and coding of the selected answer. */
public final class AnswerGridView {

    private final AnswerGridViewModel viewModel;
    private final Messages messages;

    public AnswerGridView(AnswerGridViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        Node perQuestion = table();
        TableView<org.icpworkbench.logic.coding.AnswerGridService.AudienceRow> perAudience = audienceTable();
        perAudience.visibleProperty().bind(viewModel.wholeAudienceProperty());
        perQuestion.visibleProperty().bind(viewModel.wholeAudienceProperty().not());
        javafx.scene.layout.StackPane tables = new javafx.scene.layout.StackPane(perQuestion, perAudience);
        SplitPane split = new SplitPane(tables, detail());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, filters(), split);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private Node filters() {
        ComboBox<Question> question = new ComboBox<>(viewModel.questions());
        question.setId("gridQuestion");
        question.valueProperty().bindBidirectional(viewModel.questionProperty());
        question.setCellFactory(list -> Cells.text(viewModel::describe));
        question.setButtonCell(Cells.text(viewModel::describe));
        question.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(question, Priority.ALWAYS);

        ComboBox<Audience> audience = new ComboBox<>(FXCollections.observableArrayList(Audience.values()));
        audience.getItems().addFirst(null);
        audience.setId("gridAudience");
        audience.valueProperty().bindBidirectional(viewModel.audienceFilterProperty());
        audience.setCellFactory(list -> Cells.text(viewModel::audienceName));
        audience.setButtonCell(Cells.text(viewModel::audienceName));

        ComboBox<TagSummary> tag = new ComboBox<>(viewModel.tags());
        tag.setId("gridTag");
        tag.setPromptText(messages.get("grid.anyTag"));
        tag.valueProperty().bindBidirectional(viewModel.tagFilterProperty());
        tag.setCellFactory(list -> Cells.text(viewModel::describe));
        tag.setButtonCell(Cells.text(t -> t == null ? messages.get("grid.anyTag") : viewModel.describe(t)));
        Button clearTag = new Button(null, new FontIcon(Material2AL.CLEAR));
        clearTag.setTooltip(new Tooltip(messages.get("grid.anyTag")));
        clearTag.setOnAction(event -> viewModel.tagFilterProperty().set(null));

        CheckBox flagged = new CheckBox(messages.get("grid.flaggedOnly"));
        flagged.setId("gridFlagged");
        flagged.selectedProperty().bindBidirectional(viewModel.flaggedOnlyProperty());
        TextField text = new TextField();
        text.setId("gridFilter");
        text.setPromptText(messages.get("grid.filter.prompt"));
        text.textProperty().bindBidirectional(viewModel.textFilterProperty());
        Label count = new Label();
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(viewModel.countText());

        Label questionLabel = new Label(messages.get("grid.question"));
        questionLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        flagged.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tag.setPrefWidth(170);
        audience.setPrefWidth(170);
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        CheckBox whole = new CheckBox(messages.get("grid.wholeAudience"));
        whole.setId("gridWholeAudience");
        whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        whole.setTooltip(new Tooltip(messages.get("grid.wholeAudience.tooltip")));
        whole.selectedProperty().bindBidirectional(viewModel.wholeAudienceProperty());
        HBox first = new HBox(8, questionLabel, question, whole);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, audience, tag, clearTag, flagged, text, count);
        second.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, first, second);
    }

    private Node table() {
        TableView<AnswerRow> table = new TableView<>(viewModel.rows());
        table.setId("answerGrid");
        table.setPlaceholder(new Label(messages.get("grid.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                Cells.column(messages.get("grid.column.respondent"), r -> r.respondentName() + "\n" + r.respondentRole(), 170),
                Cells.column(messages.get("grid.column.company"), AnswerRow::respondentCompany, 130),
                Cells.column(messages.get("grid.column.audience"), viewModel::audienceOf, 110),
                Cells.column(messages.get("grid.column.date"), r -> r.date().toString(), 95),
                Cells.column(messages.get("grid.column.values"), viewModel::valuesOf, 160),
                Cells.column(messages.get("grid.column.tags"), r -> String.join(", ", r.tagNames()), 120),
                Cells.column(messages.get("grid.column.answer"), viewModel::answerOf, 360)));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> viewModel.selectedProperty().set(row));
        table.setRowFactory(view -> {
            TableRow<AnswerRow> row = new TableRow<>() {
                @Override
                protected void updateItem(AnswerRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove("flagged-row");
                    if (!empty && item != null && item.flagged()) {
                        getStyleClass().add("flagged-row");
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openSelectedInterview();
                }
            });
            return row;
        });
        table.setTooltip(new Tooltip(messages.get("grid.open.tooltip")));
        return table;
    }

    /** The whole audience: one row per interview, one column per question of the audience. */
    private TableView<org.icpworkbench.logic.coding.AnswerGridService.AudienceRow> audienceTable() {
        TableView<org.icpworkbench.logic.coding.AnswerGridService.AudienceRow> table = new TableView<>();
        table.setId("audienceGrid");
        table.setPlaceholder(new Label(messages.get("grid.empty")));
        viewModel.audienceGridProperty().addListener((o, old, grid) -> {
            table.getColumns().clear();
            if (grid == null) {
                table.getItems().clear();
                return;
            }
            var respondent = Cells.<org.icpworkbench.logic.coding.AnswerGridService.AudienceRow>column(
                    messages.get("grid.column.respondent"), r -> r.respondentName() + "\n" + r.respondentRole(), 170);
            table.getColumns().add(respondent);
            table.getColumns().add(Cells.column(messages.get("grid.column.company"),
                    org.icpworkbench.logic.coding.AnswerGridService.AudienceRow::respondentCompany, 130));
            for (var q : grid.questions()) {
                var column = Cells.<org.icpworkbench.logic.coding.AnswerGridService.AudienceRow>column(viewModel.describe(q),
                        r -> r.answers().getOrDefault(q.code(), ""), 260);
                table.getColumns().add(column);
            }
            table.getItems().setAll(grid.rows());
        });
        table.setRowFactory(view -> {
            TableRow<org.icpworkbench.logic.coding.AnswerGridService.AudienceRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openInterview(row.getItem().interviewId());
                }
            });
            return row;
        });
        return table;
    }

    private Node detail() {
        TextArea answer = new TextArea();
        answer.setId("gridAnswerText");
        answer.setEditable(false);
        answer.setWrapText(true);
        answer.setPrefRowCount(5);
        answer.setPromptText(messages.get("grid.selectAnswer"));
        viewModel.selectedProperty().addListener((o, old, row) -> answer.setText(row == null ? "" : row.text()));

        CheckComboBox<TagSummary> tags = new CheckComboBox<>(viewModel.tags());
        tags.setId("gridTagPicker");
        tags.setTitle(messages.get("grid.tags"));
        tags.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(TagSummary tag) {
                return tag == null ? "" : tag.tag().name();
            }

            @Override
            public TagSummary fromString(String text) {
                return null;
            }
        });
        TextField newTag = new TextField();
        newTag.setId("gridNewTag");
        newTag.setPromptText(messages.get("grid.newTag.prompt"));
        Button apply = new Button(messages.get("grid.tagSelection"), new FontIcon(Material2AL.LABEL));
        apply.setId("gridApplyTags");
        apply.setTooltip(new Tooltip(messages.get("grid.tagSelection.tooltip")));
        apply.setOnAction(event -> {
            List<Long> ids = tags.getCheckModel().getCheckedItems().stream().map(t -> t.tag().id()).toList();
            viewModel.codeSelection(answer.getSelection().getStart(), answer.getSelection().getEnd(), ids, newTag.getText(), false)
                    .thenRun(() -> javafx.application.Platform.runLater(() -> {
                        newTag.clear();
                        tags.getCheckModel().clearChecks();
                    }));
        });
        Button star = new Button(messages.get("grid.star"), new FontIcon(Material2MZ.STAR));
        star.setId("gridStar");
        star.setTooltip(new Tooltip(messages.get("grid.star.tooltip")));
        star.setOnAction(event -> viewModel.codeSelection(answer.getSelection().getStart(), answer.getSelection().getEnd(),
                List.of(), "", true));
        apply.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        star.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        tags.setMinWidth(110);
        HBox.setHgrow(newTag, Priority.ALWAYS);
        HBox codingBar = new HBox(8, tags, newTag, apply, star);
        codingBar.setAlignment(Pos.CENTER_LEFT);

        ListView<CodedPassage> passages = new ListView<>(viewModel.passages());
        passages.setId("gridPassages");
        passages.setPlaceholder(new Label(messages.get("grid.noPassages")));
        passages.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CodedPassage passage, boolean empty) {
                super.updateItem(passage, empty);
                if (empty || passage == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(viewModel.describe(passage));
                setWrapText(true);
                setPrefWidth(0);
                Button toggle = new Button(null, new FontIcon(passage.starred() ? Material2MZ.STAR : Material2MZ.STAR_BORDER));
                toggle.getStyleClass().add("flat");
                toggle.setTooltip(new Tooltip(messages.get("grid.star.tooltip")));
                toggle.setOnAction(event -> viewModel.toggleStar(passage));
                Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
                remove.getStyleClass().add("flat");
                remove.setTooltip(new Tooltip(messages.get("grid.removePassage")));
                remove.setOnAction(event -> viewModel.removePassage(passage));
                setGraphic(new HBox(2, toggle, remove));
            }
        });
        passages.setPrefHeight(110);

        TextArea memo = new TextArea();
        memo.setId("gridMemo");
        memo.setWrapText(true);
        memo.setPromptText(messages.get("grid.memo.prompt"));
        memo.textProperty().bindBidirectional(viewModel.memoProperty());
        Label memoLabel = new Label(messages.get("grid.memo"));
        memoLabel.getStyleClass().add("text-bold");
        VBox memoBox = new VBox(4, memoLabel, memo);
        VBox.setVgrow(memo, Priority.ALWAYS);
        memoBox.setPrefWidth(260);

        VBox coding = new VBox(6, answer, codingBar, passages);
        HBox.setHgrow(coding, Priority.ALWAYS);
        HBox detail = new HBox(10, coding, memoBox);
        detail.setPadding(new Insets(6, 0, 0, 0));
        return detail;
    }
}
