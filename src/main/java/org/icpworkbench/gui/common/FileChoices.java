package org.icpworkbench.gui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the user picks files. The application uses the platform's own dialogs; tests of whole windows supply the
 * files they want chosen, since a native dialog cannot be driven.
 */
public interface FileChoices {

    Optional<Path> open(Window owner, String title, String filterDescription, List<String> extensions);

    Optional<Path> save(Window owner, String title, String suggestedName, String filterDescription, String extension);

    /** The platform's file dialogs; a saved file gets {@code extension} when the user typed none. */
    static FileChoices platform() {
        return new FileChoices() {
            @Override
            public Optional<Path> open(Window owner, String title, String filterDescription, List<String> extensions) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription,
                        extensions.stream().map(extension -> "*." + extension).toList()));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName, String filterDescription,
                    String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, "*." + extension));
                File home = new File(System.getProperty("user.home"));
                if (home.isDirectory()) {
                    chooser.setInitialDirectory(home);
                }
                File chosen = chooser.showSaveDialog(owner);
                if (chosen == null) {
                    return Optional.empty();
                }
                String path = chosen.getPath();
                return Optional.of(Path.of(path.toLowerCase().endsWith("." + extension) ? path : path + "." + extension));
            }
        };
    }
}
