package io.slotwise.admin.settings;

import io.slotwise.admin.core.Texts;
import io.slotwise.common.fx.Problem;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Small pieces the settings sections share: field errors beside their controls, wording, copying. */
final class Forms {

    private Forms() {
    }

    /** A label {@code #error-<field>} showing the server's message for {@code field}, taking no room without one. */
    static Label errorLabel(ObservableMap<String, String> errors, String field) {
        Label label = new Label();
        label.setId("error-" + field);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.valueAt(errors, field));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Outlines {@code control} while the server has an error for {@code field}. */
    static void markInvalid(Control control, ObservableMap<String, String> errors, String field) {
        errors.addListener((MapChangeListener<String, String>) change -> {
            if (change.getKey().equals(field)) {
                control.getStyleClass().remove("invalid");
                if (errors.containsKey(field)) {
                    control.getStyleClass().add("invalid");
                }
            }
        });
    }

    /** What a failed action says: the server's own words when it named a field, else the friendly message. */
    static String explain(Problem problem) {
        if (problem.fields().isEmpty()) {
            return problem.message();
        }
        return problem.fields().values().stream().map(Forms::sentence).collect(Collectors.joining(" "));
    }

    /** The field errors a form has no place for, as sentences naming their field. */
    static String unplaced(Problem problem, Predicate<String> placed) {
        return problem.fields().entrySet().stream().filter(e -> !placed.test(e.getKey()))
                .map(Forms::named).collect(Collectors.joining(" "));
    }

    private static String named(Map.Entry<String, String> error) {
        return sentence(error.getKey() + " " + error.getValue());
    }

    static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    /** An instant as the venue's clock shows it (never this computer's zone), written in the app's language. */
    static String when(Instant at, ZoneId venueZone) {
        return at == null ? "" : Texts.dates("settings.format.when").format(at.atZone(venueZone));
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
