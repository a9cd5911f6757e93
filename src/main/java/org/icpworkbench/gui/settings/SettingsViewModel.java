package org.icpworkbench.gui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpworkbench.logic.settings.UserSettings;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.model.common.Language;

/**
 * Language and theme, saved on {@link #save()} (the language applies from the next start); and the workspace's
 * backups, whose commands act at once.
 */
public final class SettingsViewModel {

    private final UserSettingsStore store;
    private final Language runningLanguage;
    private final String workspaceFolder;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final ObservableList<Language> languages = FXCollections.observableArrayList(Language.values());
    private BackupsViewModel backups;

    public SettingsViewModel(UserSettingsStore store, Language runningLanguage, String workspaceFolder) {
        this.store = store;
        this.runningLanguage = runningLanguage;
        this.workspaceFolder = workspaceFolder;
        UserSettings current = store.load();
        language.set(current.language());
        darkTheme.set(current.darkTheme());
    }

    public java.util.concurrent.CompletableFuture<Void> save() {
        Language chosenLanguage = language.get();
        boolean dark = darkTheme.get();
        return store.update(settings -> settings.withLanguage(chosenLanguage).withDarkTheme(dark));
    }

    /** Whether the chosen language differs from the one the window is showing. */
    public boolean restartNeeded() {
        return language.get() != runningLanguage;
    }

    public String workspaceFolder() {
        return workspaceFolder;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public ObservableList<Language> languages() {
        return languages;
    }

    /** Adds the Backups section; without a workspace open there is none. */
    public void attachBackups(BackupsViewModel workspaceBackups) {
        this.backups = workspaceBackups;
    }

    public java.util.Optional<BackupsViewModel> backups() {
        return java.util.Optional.ofNullable(backups);
    }
}
