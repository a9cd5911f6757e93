package org.icpworkbench.gui;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.icpworkbench.gui.common.Failures;
import org.icpworkbench.gui.common.FxDialogService;
import org.icpworkbench.gui.common.Theme;
import org.icpworkbench.gui.main.MainWindowView;
import org.icpworkbench.gui.main.MainWindowViewModel;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.settings.UserSettings;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;

/**
 * The JavaFX application. The window's frame appears at once; its content is built while the workspace opens on
 * a background thread, and shows the workspace once both are done, so the first frame never waits on the disk.
 */
public final class IcpWorkbenchApp extends Application {

    private static volatile StartupOptions pendingOptions;

    private final StartupOptions options;
    /** The archive the application was opened with, imported once (or handed to the window that has the workspace). */
    private final java.util.concurrent.atomic.AtomicReference<Optional<java.nio.file.Path>> archiveToImport;
    private WorkspaceSession session;
    private Stage stage;
    private volatile org.icpworkbench.logic.workspace.WindowRaiseRequests raiseRequests;
    private MainWindowViewModel viewModel;
    private FxDialogService dialogs;
    private org.icpworkbench.gui.main.FeatureDialogs featureDialogs;
    private UserSettings settings;
    private final CompletableFuture<Void> contentBuilt = new CompletableFuture<>();
    /** Set once the application itself is closing its window. */
    private volatile boolean quitting;

    /** Used by {@link Application#launch}; takes the options given to {@link #launch(StartupOptions)}. */
    public IcpWorkbenchApp() {
        this(pendingOptions);
    }

    public IcpWorkbenchApp(StartupOptions options) {
        this.options = options;
        this.archiveToImport = new java.util.concurrent.atomic.AtomicReference<>(options.archiveToImport());
    }

    private static WorkspaceServices openWorkspaceFolder(java.nio.file.Path folder,
            org.icpworkbench.logic.workspace.WorkspacePassword password) {
        return WorkspaceServices.open(folder, password, Clock.systemDefaultZone());
    }

    public static void launch(StartupOptions options) {
        pendingOptions = options;
        Application.launch(IcpWorkbenchApp.class);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        settings = options.settingsStore().load();
        Language language = options.languageOverride().orElse(settings.language());
        Locale.setDefault(language.locale());
        Messages messages = Messages.of(language);
        Theme.apply(settings.darkTheme());

        MainWindowView view = createView(messages);
        stage.setTitle(messages.get("app.title"));
        Scene scene = new Scene(view.build());
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.setOnCloseRequest(event -> {
            if (viewModel != null && !viewModel.mayQuit()) {
                event.consume();
            }
        });
        restoreGeometry();
        // The frame (menus, status line) is shown first; the list and page are built while the workspace opens.
        StartupMarker.afterFirstFrame(scene, () -> {
            try {
                view.buildContent();
                StartupMarker.contentAdded(scene);
                contentBuilt.complete(null);
            } catch (RuntimeException e) {
                contentBuilt.completeExceptionally(e);
            }
        });
        stage.show();
        keepTitleBarOnScreen();
        // The window system going away (X server ended, window destroyed) closes the workspace as on a normal close.
        WindowSystemLoss.watch(stage, () -> quitting, messages.get("window.lost.closing"), () -> {
            if (raiseRequests != null) {
                raiseRequests.close();
            }
            if (session != null) {
                session.close();
            }
        });
        openWorkspace(messages);
    }

    private MainWindowView createView(Messages messages) {
        NotificationHolder holder = new NotificationHolder();
        dialogs = new FxDialogService(messages, stage, holder, options.files());
        featureDialogs = org.icpworkbench.gui.main.FeatureDialogs.shownBy(dialogs);
        viewModel = new MainWindowViewModel(messages, dialogs, featureDialogs, Platform::runLater, options.settingsStore());
        session = new WorkspaceSession(options.workspaceFolder(), IcpWorkbenchApp::openWorkspaceFolder, Platform::runLater,
                new WorkspaceSession.Window() {
                    @Override
                    public CompletableFuture<Void> detach() {
                        return viewModel.detach();
                    }

                    @Override
                    public CompletableFuture<Void> attach(WorkspaceServices reopened) {
                        return viewModel.attach(reopened, false);
                    }

                    @Override
                    public void lost(Throwable failure) {
                        showStartupError(Failures.describe(failure, messages), messages);
                    }
                });
        viewModel.setReopener(session);
        MainWindowView view = new MainWindowView(viewModel, this::quitWhenAllowed, version(), settings.darkTheme(), holder);
        view.onThemeChanged(dark -> {
            settings = settings.withDarkTheme(dark);
            options.settingsStore().update(stored -> stored.withDarkTheme(dark));
        });
        return view;
    }

    private void openWorkspace(Messages messages) {
        openWorkspace(messages, org.icpworkbench.logic.workspace.WorkspacePassword.none());
    }

    private void openWorkspace(Messages messages, org.icpworkbench.logic.workspace.WorkspacePassword known) {
        PasswordedOpening opening = new PasswordedOpening(options.workspaceFolder(), IcpWorkbenchApp::openWorkspaceFolder,
                featureDialogs.workspace(), Platform::runLater, messages);
        opening.open(known)
                .thenCombine(contentBuilt, (opened, built) -> opened)
                .thenCompose(opened -> {
                    session.opened(opened, opened.workspace().password());
                    // Closes the workspace open at exit, which after a restore is not this first one.
                    Runtime.getRuntime().addShutdownHook(new Thread(session::close, "workspace-shutdown"));
                    // Answered only once the window has really come forward (a second instance waits for that).
                    raiseRequests = org.icpworkbench.logic.workspace.WindowRaiseRequests.watchAndAnswer(
                            options.workspaceFolder(), archive -> {
                                CompletableFuture<Boolean> raised = new CompletableFuture<>();
                                Platform.runLater(() -> {
                                    boolean shown = bringToFront();
                                    if (shown) {
                                        archive.ifPresent(viewModel::importArchive);
                                    }
                                    raised.complete(shown);
                                });
                                return raised;
                            });
                    return viewModel.attach(opened, opened.workspace().newlyCreated());
                })
                .thenRun(StartupMarker::projectShown)
                .thenRunAsync(() -> archiveToImport.getAndSet(Optional.empty()).ifPresent(viewModel::importArchive),
                        Platform::runLater)
                .exceptionally(failure -> {
                    if (PasswordedOpening.cancelled(failure)) {
                        Platform.runLater(this::quit);
                        return null;
                    }
                    var damaged = org.icpworkbench.gui.main.WorkspaceRecoveryViewModel.offeredFor(failure);
                    if (damaged.isPresent()) {
                        offerRecovery(damaged.get(), opening.lastTried(), messages);
                        return null;
                    }
                    String message = SecondInstance.describe(failure, options.workspaceFolder(),
                            archiveToImport.getAndSet(Optional.empty()), messages);
                    Platform.runLater(() -> showStartupError(message, messages));
                    return null;
                });
    }

    /** The file itself is bad (ADR 0017): restore the newest backup and open as at start-up, write a script, or quit. */
    private void offerRecovery(org.icpworkbench.logic.workspace.WorkspaceException problem,
            org.icpworkbench.logic.workspace.WorkspacePassword password, Messages messages) {
        var actions = org.icpworkbench.gui.main.WorkspaceRecoveryViewModel.on(options.workspaceFolder(), problem, password,
                Clock.systemUTC());
        new org.icpworkbench.gui.main.WorkspaceRecoveryViewModel(problem, messages, dialogs, featureDialogs.window(),
                Platform::runLater, actions,
                java.time.ZoneId.systemDefault()).run().whenComplete((restored, failure) -> {
                    if (Boolean.TRUE.equals(restored)) {
                        openWorkspace(messages, password);
                    } else {
                        Platform.runLater(this::quit);
                    }
                });
    }

    private void showStartupError(String message, Messages messages) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(stage);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("startup.error.header"));
        alert.getDialogPane().setId("startupError");
        alert.getButtonTypes().setAll(new ButtonType(messages.get("startup.error.quit"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
        quit();
    }

    private void quit() {
        quitting = true;
        Platform.exit();
    }

    /** File → Quit and the window's close button: asks first while answers cannot be saved. */
    private void quitWhenAllowed() {
        if (viewModel == null || viewModel.mayQuit()) {
            quit();
        }
    }

    /** A second instance asked for this window (it wanted the same workspace); false when there is no window to raise. */
    private boolean bringToFront() {
        if (quitting || WindowSystemLoss.lost() || !stage.isShowing()) {
            return false;
        }
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
        return true;
    }

    /**
     * Before the window is shown its decorations have no size, so a window as tall as the screen can be placed with its
     * title bar above it; once shown, the frame is moved down until it is on the screen.
     */
    private void keepTitleBarOnScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (!stage.isMaximized() && stage.getY() < screen.getMinY()) {
            stage.setY(screen.getMinY());
        }
        if (!stage.isMaximized() && stage.getHeight() > screen.getHeight()) {
            stage.setHeight(screen.getHeight());
        }
    }

    private void restoreGeometry() {
        settings.window().ifPresentOrElse(window -> {
            Rectangle2D bounds = new Rectangle2D(window.x(), window.y(), window.width(), window.height());
            boolean visible = !Screen.getScreensForRectangle(bounds).isEmpty();
            // A window saved on a larger screen (or half off this one) is fitted inside the screen it is on now.
            Rectangle2D screen = (visible ? Screen.getScreensForRectangle(bounds).getFirst() : Screen.getPrimary()).getVisualBounds();
            double width = Math.min(window.width(), screen.getWidth());
            double height = Math.min(window.height(), screen.getHeight());
            stage.setWidth(width);
            stage.setHeight(height);
            if (visible) {
                stage.setX(Math.max(screen.getMinX(), Math.min(window.x(), screen.getMaxX() - width)));
                stage.setY(Math.max(screen.getMinY(), Math.min(window.y(), screen.getMaxY() - height)));
            } else {
                stage.centerOnScreen();
            }
            stage.setMaximized(window.maximized());
        }, () -> {
            // The first start fits a laptop's screen (1280×720 leaves less than 760 pixels below the panel).
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1180, screen.getWidth() - 20));
            stage.setHeight(Math.min(760, screen.getHeight() - 40));
            stage.centerOnScreen();
        });
    }

    @Override
    public void stop() {
        quitting = true;
        if (stage != null && stage.getWidth() > 0) {
            UserSettings.WindowGeometry geometry = new UserSettings.WindowGeometry(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
            // Queued behind any theme or layout change still being written, and waited for: the application is closing.
            options.settingsStore().update(stored -> stored.withWindow(geometry)).join();
        }
        if (raiseRequests != null) {
            raiseRequests.close();
        }
        if (session != null) {
            session.close();
        }
    }

    /** The workspace this window has open, once it is open. */
    public Optional<WorkspaceServices> services() {
        return session == null ? Optional.empty() : session.current();
    }

    private static String version() {
        return Optional.ofNullable(IcpWorkbenchApp.class.getPackage().getImplementationVersion()).orElse("dev");
    }

    /** The pane for passing messages, made when first needed: ControlsFX costs the first frame 40 ms to load. */
    private static final class NotificationHolder implements java.util.function.Supplier<org.controlsfx.control.NotificationPane> {
        private org.controlsfx.control.NotificationPane pane;

        @Override
        public org.controlsfx.control.NotificationPane get() {
            if (pane == null) {
                pane = new org.controlsfx.control.NotificationPane();
            }
            return pane;
        }
    }
}
