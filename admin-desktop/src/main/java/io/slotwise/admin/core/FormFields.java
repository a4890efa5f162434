package io.slotwise.admin.core;

import static io.slotwise.admin.core.Texts.text;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What the admin app's forms share: labels that keep their words whole, and each mistake under its field. */
public final class FormFields {

    private FormFields() {
    }

    /** A form label that keeps its words whole. */
    public static Label label(String key) {
        Label label = new Label(text(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /**
     * The control with the error of {@code field} under it (id {@code error-<field>}), shown while
     * {@code errors} has one for it.
     */
    public static VBox withError(Node control, String field, ObservableMap<String, String> errors) {
        Label error = new Label();
        error.setId("error-" + field);
        error.getStyleClass().add("error");
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        errors.addListener((MapChangeListener<String, String>) change -> error.setText(errors.getOrDefault(field, "")));
        return new VBox(2, control, error);
    }
}
