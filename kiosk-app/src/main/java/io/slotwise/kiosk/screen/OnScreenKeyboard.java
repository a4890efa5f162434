package io.slotwise.kiosk.screen;

import io.slotwise.kiosk.flow.Texts;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The kiosk's own keyboard, on screen under the fields it types into: a touch screen has no
 * keyboard, whatever platform the kiosk runs on. It types into the field that last had focus, and
 * has the letters names and email addresses need (with the common accented ones and {@code @}).
 * Its keys never take focus, so the field keeps its caret.
 */
final class OnScreenKeyboard extends VBox {

    /** Five rows: a page with two fields, the keyboard and its buttons fits a 1280×800 screen. */
    private static final List<String> ROWS = List.of("1234567890", "qwertyuiop", "asdfghjkl@", "zxcvbnm.-_", "äöüßéèàçñ'");

    private final ObjectProperty<TextInputControl> target = new SimpleObjectProperty<>();
    private final BooleanProperty shifted = new SimpleBooleanProperty(false);

    OnScreenKeyboard(Texts texts, TextInputControl... fields) {
        super(6);
        setId("keyboard");
        getStyleClass().add("keyboard");
        setAlignment(Pos.CENTER);
        for (TextInputControl field : fields) {
            field.focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    target.set(field);
                }
            });
        }
        if (fields.length > 0) {
            target.set(fields[0]);
        }
        for (int r = 0; r < ROWS.size(); r++) {
            HBox row = row();
            ROWS.get(r).chars().mapToObj(c -> String.valueOf((char) c)).forEach(k -> row.getChildren().add(letter(k)));
            if (r == 3) {
                row.getChildren().add(0, key("key-shift", "⇧ " + texts.get("keyboard.shift"), () -> shifted.set(!shifted.get())));
                row.getChildren().add(key("key-delete", "⌫ " + texts.get("keyboard.delete"), this::delete));
            }
            if (r == 4) {
                Button space = key("key-space", texts.get("keyboard.space"), () -> type(" "));
                space.setPrefWidth(280);
                row.getChildren().add(space);
            }
            getChildren().add(row);
        }
    }

    private static HBox row() {
        HBox row = new HBox(6);
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private Button letter(String k) {
        Button key = key("key-" + Integer.toHexString(k.codePointAt(0)), k, () -> type(shifted.get() ? k.toUpperCase() : k));
        key.textProperty().bind(javafx.beans.binding.Bindings.when(shifted).then(k.toUpperCase()).otherwise(k));
        return key;
    }

    private Button key(String id, String text, Runnable action) {
        Button key = new Button(text);
        key.setId(id);
        key.getStyleClass().add("key");
        key.setFocusTraversable(false);
        key.setOnAction(e -> action.run());
        return key;
    }

    private void type(String text) {
        TextInputControl field = target.get();
        if (field != null) {
            field.replaceSelection(text);
            field.requestFocus();
            field.end();
        }
        shifted.set(false);
    }

    private void delete() {
        TextInputControl field = target.get();
        if (field != null) {
            field.requestFocus();
            field.deletePreviousChar();
        }
    }
}
