package org.icpworkbench.gui.synthesis;

import org.icpworkbench.gui.common.Cells;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.coding.CodedPassage;

/** The Compare tab: tag frequencies and quotes of two segments side by side. */
public final class CompareView {

    private final CompareViewModel viewModel;
    private final Messages messages;

    public CompareView(CompareViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        ComboBox<CompareViewModel.Attribute> attribute = new ComboBox<>(viewModel.attributes());
        attribute.setId("compareAttribute");
        attribute.valueProperty().bindBidirectional(viewModel.attributeProperty());
        attribute.setCellFactory(list -> Cells.text(viewModel::attributeName));
        attribute.setButtonCell(Cells.text(viewModel::attributeName));
        ComboBox<String> a = segment("compareA", viewModel.segmentAProperty());
        ComboBox<String> b = segment("compareB", viewModel.segmentBProperty());
        HBox choose = new HBox(8, new Label(messages.get("compare.by")), attribute, a, new Label(messages.get("compare.versus")), b);
        choose.setAlignment(Pos.CENTER_LEFT);

        TableView<CompareViewModel.Row> table = new TableView<>(viewModel.rows());
        table.setId("compareTable");
        table.setPlaceholder(new Label(messages.get("compare.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Cells.column(messages.get("compare.column.tag"), CompareViewModel.Row::tag, 220));
        TableColumn<CompareViewModel.Row, String> columnA = Cells.column("", r -> viewModel.share(r.countA(), r.totalA()), 160);
        columnA.textProperty().bind(viewModel.segmentAProperty().map(viewModel::valueName));
        TableColumn<CompareViewModel.Row, String> columnB = Cells.column("", r -> viewModel.share(r.countB(), r.totalB()), 160);
        columnB.textProperty().bind(viewModel.segmentBProperty().map(viewModel::valueName));
        table.getColumns().add(columnA);
        table.getColumns().add(columnB);
        VBox.setVgrow(table, Priority.ALWAYS);

        HBox quotes = new HBox(10, quotes("compareQuotesA", viewModel.quotesA()), quotes("compareQuotesB", viewModel.quotesB()));
        quotes.setPrefHeight(180);
        VBox box = new VBox(8, choose, table, new Label(messages.get("compare.quotes")), quotes);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private ComboBox<String> segment(String id, javafx.beans.property.ObjectProperty<String> property) {
        ComboBox<String> box = new ComboBox<>(viewModel.values());
        box.setId(id);
        box.valueProperty().bindBidirectional(property);
        box.setCellFactory(list -> Cells.text(viewModel::valueName));
        box.setButtonCell(Cells.text(viewModel::valueName));
        box.setPrefWidth(220);
        return box;
    }

    private ListView<CodedPassage> quotes(String id, javafx.collections.ObservableList<CodedPassage> items) {
        ListView<CodedPassage> list = new ListView<>(items);
        list.setId(id);
        list.setPlaceholder(new Label(messages.get("compare.noQuotes")));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CodedPassage passage, boolean empty) {
                super.updateItem(passage, empty);
                setText(empty || passage == null ? null : viewModel.quote(passage));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        HBox.setHgrow(list, Priority.ALWAYS);
        return list;
    }
}
