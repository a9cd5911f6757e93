package org.icpworkbench.gui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.icpworkbench.logic.i18n.Messages;

/** Dialogs as JavaFX windows owned by the main window, with buttons in the user's language. */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private final Window owner;
    private final java.util.function.Supplier<NotificationPane> notifications;
    private final FileChoices files;

    /** {@code notifications} is asked for the pane only when there is something to show. */
    public FxDialogService(Messages messages, Window owner, java.util.function.Supplier<NotificationPane> notifications,
            FileChoices files) {
        this.messages = messages;
        this.owner = owner;
        this.notifications = notifications;
        this.files = files;
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initialValue, String confirmLabel) {
        TextInputDialog dialog = new TextInputDialog(initialValue);
        prepare(dialog, title, header);
        dialog.setContentText(label);
        dialog.getDialogPane().getButtonTypes().setAll(confirm(confirmLabel), cancel());
        Button ok = (Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().getFirst());
        ok.disableProperty().bind(dialog.getEditor().textProperty().map(String::isBlank));
        dialog.getEditor().setId("dialogTextField");
        dialog.getEditor().selectAll();
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public boolean confirm(String title, String header, String content, String confirmLabel) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content);
        prepare(alert, title, header);
        ButtonType yes = confirm(confirmLabel);
        alert.getButtonTypes().setAll(yes, cancel());
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public int askWithButtons(String title, String header, String content, java.util.List<String> buttons) {
        Alert alert = new Alert(Alert.AlertType.WARNING, content);
        prepare(alert, title, header);
        java.util.List<ButtonType> types = new java.util.ArrayList<>();
        for (int i = 0; i < buttons.size(); i++) {
            ButtonBar.ButtonData data = i == buttons.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER;
            types.add(new ButtonType(buttons.get(i), data));
        }
        alert.getButtonTypes().setAll(types);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Each button says in full what it does; the dialog grows rather than cut "Keep them in a file and quit".
        javafx.scene.control.DialogPane pane = alert.getDialogPane();
        pane.applyCss();
        double buttonsWidth = 0;
        for (ButtonType type : types) {
            javafx.scene.Node button = pane.lookupButton(type);
            ButtonBar.setButtonUniformSize(button, false);
            ((javafx.scene.control.Button) button).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            buttonsWidth += button.prefWidth(-1) + 12;
        }
        pane.setMinWidth(Math.max(480, buttonsWidth + 48));
        return alert.showAndWait().map(types::indexOf).filter(index -> index >= 0).orElse(buttons.size() - 1);
    }

    @Override
    public void showError(String message) {
        if (owner != null && !owner.isShowing()) {
            // The window has closed: work still running for it (a page loading) failed because the workspace closed.
            org.slf4j.LoggerFactory.getLogger(FxDialogService.class).info("Not shown, the window is closed: {}", message);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        prepare(alert, messages.get("dialog.error.title"), null);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, content);
        prepare(alert, title, header);
        alert.getButtonTypes().setAll(new ButtonType(messages.get("button.close"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    @Override
    public void notify(String message, Optional<NotificationAction> action) {
        NotificationPane notifications = this.notifications.get();
        notifications.getActions().clear();
        action.ifPresent(a -> notifications.getActions().add(new Action(a.label(), event -> {
            notifications.hide();
            a.action().get();
        })));
        notifications.show(message);
        var hide = new javafx.animation.PauseTransition(Duration.seconds(8));
        hide.setOnFinished(event -> {
            if (message.equals(notifications.getText())) {
                notifications.hide();
            }
        });
        hide.play();
    }

    @Override
    public Optional<Integer> chooseOne(String title, String header, java.util.List<String> options) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(options.getFirst(), options);
        prepare(dialog, title, header);
        dialog.getDialogPane().getButtonTypes().setAll(confirm(messages.get("button.ok")), cancel());
        return dialog.showAndWait().map(options::indexOf);
    }

    @Override
    public Optional<java.nio.file.Path> chooseOpenFile(String title, String filterDescription, java.util.List<String> extensions) {
        return files.open(owner, title, filterDescription, extensions);
    }

    @Override
    public Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                                       String extension) {
        return files.save(owner, title, suggestedName, filterDescription, extension);
    }

    @Override
    public <M> boolean showModal(M viewModel, java.util.function.BiFunction<M, Messages, ? extends ModalView> view) {
        return view.apply(viewModel, messages).showAndWait(owner);
    }

    private void prepare(Dialog<?> dialog, String title, String header) {
        Dialogs.prepare(dialog, owner, title, header);
    }

    private ButtonType confirm(String label) {
        return new ButtonType(label, ButtonBar.ButtonData.OK_DONE);
    }

    private ButtonType cancel() {
        return new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
