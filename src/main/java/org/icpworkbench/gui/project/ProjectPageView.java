package org.icpworkbench.gui.project;

import org.icpworkbench.gui.common.Cells;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.interview.InterviewStatus;
import org.icpworkbench.model.interview.InterviewSummary;
import org.icpworkbench.model.respondent.Respondent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The page of the selected project: header, interviews and respondents. */
public final class ProjectPageView {

    private static final double NAVIGATION_WIDTH = 150;

    private final ProjectPageViewModel viewModel;
    private final Messages messages;
    private final Runnable editDetails;
    private final Runnable startInterview;
    private final java.util.function.LongConsumer openInterview;
    private final java.util.function.Consumer<InterviewSummary> exportInterview;

    public ProjectPageView(ProjectPageViewModel viewModel, Messages messages, Runnable editDetails,
                           Runnable startInterview, java.util.function.LongConsumer openInterview,
                           java.util.function.Consumer<InterviewSummary> exportInterview) {
        this.exportInterview = exportInterview;
        this.viewModel = viewModel;
        this.messages = messages;
        this.editDetails = editDetails;
        this.startInterview = startInterview;
        this.openInterview = openInterview;
    }

    public Node build() {
        Label title = new Label();
        title.setId("projectTitle");
        title.getStyleClass().add("title-2");
        title.textProperty().bind(viewModel.titleProperty());
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Label archived = new Label(messages.get("project.archived"), new FontIcon(Material2AL.ARCHIVE));
        archived.getStyleClass().addAll("text-muted");
        archived.visibleProperty().bind(viewModel.archivedProperty());
        archived.managedProperty().bind(archived.visibleProperty());
        Button edit = new Button(messages.get("project.page.editDetails"), new FontIcon(Material2AL.EDIT));
        edit.setId("editDetails");
        edit.getStyleClass().add("flat");
        edit.setOnAction(event -> editDetails.run());
        edit.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button interview = new Button(messages.get("project.page.newInterview"), new FontIcon(Material2MZ.RECORD_VOICE_OVER));
        interview.setId("newInterviewButton");
        interview.getStyleClass().add("accent");
        interview.setTooltip(new javafx.scene.control.Tooltip(messages.get("project.page.newInterview.tooltip")));
        interview.setOnAction(event -> startInterview.run());
        interview.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(12, title, archived, spacer, edit, interview);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        Label subtitle = new Label();
        subtitle.setId("projectSubtitle");
        subtitle.getStyleClass().add("text-muted");
        subtitle.textProperty().bind(viewModel.subtitleProperty());
        Label stats = new Label();
        stats.setId("projectStats");
        stats.setGraphic(new FontIcon(Material2MZ.QUESTION_ANSWER));
        stats.textProperty().bind(viewModel.statsProperty());
        Label notes = new Label();
        // One line keeps the pages tall on a laptop screen; the whole text is in the tooltip and in Edit details.
        notes.setWrapText(false);
        notes.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        notes.textProperty().bind(viewModel.notesProperty());
        javafx.scene.control.Tooltip notesTip = new javafx.scene.control.Tooltip();
        notesTip.textProperty().bind(viewModel.notesProperty());
        notesTip.setWrapText(true);
        notesTip.setMaxWidth(520);
        notes.setTooltip(notesTip);
        notes.visibleProperty().bind(viewModel.notesProperty().isNotEmpty());
        notes.managedProperty().bind(notes.visibleProperty());

        Tab interviews = new Tab(messages.get("project.tab.interviews"), interviewTable());
        interviews.setGraphic(new FontIcon(Material2MZ.RECORD_VOICE_OVER));
        interviews.setId("interviewsTab");
        // Only the first page is built before the window shows; the others on their first selection.
        Tab respondents = LazyTab.of(messages.get("project.tab.respondents"), "respondentsTab",
                new FontIcon(Material2MZ.PEOPLE), this::respondentTable);
        Tab questionnaire = LazyTab.of(messages.get("project.tab.questionnaire"), "questionnaireTab",
                new FontIcon(Material2AL.FORMAT_LIST_NUMBERED),
                () -> new org.icpworkbench.gui.questionnaire.QuestionnaireView(viewModel.questionnaire(), messages).build());
        Tab products = LazyTab.of(messages.get("project.tab.products"), "productsTab", new FontIcon(Material2MZ.SHOPPING_BAG),
                () -> new CatalogueView(viewModel.catalogue(), messages).build());
        Tab answers = LazyTab.of(messages.get("project.tab.answers"), "answersTab", new FontIcon(Material2MZ.TABLE_CHART),
                () -> new org.icpworkbench.gui.synthesis.AnswerGridView(viewModel.answerGrid(), messages).build());
        LazyTab.onSelected(answers, viewModel::refreshAnalysis);
        Tab tagTab = LazyTab.of(messages.get("project.tab.tags"), "tagsTab", new FontIcon(Material2AL.LABEL),
                () -> new org.icpworkbench.gui.synthesis.TagBrowserView(viewModel.tagBrowser(), messages).build());
        LazyTab.onSelected(tagTab, viewModel::refreshAnalysis);
        Tab compareTab = LazyTab.of(messages.get("project.tab.compare"), "compareTab", new FontIcon(Material2AL.COMPARE_ARROWS),
                () -> new org.icpworkbench.gui.synthesis.CompareView(viewModel.compare(), messages).build());
        LazyTab.onSelected(compareTab, viewModel::refreshAnalysis);
        Tab searchTab = LazyTab.of(messages.get("project.tab.search"), "searchTab", new FontIcon(Material2MZ.SEARCH),
                () -> new org.icpworkbench.gui.synthesis.SearchView(viewModel.search(), messages).build());
        Tab customersTab = LazyTab.of(messages.get("project.tab.customers"), "customersTab", new FontIcon(Material2MZ.STOREFRONT),
                () -> new org.icpworkbench.gui.customer.CustomersView(viewModel.customers(), messages).build());
        Tab portraitTab = LazyTab.of(messages.get("project.tab.portrait"), "portraitTab", new FontIcon(Material2AL.ACCOUNT_BOX),
                () -> new org.icpworkbench.gui.portrait.PortraitView(viewModel.portrait(), messages).build());
        LazyTab.onSelected(portraitTab, viewModel::refreshPortrait);
        Tab scorecardTab = LazyTab.of(messages.get("project.tab.scorecard"), "scorecardTab", new FontIcon(Material2MZ.SCORE),
                () -> new org.icpworkbench.gui.scorecard.ScorecardView(viewModel.scorecard(), messages).build());
        LazyTab.onSelected(scorecardTab, viewModel::refreshScorecard);
        TabPane tabs = new TabPane(interviews, respondents, answers, tagTab, compareTab, searchTab, customersTab, portraitTab,
                scorecardTab,
                questionnaire,
                products);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        asSideNavigation(tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox page = new VBox(6, titleRow, subtitle, stats, notes, tabs);
        page.setPadding(new Insets(16, 20, 12, 20));
        page.visibleProperty().bind(viewModel.showingProperty());

        Label empty = new Label(messages.get("project.page.empty"), new FontIcon(Material2AL.FOLDER_OPEN));
        empty.setId("projectPageEmpty");
        empty.getStyleClass().addAll("title-4", "text-muted");
        empty.visibleProperty().bind(viewModel.showingProperty().not());
        return new StackPane(empty, page);
    }

    private TableView<InterviewSummary> interviewTable() {
        TableView<InterviewSummary> table = new TableView<>(viewModel.interviews());
        table.setId("interviewTable");
        table.setPlaceholder(new Label(messages.get("interviews.empty")));
        table.setRowFactory(view -> {
            javafx.scene.control.TableRow<InterviewSummary> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    openInterview.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            InterviewSummary selected = table.getSelectionModel().getSelectedItem();
            if (event.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                openInterview.accept(selected.id());
                event.consume();
            }
        });
        table.setTooltip(new javafx.scene.control.Tooltip(messages.get("interviews.open.tooltip")));
        javafx.scene.control.MenuItem open = new javafx.scene.control.MenuItem(messages.get("interviews.menu.open"));
        open.setOnAction(event -> {
            InterviewSummary selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                openInterview.accept(selected.id());
            }
        });
        javafx.scene.control.MenuItem pdf = new javafx.scene.control.MenuItem(messages.get("interviews.menu.pdf"));
        pdf.setOnAction(event -> {
            InterviewSummary selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                exportInterview.accept(selected);
            }
        });
        table.setContextMenu(new javafx.scene.control.ContextMenu(open, pdf));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().addAll(List.of(
                respondentColumn(),
                Cells.column(messages.get("interviews.column.company"), InterviewSummary::respondentCompany, 135),
                Cells.column(messages.get("interviews.column.audience"), viewModel::audienceOf, 135),
                sortableDate(),
                statusColumn(),
                progressColumn()));
        return table;
    }

    /** Name above role, so the table stays readable in a narrow window. */
    private TableColumn<InterviewSummary, String> respondentColumn() {
        TableColumn<InterviewSummary, String> respondent = Cells.column(messages.get("interviews.column.respondent"),
                InterviewSummary::respondentName, 220);
        respondent.setCellFactory(c -> new TableCell<>() {
            private final Label name = new Label();
            private final Label role = new Label();
            private final VBox box = new VBox(1, name, role);

            {
                role.getStyleClass().addAll("text-small", "text-muted");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                InterviewSummary row = empty ? null : getTableRow().getItem();
                if (row == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(row.respondentName());
                role.setText(row.respondentRole());
                setGraphic(box);
            }
        });
        return respondent;
    }

    private TableColumn<InterviewSummary, java.time.LocalDate> sortableDate() {
        TableColumn<InterviewSummary, java.time.LocalDate> date = new TableColumn<>(messages.get("interviews.column.date"));
        date.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().date()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(java.time.LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                InterviewSummary row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : viewModel.dateOf(row));
            }
        });
        date.setPrefWidth(115);
        return date;
    }

    private TableColumn<InterviewSummary, String> statusColumn() {
        TableColumn<InterviewSummary, String> status = Cells.column(messages.get("interviews.column.status"), viewModel::statusOf, 125);
        status.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                InterviewSummary row = empty ? null : getTableRow().getItem();
                setText(row == null ? null : item);
                getStyleClass().removeAll("success", "warning");
                setGraphic(row == null ? null : new FontIcon(row.status() == InterviewStatus.COMPLETE
                        ? Material2AL.CHECK_CIRCLE : Material2AL.EDIT));
            }
        });
        return status;
    }

    private TableColumn<InterviewSummary, InterviewSummary> progressColumn() {
        TableColumn<InterviewSummary, InterviewSummary> progress = new TableColumn<>(messages.get("interviews.column.progress"));
        progress.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        progress.setComparator(java.util.Comparator.comparingDouble(viewModel::progressFraction));
        progress.setCellFactory(c -> new TableCell<>() {
            private final ProgressBar bar = new ProgressBar();
            private final Label text = new Label();
            private final HBox box = new HBox(8, bar, text);

            {
                bar.setPrefWidth(48);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(InterviewSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                bar.setProgress(viewModel.progressFraction(item));
                text.setText(viewModel.progressOf(item));
                setGraphic(box);
            }
        });
        progress.setPrefWidth(115);
        return progress;
    }

    private TableView<Respondent> respondentTable() {
        TableView<Respondent> table = new TableView<>(viewModel.respondents());
        table.setId("respondentTable");
        table.setPlaceholder(new Label(messages.get("respondents.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().addAll(List.of(
                Cells.column(messages.get("respondents.column.name"), Respondent::name, 170),
                Cells.column(messages.get("respondents.column.role"), Respondent::role, 190),
                Cells.column(messages.get("respondents.column.company"), Respondent::company, 170),
                Cells.column(messages.get("respondents.column.contact"), Respondent::contact, 190),
                Cells.column(messages.get("respondents.column.consent"), viewModel::consentOf, 150)));
        javafx.scene.control.MenuItem erase = new javafx.scene.control.MenuItem(messages.get("privacy.erase.menu"));
        erase.setId("respondentErase");
        erase.setOnAction(event -> viewModel.eraseRespondent(table.getSelectionModel().getSelectedItem()));
        erase.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setContextMenu(new javafx.scene.control.ContextMenu(erase));
        return table;
    }

    /**
     * The project's pages run down the left side with upright labels: eleven pages do not fit in a row on a laptop
     * screen, and a column reads in the order of the method.
     */
    private static void asSideNavigation(TabPane tabs) {
        tabs.setSide(javafx.geometry.Side.LEFT);
        tabs.setRotateGraphic(true);
        tabs.setTabMinWidth(30);
        tabs.setTabMaxWidth(30);
        tabs.setStyle("-fx-tab-min-height: 0;");
        tabs.setTabMinHeight(NAVIGATION_WIDTH);
        tabs.setTabMaxHeight(NAVIGATION_WIDTH);
        for (Tab tab : tabs.getTabs()) {
            Label label = new Label(tab.getText(), tab.getGraphic());
            label.setId(tab.getId() + "Nav");
            label.setGraphicTextGap(8);
            label.setMinWidth(NAVIGATION_WIDTH - 8);
            label.setPrefWidth(NAVIGATION_WIDTH - 8);
            label.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            label.setRotate(90);
            javafx.scene.Group upright = new javafx.scene.Group(label);
            tab.setText(null);
            tab.setGraphic(upright);
        }
    }
}
