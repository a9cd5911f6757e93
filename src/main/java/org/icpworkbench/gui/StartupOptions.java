package org.icpworkbench.gui;

import java.nio.file.Path;
import java.util.Optional;
import org.icpworkbench.logic.settings.UserSettingsStore;
import org.icpworkbench.model.common.Language;

/** What the window needs to know from the command line. */
public record StartupOptions(Path workspaceFolder, UserSettingsStore settingsStore, Optional<Language> languageOverride) {
}
