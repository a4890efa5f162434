package io.slotwise.admin.core;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/**
 * Asks the member before something that cannot be undone or loses work. Injectable, so tests
 * answer without a dialog; the app's answer comes from a real dialog.
 */
@FunctionalInterface
public interface Confirm {

    /** Whether the member agreed to {@code question}. */
    boolean ask(String question);

    static Confirm withDialog() {
        return question -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
            alert.setHeaderText(null);
            return alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        };
    }
}
