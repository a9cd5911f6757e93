package org.icpworkbench.gui.synthesis;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.search.SearchHit;
import org.icpworkbench.logic.search.TextRange;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Search tab: a query, its scope, and the hits with their matched words highlighted. */
public final class SearchView {

    private final SearchViewModel viewModel;
    private final Messages messages;

    public SearchView(SearchViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public Node build() {
        TextField query = new TextField();
        query.setId("searchQuery");
        query.setPromptText(messages.get("search.prompt"));
        query.textProperty().bindBidirectional(viewModel.queryProperty());
        query.setOnAction(event -> viewModel.run());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button go = new Button(messages.get("search.go"), new FontIcon(Material2MZ.SEARCH));
        go.setId("searchGo");
        go.setDefaultButton(false);
        go.setOnAction(event -> viewModel.run());
        CheckBox everywhere = new CheckBox(messages.get("search.everywhere"));
        everywhere.setId("searchEverywhere");
        everywhere.selectedProperty().bindBidirectional(viewModel.wholeWorkspaceProperty());
        everywhere.selectedProperty().addListener((o, old, now) -> viewModel.run());
        HBox bar = new HBox(8, query, go, everywhere);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("searchStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(viewModel.statusProperty());

        ListView<SearchHit> hits = new ListView<>(viewModel.hits());
        hits.setId("searchHits");
        hits.setPlaceholder(new Label(messages.get("search.hint")));
        hits.setTooltip(new Tooltip(messages.get("search.open.tooltip")));
        hits.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SearchHit hit, boolean empty) {
                super.updateItem(hit, empty);
                if (empty || hit == null) {
                    setGraphic(null);
                    return;
                }
                Label source = new Label(viewModel.source(hit));
                source.getStyleClass().addAll("text-small", "text-muted");
                TextFlow snippet = highlighted(hit);
                snippet.setPrefWidth(0);
                setGraphic(new VBox(2, source, snippet));
                setPrefWidth(0);
            }
        });
        hits.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && hits.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(hits.getSelectionModel().getSelectedItem());
            }
        });
        hits.setOnKeyPressed(event -> {
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && hits.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(hits.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(hits, Priority.ALWAYS);
        VBox box = new VBox(8, bar, status, hits);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** The snippet with every matched word in bold. */
    private static TextFlow highlighted(SearchHit hit) {
        TextFlow flow = new TextFlow();
        String snippet = hit.snippet();
        int at = 0;
        for (TextRange range : hit.highlights()) {
            if (range.start() > at) {
                flow.getChildren().add(new Text(snippet.substring(at, range.start())));
            }
            Text match = new Text(snippet.substring(range.start(), range.end()));
            match.getStyleClass().add("search-match");
            match.setStyle("-fx-font-weight: bold; -fx-fill: -color-accent-fg;");
            flow.getChildren().add(match);
            at = range.end();
        }
        if (at < snippet.length()) {
            flow.getChildren().add(new Text(snippet.substring(at)));
        }
        flow.getChildren().forEach(node -> node.getStyleClass().add("text"));
        return flow;
    }
}
