package org.icpworkbench.gui;

import java.nio.file.Path;
import java.util.Optional;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.model.common.Language;

/** What the window needs to know from the command line, and where the user picks files (the platform's dialogs). */
public record StartupOptions(Path workspaceFolder, UserSettingsStore settingsStore, Optional<Language> languageOverride,
        org.icpworkbench.gui.common.FileChoices files) {

    public StartupOptions(Path workspaceFolder, UserSettingsStore settingsStore, Optional<Language> languageOverride) {
        this(workspaceFolder, settingsStore, languageOverride, org.icpworkbench.gui.common.FileChoices.platform());
    }
}
