package org.icpworkbench.testsupport;

import java.nio.file.Path;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import javafx.stage.Window;
import org.icpworkbench.gui.common.FileChoices;

/** Files a whole-window test wants "chosen" in place of the platform's dialogs; none scripted means cancelled. */
public final class ScriptedFileChoices implements FileChoices {

    public final Deque<Path> opens = new ConcurrentLinkedDeque<>();
    public final Deque<Path> saves = new ConcurrentLinkedDeque<>();

    @Override
    public Optional<Path> open(Window owner, String title, String filterDescription, List<String> extensions) {
        return Optional.ofNullable(opens.pollFirst());
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, String filterDescription, String extension) {
        return Optional.ofNullable(saves.pollFirst());
    }
}
