package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A secret the server shows once (a kiosk's device token, an invitation code): read-only, with a
 * Copy button that has the focus as soon as it appears, and a note saying it will not be shown
 * again. Ids are {@code <prefix>TokenBox}, {@code <prefix>Token}, {@code copy<Prefix>Token} and
 * {@code <prefix>TokenCopied}.
 */
final class OnceShownToken {

    private OnceShownToken() {
    }

    static Node box(String prefix, ObservableStringValue title, ObservableStringValue secret, String note) {
        String capitalized = Character.toUpperCase(prefix.charAt(0)) + prefix.substring(1);
        Label heading = new Label();
        heading.getStyleClass().add("token-title");
        heading.textProperty().bind(title);
        TextField token = new TextField();
        token.setId(prefix + "Token");
        token.setEditable(false);
        token.getStyleClass().add("token");
        token.textProperty().bind(secret);
        HBox.setHgrow(token, Priority.ALWAYS);
        Label copied = new Label();
        copied.setId(prefix + "TokenCopied");
        Button copy = new Button(text("settings.copy"));
        copy.setId("copy" + capitalized + "Token");
        copy.setOnAction(e -> {
            Forms.copy(secret.get());
            copied.setText(text("settings.copied"));
        });
        secret.addListener((o, was, now) -> {
            copied.setText("");
            if (!now.isEmpty()) {
                copy.requestFocus(); // Enter or Space copies it at once
            }
        });
        HBox row = new HBox(8, token, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        Label explanation = new Label(note);
        explanation.setWrapText(true);
        VBox box = new VBox(8, heading, row, explanation, copied);
        box.setId(prefix + "TokenBox");
        box.getStyleClass().add("token-box");
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(secret));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
