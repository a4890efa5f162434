package io.slotwise.admin.settings;

import static io.slotwise.admin.core.Texts.text;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The Server tab of Settings: the server's health, part by part, checked again on demand. */
final class ServerHealthView {

    private final VBox root;
    private final VBox list = new VBox(6);

    ServerHealthView(ServerHealthModel model) {
        Label hint = new Label(text("settings.server.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label summary = new Label();
        summary.setId("serverHealthSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Button check = new Button(text("settings.server.checkAgain"));
        check.setId("checkServerHealth");
        check.setOnAction(e -> model.load());
        list.setId("serverHealthParts");
        model.parts().addListener((ListChangeListener<ServerHealthModel.Part>) c -> draw(model));
        root = new VBox(12, hint, summary, list, check);
    }

    private void draw(ServerHealthModel model) {
        list.getChildren().clear();
        for (ServerHealthModel.Part part : model.parts()) {
            Label line = new Label(part.toString());
            line.setId("health-" + part.key());
            line.getStyleClass().add(part.up() ? "ok" : "error");
            list.getChildren().add(line);
        }
    }

    VBox root() {
        return root;
    }
}
