package org.icpworkbench.logic.settings;

import java.util.Optional;
import org.icpworkbench.model.common.Language;

/** The user's preferences, the same whatever workspace is open. */
public record UserSettings(Language language, boolean darkTheme, Optional<WindowGeometry> window, boolean allQuestionsOnOnePage) {

    /** Where the main window was and how big it was. */
    public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    }

    public UserSettings withLanguage(Language newLanguage) {
        return new UserSettings(newLanguage, darkTheme, window, allQuestionsOnOnePage);
    }

    public UserSettings withDarkTheme(boolean dark) {
        return new UserSettings(language, dark, window, allQuestionsOnOnePage);
    }

    public UserSettings withWindow(WindowGeometry geometry) {
        return new UserSettings(language, darkTheme, Optional.of(geometry), allQuestionsOnOnePage);
    }

    /** Whether the interview runner shows all questions on one scrolling page rather than one per page. */
    public UserSettings withAllQuestionsOnOnePage(boolean allOnOne) {
        return new UserSettings(language, darkTheme, window, allOnOne);
    }
}
