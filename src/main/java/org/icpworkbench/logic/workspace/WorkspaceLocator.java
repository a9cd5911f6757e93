package org.icpworkbench.logic.workspace;

import dev.dirs.ProjectDirectories;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the workspace folder: the one given on the command line, else the one in the
 * {@value #ENVIRONMENT_VARIABLE} environment variable, else the platform's user-data folder.
 */
public final class WorkspaceLocator {

    public static final String ENVIRONMENT_VARIABLE = "ICP_WORKBENCH_WORKSPACE";

    private final Map<String, String> environment;

    public WorkspaceLocator(Map<String, String> environment) {
        this.environment = environment;
    }

    public static WorkspaceLocator fromSystem() {
        return new WorkspaceLocator(System.getenv());
    }

    public Path locate(Optional<Path> explicit) {
        if (explicit.isPresent()) {
            return explicit.get().toAbsolutePath().normalize();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment.strip()).toAbsolutePath().normalize();
        }
        return platformDataFolder();
    }

    /** Linux: $XDG_DATA_HOME or ~/.local/share; Windows: %APPDATA%; macOS: ~/Library/Application Support. */
    static Path platformDataFolder() {
        return Path.of(ProjectDirectories.from("org", "icpworkbench", "icp-workbench").dataDir);
    }
}
