package org.icpworkbench.gui.main;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.NotificationPane;
import org.icpworkbench.gui.common.Theme;
import org.icpworkbench.gui.interview.InterviewRunnerView;
import org.icpworkbench.gui.project.ProjectPageView;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.model.project.ProjectSummary;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window's content: menus, the project list, the project page and a status line. */
public final class MainWindowView {

    private final MainWindowViewModel viewModel;
    private final Messages messages;
    private final java.util.function.Supplier<NotificationPane> notifications;
    private final Runnable quit;
    private final String version;
    private final boolean initiallyDark;
    private java.util.function.Consumer<Boolean> themeListener = dark -> { };
    private final BorderPane root = new BorderPane();

    public MainWindowView(MainWindowViewModel viewModel, Runnable quit, String version, boolean initiallyDark,
                          java.util.function.Supplier<NotificationPane> notifications) {
        this.viewModel = viewModel;
        this.notifications = notifications;
        this.messages = viewModel.messages();
        this.quit = quit;
        this.version = version;
        this.initiallyDark = initiallyDark;
    }

    /** Called with the new choice whenever the user switches the theme from the View menu. */
    public void onThemeChanged(java.util.function.Consumer<Boolean> listener) {
        this.themeListener = listener;
    }

    /**
     * The window's frame: menus and the status line around an empty centre. It is all the first frame shows, so the
     * window appears without waiting for the project list and page, which {@link #buildContent()} adds (ADR 0021).
     */
    public Parent build() {
        Label status = new Label();
        status.setId("statusLine");
        status.getStyleClass().add("text-small");
        status.textProperty().bind(viewModel.statusProperty());
        HBox statusBar = new HBox(status);
        statusBar.setPadding(new Insets(3, 10, 3, 10));
        statusBar.getStyleClass().add("status-bar");

        root.setCenter(new Region());
        root.setTop(menuBar());
        root.getTop().disableProperty().bind(viewModel.reopeningProperty());
        root.setBottom(statusBar);
        root.setPrefSize(1180, 760);
        return root;
    }

    /** The project list and the project page, put into the frame that {@link #build()} returned. */
    public void buildContent() {
        javafx.scene.Node list = projectList();
        SplitPane split = new SplitPane(list, new ProjectPageView(viewModel.page(), messages,
                viewModel::editSelectedDetails, viewModel::startInterview, viewModel::openInterview,
                interview -> viewModel.exportInterview(interview.id(), interview.respondentName(), interview.date())).build());
        split.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(split.getItems().getFirst(), false);
        viewModel.projectListShownProperty().addListener((observable, was, shown) -> {
            if (shown && !split.getItems().contains(list)) {
                split.getItems().addFirst(list);
                split.setDividerPositions(0.24);
            } else if (!shown) {
                split.getItems().remove(list);
            }
        });
        javafx.scene.layout.StackPane content = new javafx.scene.layout.StackPane(split);
        viewModel.activeInterviewProperty().addListener((observable, old, runner) -> {
            if (runner == null) {
                content.getChildren().setAll(split);
            } else {
                content.getChildren().setAll(new InterviewRunnerView(runner, messages).build());
            }
        });
        NotificationPane notificationPane = notifications.get();
        notificationPane.setContent(content);
        notificationPane.setShowFromTop(false);
        notificationPane.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        // While the workspace is closed and reopened (a restore) nothing may edit it; the status line says why.
        notificationPane.disableProperty().bind(viewModel.reopeningProperty());
        root.setCenter(notificationPane);
    }

    private VBox projectList() {
        Label heading = new Label(messages.get("projects.title"));
        heading.getStyleClass().add("title-4");
        Button create = new Button(messages.get("projects.new"), new FontIcon(Material2AL.ADD));
        create.setId("newProjectButton");
        create.getStyleClass().add("accent");
        create.setTooltip(new Tooltip(messages.get("projects.new.tooltip")));
        create.disableProperty().bind(viewModel.readyProperty().not());
        create.setOnAction(event -> viewModel.createProject());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, heading, spacer, create);
        header.setAlignment(Pos.CENTER_LEFT);

        TextField filter = new TextField();
        filter.setId("projectFilter");
        filter.setPromptText(messages.get("projects.filter.prompt"));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());

        ListView<ProjectSummary> list = new ListView<>(viewModel.projects());
        list.setId("projectList");
        list.setCellFactory(view -> new ProjectListCell(viewModel, messages));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            if (!viewModel.readyProperty().get()) {
                return messages.get("status.opening");
            }
            return viewModel.filterProperty().get().isBlank() ? messages.get("projects.empty") : messages.get("projects.noMatch");
        }, viewModel.readyProperty(), viewModel.filterProperty()));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) -> {
            if (selected != null) {
                viewModel.selectedProjectProperty().set(selected);
            }
        });
        viewModel.selectedProjectProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                list.getSelectionModel().clearSelection();
            } else if (!selected.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(selected);
                list.scrollTo(selected);
            }
        });
        // The list's own key bindings swallow F2 (its edit key) before the menu accelerator sees it.
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.F2 && !event.isShortcutDown()) {
                event.consume();
                viewModel.renameSelected();
            } else if (event.getCode() == KeyCode.DELETE) {
                event.consume();
                viewModel.moveSelectedToTrash();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        VBox box = new VBox(8, header, filter, list);
        box.setPadding(new Insets(12, 8, 8, 12));
        box.setMinWidth(220);
        return box;
    }

    private MenuBar menuBar() {
        java.util.Map<MenuItem, org.kordamp.ikonli.Ikon> menuIcons = new java.util.LinkedHashMap<>();
        MenuItem newProject = item("menu.file.newProject", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                viewModel::createProject);
        menuIcons.put(newProject, Material2AL.ADD);
        newProject.disableProperty().bind(viewModel.readyProperty().not());
        MenuItem rename = item("menu.file.rename", new KeyCodeCombination(KeyCode.F2), viewModel::renameSelected);
        rename.setId("menuRename");
        MenuItem details = item("menu.file.editDetails", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                viewModel::editSelectedDetails);
        MenuItem archive = item("menu.file.archive", null, viewModel::toggleArchiveSelected);
        archive.setId("menuArchive");
        archive.textProperty().bind(viewModel.selectedIsArchived().map(isArchived ->
                messages.get(isArchived ? "menu.file.unarchive" : "menu.file.archive")));
        menuIcons.put(archive, Material2AL.ARCHIVE);
        MenuItem trash = item("menu.file.trash", new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN),
                viewModel::moveSelectedToTrash);
        trash.setId("menuTrash");
        menuIcons.put(trash, Material2AL.DELETE_OUTLINE);
        for (MenuItem projectCommand : new MenuItem[] {rename, details, archive, trash}) {
            projectCommand.disableProperty().bind(viewModel.noProjectSelected());
        }
        MenuItem newInterview = item("menu.file.newInterview", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                viewModel::startInterview);
        newInterview.setId("menuNewInterview");
        menuIcons.put(newInterview, Material2MZ.RECORD_VOICE_OVER);
        newInterview.disableProperty().bind(viewModel.noProjectSelected().or(viewModel.activeInterviewProperty().isNotNull()));
        MenuItem exportMatrix = item("menu.file.exportMatrix", null, viewModel::exportMatrix);
        exportMatrix.setId("menuExportMatrix");
        menuIcons.put(exportMatrix, Material2MZ.TABLE_CHART);
        exportMatrix.disableProperty().bind(viewModel.noProjectSelected());
        MenuItem exportArchive = item("menu.file.exportArchive", null, viewModel::exportArchive);
        exportArchive.setId("menuExportArchive");
        exportArchive.disableProperty().bind(viewModel.noProjectSelected());
        MenuItem importArchive = item("menu.file.importArchive", null, viewModel::importArchive);
        importArchive.setId("menuImportArchive");
        MenuItem exportGuide = item("menu.file.exportGuide", null, viewModel::exportGuide);
        exportGuide.setId("menuExportGuide");
        MenuItem exportMarkdown = item("menu.file.exportMarkdown", null, viewModel::exportMarkdown);
        exportMarkdown.setId("menuExportMarkdown");
        exportMarkdown.disableProperty().bind(viewModel.noProjectSelected());
        MenuItem exportAnswers = item("menu.file.exportAnswers", null, viewModel::exportAnswers);
        exportAnswers.setId("menuExportAnswers");
        exportAnswers.disableProperty().bind(viewModel.noProjectSelected());
        MenuItem openTrash = item("menu.file.openTrash", null, viewModel::openTrash);
        openTrash.setId("menuOpenTrash");
        menuIcons.put(openTrash, Material2MZ.RESTORE_FROM_TRASH);
        MenuItem settings = item("menu.file.settings", new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                viewModel::openSettings);
        menuIcons.put(settings, Material2MZ.SETTINGS);
        MenuItem exit = item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit);
        MenuItem protect = item("menu.file.protect", null, () -> viewModel.changeWorkspacePassword(
                org.icpworkbench.gui.workspace.WorkspacePasswordViewModel.Mode.PROTECT));
        protect.setId("menuProtect");
        protect.disableProperty().bind(viewModel.workspaceEncryptedProperty());
        MenuItem changePassword = item("menu.file.changePassword", null, () -> viewModel.changeWorkspacePassword(
                org.icpworkbench.gui.workspace.WorkspacePasswordViewModel.Mode.CHANGE));
        changePassword.setId("menuChangePassword");
        changePassword.disableProperty().bind(viewModel.workspaceEncryptedProperty().not());
        MenuItem removePassword = item("menu.file.removePassword", null, () -> viewModel.changeWorkspacePassword(
                org.icpworkbench.gui.workspace.WorkspacePasswordViewModel.Mode.REMOVE));
        removePassword.setId("menuRemovePassword");
        removePassword.disableProperty().bind(viewModel.workspaceEncryptedProperty().not());
        Menu file = new Menu(messages.get("menu.file"), null, newProject, newInterview, rename, details, archive, trash,
                new SeparatorMenuItem(), exportMatrix, exportAnswers, exportMarkdown, exportGuide, new SeparatorMenuItem(), exportArchive, importArchive,
                new SeparatorMenuItem(), openTrash, new SeparatorMenuItem(), protect, changePassword, removePassword,
                new SeparatorMenuItem(), settings, new SeparatorMenuItem(), exit);
        // Icons show only in an open menu: made when it first opens, they stay off the path to the first frame.
        file.setOnShowing(event -> {
            menuIcons.forEach((item, icon) -> item.setGraphic(new FontIcon(icon)));
            menuIcons.clear();
        });

        CheckMenuItem showArchived = new CheckMenuItem(messages.get("menu.view.showArchived"));
        showArchived.setId("menuShowArchived");
        showArchived.selectedProperty().bindBidirectional(viewModel.showArchivedProperty());
        CheckMenuItem dark = new CheckMenuItem(messages.get("menu.view.darkTheme"));
        dark.setSelected(initiallyDark);
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        dark.selectedProperty().addListener((observable, old, isDark) -> {
            Theme.apply(isDark);
            themeListener.accept(isDark);
        });
        CheckMenuItem projectList = new CheckMenuItem(messages.get("menu.view.projectList"));
        projectList.setId("menuProjectList");
        projectList.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        projectList.selectedProperty().bindBidirectional(viewModel.projectListShownProperty());
        Menu view = new Menu(messages.get("menu.view"), null, projectList, showArchived, dark);

        MenuItem sample = item("menu.help.sample", null, viewModel::addSampleProject);
        sample.setId("menuSample");
        sample.disableProperty().bind(viewModel.readyProperty().not());
        MenuItem about = item("menu.help.about", null, () -> viewModel.showAbout(version));
        Menu help = new Menu(messages.get("menu.help"), null, sample, new SeparatorMenuItem(), about);

        MenuBar bar = new MenuBar(file, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(event -> action.run());
        return item;
    }
}
