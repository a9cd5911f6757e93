package org.icpworkbench.logic.settings;

import dev.dirs.ProjectDirectories;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.icpworkbench.model.common.Language;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link UserSettings} in {@code settings.properties} in the user's configuration folder
 * (or in {@value #ENVIRONMENT_VARIABLE}). A broken or missing file gives the defaults; writes replace it atomically.
 */
public final class UserSettingsStore {

    public static final String ENVIRONMENT_VARIABLE = "ICP_WORKBENCH_CONFIG";

    private final Path file;

    public UserSettingsStore(Path folder) {
        this.file = folder.resolve("settings.properties");
    }

    public static UserSettingsStore fromSystem(Map<String, String> environment) {
        String override = environment.get(ENVIRONMENT_VARIABLE);
        Path folder = override != null && !override.isBlank()
                ? Path.of(override.strip())
                : Path.of(ProjectDirectories.from("org", "icpworkbench", "icp-workbench").configDir);
        return new UserSettingsStore(folder);
    }

    public Path file() {
        return file;
    }

    public UserSettings load() {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                log().warn("Ignoring unreadable settings file {}", file, e);
            }
        }
        Language language = Language.fromTag(properties.getProperty("language"))
                .orElse(Language.of(Locale.getDefault()));
        boolean dark = Boolean.parseBoolean(properties.getProperty("theme.dark", "false"));
        return new UserSettings(language, dark, geometry(properties),
                Boolean.parseBoolean(properties.getProperty("runner.allQuestions", "false")));
    }

    /**
     * Changes the stored settings on a background thread, one change after another, so that the window never
     * waits for the file. Returns when the change is written.
     */
    public java.util.concurrent.CompletableFuture<Void> update(java.util.function.UnaryOperator<UserSettings> change) {
        return java.util.concurrent.CompletableFuture.runAsync(() -> save(change.apply(load())), WRITER);
    }

    /** Waits until every change asked for so far is written. */
    public void awaitWrites() {
        java.util.concurrent.CompletableFuture.runAsync(() -> { }, WRITER).join();
    }

    private static final java.util.concurrent.ExecutorService WRITER =
            java.util.concurrent.Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "settings-writer");
                thread.setDaemon(true);
                return thread;
            });

    public void save(UserSettings settings) {
        Properties properties = new Properties();
        properties.setProperty("language", settings.language().tag());
        properties.setProperty("theme.dark", Boolean.toString(settings.darkTheme()));
        properties.setProperty("runner.allQuestions", Boolean.toString(settings.allQuestionsOnOnePage()));
        settings.window().ifPresent(window -> {
            properties.setProperty("window.x", Double.toString(window.x()));
            properties.setProperty("window.y", Double.toString(window.y()));
            properties.setProperty("window.width", Double.toString(window.width()));
            properties.setProperty("window.height", Double.toString(window.height()));
            properties.setProperty("window.maximized", Boolean.toString(window.maximized()));
        });
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "ICP Workbench settings");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            log().warn("Could not save settings to {}", file, e);
        }
    }

    /** Looked up only when there is something to say: logging starts up slowly and the window must not wait for it. */
    private static org.slf4j.Logger log() {
        return LoggerFactory.getLogger(UserSettingsStore.class);
    }

    private static Optional<UserSettings.WindowGeometry> geometry(Properties properties) {
        try {
            if (properties.getProperty("window.width") == null) {
                return Optional.empty();
            }
            return Optional.of(new UserSettings.WindowGeometry(
                    Double.parseDouble(properties.getProperty("window.x", "0")),
                    Double.parseDouble(properties.getProperty("window.y", "0")),
                    Double.parseDouble(properties.getProperty("window.width")),
                    Double.parseDouble(properties.getProperty("window.height", "700")),
                    Boolean.parseBoolean(properties.getProperty("window.maximized", "false"))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
