package org.icpworkbench.gui.customer;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A row of tools that never cuts a button's text to "A…": when the row is too narrow for every text, the buttons of the
 * first collapsible group show their icon only (their tooltip and accessible text still name them), then those of the
 * next group, and so on. The others keep their texts, and every button keeps its preferred width. A label without an
 * icon in a group disappears instead, so the control it names should carry its text as a tooltip.
 */
final class FittingToolBar extends HBox {

    private final List<List<? extends Labeled>> groups;
    private final Map<Labeled, double[]> widths = new IdentityHashMap<>();
    private int collapsed;

    /** {@code groups}: the buttons that may lose their text, the group that loses it first first. */
    FittingToolBar(double spacing, List<List<? extends Labeled>> groups, Node... children) {
        super(spacing, children);
        this.groups = List.copyOf(groups);
        for (Node child : children) {
            if (child instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        for (List<? extends Labeled> group : this.groups) {
            for (Labeled button : group) {
                button.setAccessibleText(button.getText());
            }
        }
    }

    /** How many groups show their icons only. */
    int collapsedGroups() {
        return collapsed;
    }

    @Override
    protected double computeMinWidth(double height) {
        // The row may be given less than its preferred width: that is when it collapses groups.
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        if (measured()) {
            fit(getWidth() - snappedLeftInset() - snappedRightInset());
        }
        super.layoutChildren();
    }

    private void fit(double available) {
        double others = computePrefWidth(-1) - snappedLeftInset() - snappedRightInset();
        for (int group = 0; group < groups.size(); group++) {
            for (Labeled button : groups.get(group)) {
                others -= width(button, group < collapsed);
            }
        }
        int needed = 0;
        while (needed < groups.size() && others + collapsibleWidth(needed) > available) {
            needed++;
        }
        if (needed != collapsed) {
            collapsed = needed;
            for (int group = 0; group < groups.size(); group++) {
                for (Labeled button : groups.get(group)) {
                    button.setContentDisplay(group < collapsed ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
                }
            }
        }
    }

    private double collapsibleWidth(int collapsedGroups) {
        double sum = 0;
        for (int group = 0; group < groups.size(); group++) {
            for (Labeled button : groups.get(group)) {
                sum += width(button, group < collapsedGroups);
            }
        }
        return sum;
    }

    private double width(Labeled button, boolean iconOnly) {
        return widths.get(button)[iconOnly ? 1 : 0];
    }

    /** Measures every collapsible button with and without its text once its skin is there; false until then. */
    private boolean measured() {
        for (List<? extends Labeled> group : groups) {
            for (Labeled button : group) {
                if (!widths.containsKey(button)) {
                    if (button.getSkin() == null) {
                        return false;
                    }
                    ContentDisplay shown = button.getContentDisplay();
                    button.setContentDisplay(ContentDisplay.LEFT);
                    double full = button.prefWidth(-1);
                    button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
                    double iconOnly = button.prefWidth(-1);
                    button.setContentDisplay(shown);
                    widths.put(button, new double[] {full, iconOnly});
                }
            }
        }
        return true;
    }
}
