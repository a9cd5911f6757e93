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
 * The JavaFX application. The window appears at once; the workspace opens on a background thread and
 * fills it when ready, so the first frame never waits on the disk.
 */
public final class IcpWorkbenchApp extends Application {

    private static volatile StartupOptions pendingOptions;

    private final StartupOptions options;
    private volatile WorkspaceServices services;
    private Stage stage;
    private MainWindowViewModel viewModel;
    private UserSettings settings;

    /** Used by {@link Application#launch}; takes the options given to {@link #launch(StartupOptions)}. */
    public IcpWorkbenchApp() {
        this(pendingOptions);
    }

    public IcpWorkbenchApp(StartupOptions options) {
        this.options = options;
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
        stage.setScene(new Scene(view.build()));
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        restoreGeometry();
        stage.show();
        openWorkspace(messages);
    }

    private MainWindowView createView(Messages messages) {
        NotificationHolder holder = new NotificationHolder();
        FxDialogService dialogs = new FxDialogService(messages, stage, holder.pane, options.files());
        viewModel = new MainWindowViewModel(messages, dialogs, Platform::runLater, options.settingsStore());
        MainWindowView view = new MainWindowView(viewModel, this::quit, version(), settings.darkTheme(), holder.pane);
        view.onThemeChanged(dark -> {
            settings = settings.withDarkTheme(dark);
            options.settingsStore().update(stored -> stored.withDarkTheme(dark));
        });
        return view;
    }

    private void openWorkspace(Messages messages) {
        CompletableFuture.supplyAsync(() -> WorkspaceServices.open(options.workspaceFolder(), Clock.systemDefaultZone()))
                .thenCompose(opened -> {
                    services = opened;
                    Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "workspace-shutdown"));
                    return viewModel.attach(opened, opened.workspace().newlyCreated());
                })
                .exceptionally(failure -> {
                    Platform.runLater(() -> showStartupError(Failures.describe(failure, messages), messages));
                    return null;
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
        Platform.exit();
    }

    private void restoreGeometry() {
        settings.window().ifPresentOrElse(window -> {
            Rectangle2D bounds = new Rectangle2D(window.x(), window.y(), window.width(), window.height());
            boolean visible = !Screen.getScreensForRectangle(bounds).isEmpty();
            stage.setWidth(window.width());
            stage.setHeight(window.height());
            if (visible) {
                stage.setX(window.x());
                stage.setY(window.y());
            } else {
                stage.centerOnScreen();
            }
            stage.setMaximized(window.maximized());
        }, () -> {
            stage.setWidth(1180);
            stage.setHeight(760);
        });
    }

    @Override
    public void stop() {
        if (stage != null && stage.getWidth() > 0) {
            UserSettings.WindowGeometry geometry = new UserSettings.WindowGeometry(
                    stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
            // Queued behind any theme or layout change still being written, and waited for: the application is closing.
            options.settingsStore().update(stored -> stored.withWindow(geometry)).join();
        }
        WorkspaceServices open = services;
        if (open != null) {
            open.close();
        }
    }

    /** The workspace this window has open, once it is open. */
    public Optional<WorkspaceServices> services() {
        return Optional.ofNullable(services);
    }

    private static String version() {
        return Optional.ofNullable(IcpWorkbenchApp.class.getPackage().getImplementationVersion()).orElse("dev");
    }

    private static final class NotificationHolder {
        private final org.controlsfx.control.NotificationPane pane = new org.controlsfx.control.NotificationPane();
    }
}
