package io.slotwise.admin.activities;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small builders the activity views share: fields with an id, and the error label under a control. */
final class Controls {

    private Controls() {
    }

    /** A grid whose labels are never cut short. */
    static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> {
            while (c.next()) {
                c.getAddedSubList().stream().filter(n -> n instanceof Label)
                        .forEach(n -> ((Label) n).setMinWidth(Region.USE_PREF_SIZE));
            }
        });
        return grid;
    }

    static TextField field(String id, String prompt, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        field.setMaxWidth(Region.USE_PREF_SIZE);
        return field;
    }

    static Label label(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    /**
     * {@code control} with a red label under it showing the error of {@code key} (id
     * {@code error-<key>}); while there is one, the control is marked {@code invalid}.
     */
    static VBox withError(Node control, String key, ObservableMap<String, String> errors) {
        return withError(control, errorLabel(key, errors, control));
    }

    static VBox withError(Node control, Label error) {
        VBox box = new VBox(2, control, error);
        box.setFillWidth(true);
        return box;
    }

    /**
     * As {@link #withError(Node, String, ObservableMap)}, in a column of fixed width whose error
     * line is kept even while empty: for controls judged as the member types (by the preview),
     * so that neighbours do not move under the pointer when a message comes or goes.
     */
    static VBox withSteadyError(Node control, String key, ObservableMap<String, String> errors, double width) {
        Label error = errorLabel(key, errors, true, control);
        error.setMinHeight(32); // two lines: most messages fit
        error.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        VBox box = withError(control, error);
        box.setMinWidth(width);
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        return box;
    }

    /** The error label of {@code key}, marking {@code marked} controls invalid while it shows. */
    static Label errorLabel(String key, ObservableMap<String, String> errors, Node... marked) {
        return errorLabel(key, errors, false, marked);
    }

    /** With {@code reserve}, the label keeps its place while empty. */
    private static Label errorLabel(String key, ObservableMap<String, String> errors, boolean reserve, Node... marked) {
        Label error = new Label();
        error.setId("error-" + key);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        // As wide as what it sits under, wrapping there, rather than widening the form.
        error.setPrefWidth(170);
        error.setMaxWidth(Double.MAX_VALUE);
        Runnable update = () -> {
            String text = errors.get(key);
            boolean shown = text != null;
            error.setText(shown ? text : "");
            error.setVisible(shown);
            error.setManaged(shown || reserve);
            for (Node node : marked) {
                node.getStyleClass().remove("invalid");
                if (shown) {
                    node.getStyleClass().add("invalid");
                }
            }
        };
        errors.addListener((MapChangeListener<String, String>) change -> {
            if (change.getKey().equals(key)) {
                update.run();
            }
        });
        update.run();
        return error;
    }
}
