package org.icpworkbench.gui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.icpworkbench.gui.common.DialogService;
import org.icpworkbench.logic.i18n.Messages;

/**
 * What every export of the window does: asks where to save (with a suggested name and one file type), writes the
 * file in the background, then says where it was written, or why not. Cancelling the file chooser writes nothing.
 */
final class ExportCommand {

    private final Messages messages;
    private final DialogService dialogs;
    private final Executor ui;

    ExportCommand(Messages messages, DialogService dialogs, Executor ui) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.ui = ui;
    }

    /**
     * Asks for the file ({@code filterKey} names its type, {@code extension} without the dot) and runs {@code write}
     * on it; completes once the outcome is shown.
     */
    CompletableFuture<Void> saveAs(String title, String suggestedName, String filterKey, String extension,
            Function<Path, CompletableFuture<Path>> write) {
        Optional<Path> target = dialogs.chooseSaveFile(title, suggestedName, messages.get(filterKey), extension);
        if (target.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return write.apply(target.get())
                .thenAcceptAsync(written -> dialogs.notify(messages.get("export.done", written), Optional.empty()), ui)
                .exceptionallyAsync(failure -> {
                    dialogs.showFailure(failure, messages);
                    return null;
                }, ui);
    }
}
