package org.icpworkbench.gui.main;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.project.ProjectSummary;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** A project in the list: its name, and its client and number of interviews beneath. */
final class ProjectListCell extends ListCell<ProjectSummary> {

    private final MainWindowViewModel viewModel;
    private final Label name = new Label();
    private final Label details = new Label();
    private final VBox box = new VBox(2, name, details);
    private final String archivedText;

    ProjectListCell(MainWindowViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.archivedText = messages.get("project.archived");
        name.getStyleClass().add("text-bold");
        details.getStyleClass().addAll("text-small", "text-muted");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ProjectSummary project, boolean empty) {
        super.updateItem(project, empty);
        setText(null);
        if (empty || project == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        name.setText(project.name());
        name.setGraphic(project.archived() ? new FontIcon(Material2AL.ARCHIVE) : null);
        details.setText(project.archived() ? archivedText + " · " + viewModel.describe(project) : viewModel.describe(project));
        box.setOpacity(project.archived() ? 0.65 : 1.0);
        setGraphic(box);
        setTooltip(new javafx.scene.control.Tooltip(project.name()));
    }
}
