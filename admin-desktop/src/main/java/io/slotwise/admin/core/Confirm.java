package io.slotwise.admin.core;

import static io.slotwise.admin.core.Texts.text;

import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Asks the member before something that can't be undone or that drops their edits. The app asks
 * with a dialog; tests answer without one.
 */
@FunctionalInterface
public interface Confirm {

    /** Asks {@code question}; true if the member chose {@code action} (e.g. "Revoke"), false to cancel. */
    boolean ask(String question, String action);

    /**
     * Asks {@code question} with both answers named: {@code action} does it, {@code keep} leaves
     * things as they are ("Cancel booking" / "Keep booking": never two buttons that both say cancel).
     */
    default boolean ask(String question, String action, String keep) {
        return ask(question, action);
    }

    /**
     * Whether the member lets go of their unsaved edits to {@code what} ("the venue \"Riverside\"";
     * in German in the dative: "dem Standort „Riverside“").
     */
    default boolean discard(String what) {
        return ask(text("core.confirm.discard", what), text("core.confirm.discardChanges"));
    }

    /**
     * A dialog over {@code owner}'s window: Cancel is the default (Enter and Escape both cancel),
     * so a destructive action takes a deliberate click or Tab and Space.
     */
    static Confirm dialog(Supplier<Window> owner) {
        return new Confirm() {
            @Override
            public boolean ask(String question, String action) {
                return ask(question, action, text("core.confirm.cancel"));
            }

            @Override
            public boolean ask(String question, String action, String keep) {
                ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
                ButtonType stay = new ButtonType(keep, ButtonBar.ButtonData.CANCEL_CLOSE);
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, go, stay);
                alert.setTitle(text("core.confirm.title"));
                alert.setHeaderText(null);
                Window window = owner.get();
                if (window != null) {
                    alert.initOwner(window);
                }
                Button goButton = (Button) alert.getDialogPane().lookupButton(go);
                Button stayButton = (Button) alert.getDialogPane().lookupButton(stay);
                goButton.setId("confirmOk");
                goButton.setDefaultButton(false);
                stayButton.setId("confirmCancel");
                stayButton.setDefaultButton(true);
                return alert.showAndWait().filter(go::equals).isPresent();
            }
        };
    }
}
