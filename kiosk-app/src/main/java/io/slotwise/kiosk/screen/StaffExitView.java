package io.slotwise.kiosk.screen;

import io.slotwise.kiosk.setup.StaffExit;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Lays the staff exit over the kiosk's screens: an invisible corner to tap, and a PIN pad with
 * its own digit keys (a kiosk has no keyboard) while the exit is asking.
 */
public final class StaffExitView {

    private final StackPane root;

    public StaffExitView(Node kiosk, StaffExit exit) {
        Region corner = new Region();
        corner.setId("staffCorner");
        corner.getStyleClass().add("staff-corner");
        corner.setMaxSize(72, 72);
        corner.setOnMouseClicked(e -> exit.cornerTapped());
        StackPane.setAlignment(corner, Pos.TOP_LEFT);
        root = new StackPane(kiosk, corner);
        root.getStyleClass().add("kiosk");
        root.getStylesheets().add(StaffExitView.class.getResource("/io/slotwise/kiosk/kiosk.css").toExternalForm());
        exit.askingProperty().addListener((o, was, asking) -> {
            if (asking) {
                root.getChildren().add(pinPad(exit));
            } else {
                root.getChildren().removeIf(n -> "pinPad".equals(n.getId()));
            }
        });
    }

    public StackPane root() {
        return root;
    }

    private static Node pinPad(StaffExit exit) {
        PasswordField pin = new PasswordField();
        pin.setId("pin");
        pin.setPromptText("Staff PIN");
        pin.setMaxWidth(360);
        GridPane keys = new GridPane();
        keys.setHgap(12);
        keys.setVgap(12);
        keys.setAlignment(Pos.CENTER);
        for (int digit = 1; digit <= 10; digit++) {
            String d = String.valueOf(digit % 10);
            Button key = new Button(d);
            key.setId("pin-" + d);
            key.getStyleClass().add("pin-key");
            key.setOnAction(e -> pin.appendText(d));
            int index = digit == 10 ? 10 : digit - 1; // 0 sits under 8, as on a phone
            keys.add(key, index % 3, index / 3);
        }
        Label message = new Label();
        message.setId("pinMessage");
        message.getStyleClass().add("message");
        message.textProperty().bind(exit.messageProperty());
        Button ok = new Button("Leave kiosk mode");
        ok.setId("pinOk");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            exit.enter(pin.getText());
            pin.clear();
        });
        Button back = new Button("Back");
        back.setId("pinBack");
        back.getStyleClass().add("secondary");
        back.setOnAction(e -> exit.dismiss());
        Label title = new Label("Staff only");
        title.getStyleClass().add("title");
        VBox pad = new VBox(20, title, pin, keys, message, new HBox(16, back, ok));
        pad.setId("pinPad");
        pad.setAlignment(Pos.CENTER);
        pad.getStyleClass().add("overlay");
        ((HBox) pad.getChildren().get(4)).setAlignment(Pos.CENTER);
        return pad;
    }
}
