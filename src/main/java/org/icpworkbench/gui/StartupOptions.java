package org.icpworkbench.gui;

import java.nio.file.Path;
import java.util.Optional;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.model.common.Language;

/**
 * What the window needs to know from the command line, where the user picks files (the platform's dialogs), and a
 * project archive to import once the workspace is shown (a double-clicked {@code .icpw}).
 */
public record StartupOptions(Path workspaceFolder, UserSettingsStore settingsStore, Optional<Language> languageOverride,
        org.icpworkbench.gui.common.FileChoices files, Optional<Path> archiveToImport) {

    public StartupOptions(Path workspaceFolder, UserSettingsStore settingsStore, Optional<Language> languageOverride,
            org.icpworkbench.gui.common.FileChoices files) {
        this(workspaceFolder, settingsStore, languageOverride, files, Optional.empty());
    }

    public StartupOptions(Path workspaceFolder, UserSettingsStore settingsStore, Optional<Language> languageOverride) {
        this(workspaceFolder, settingsStore, languageOverride, org.icpworkbench.gui.common.FileChoices.platform());
    }
}
