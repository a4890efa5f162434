package io.slotwise.admin.activities;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * Asks whether unsaved edits may be thrown away. An interface so that tests can answer without a
 * dialog; the app asks with a real one.
 */
@FunctionalInterface
public interface Confirm {

    /** True when the member agrees to lose the unsaved changes to {@code what}. */
    boolean discard(String what);

    /** The app's answer: a confirmation dialog whose safe default is to stay. */
    Confirm DIALOG = what -> {
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Discard unsaved changes to " + what + "?", discard, stay);
        alert.setHeaderText(null);
        alert.setTitle("Unsaved changes");
        // Enter keeps the edits: losing work takes a deliberate click.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(stay)).setDefaultButton(true);
        return alert.showAndWait().filter(discard::equals).isPresent();
    };
}
