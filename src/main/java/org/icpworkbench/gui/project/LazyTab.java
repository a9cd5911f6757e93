package org.icpworkbench.gui.project;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab whose page is built the first time it is selected. Building and skinning every page before the window shows
 * loaded thousands of classes the first frame does not need (ADR 0019, issue 9).
 */
final class LazyTab {

    private LazyTab() {
    }

    /** Listeners added to the tab's {@code selectedProperty} afterwards (see {@link #onSelected}) find the page built. */
    static Tab of(String text, String id, Node graphic, Supplier<Node> page) {
        Tab tab = new Tab(text);
        tab.setId(id);
        tab.setGraphic(graphic);
        tab.selectedProperty().addListener((observable, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(page.get());
            }
        });
        return tab;
    }

    /** Runs {@code action} each time the tab becomes selected, after its page has been built. */
    static void onSelected(Tab tab, Runnable action) {
        tab.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                action.run();
            }
        });
    }
}
