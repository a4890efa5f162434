package io.slotwise.kiosk.screen;

import io.slotwise.kiosk.setup.DeviceCheck;
import io.slotwise.kiosk.setup.KioskConfig;
import io.slotwise.kiosk.setup.PinHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The first-run screen: whoever installs the kiosk enters the server, the device token an owner
 * created, the venue's embed key and a staff PIN. The settings are tried against the server
 * before they are saved, so a kiosk never starts with settings that cannot work.
 */
public final class SetupView {

    private final VBox root = new VBox(16);
    private final Label message = new Label();
    private final Button save = new Button("Check and start");

    public SetupView(Path file, Executor background, Consumer<KioskConfig> ready) {
        TextField server = field("setupServer", "Server address, e.g. https://book.example.com");
        server.setText("http://localhost:8080");
        TextField token = field("setupToken", "Device token (kiosk_…)");
        TextField key = field("setupKey", "Venue embed key");
        PasswordField pin = new PasswordField();
        pin.setId("setupPin");
        pin.setPromptText("Staff PIN to leave kiosk mode (4 to 12 digits)");
        PasswordField pinAgain = new PasswordField();
        pinAgain.setId("setupPinAgain");
        pinAgain.setPromptText("The PIN again");
        CheckBox fullScreen = new CheckBox("Full screen kiosk mode");
        fullScreen.setId("setupFullScreen");
        fullScreen.setSelected(true);
        message.setId("setupMessage");
        message.getStyleClass().add("message");
        message.setWrapText(true);
        save.setId("setupSave");
        save.setOnAction(e -> {
            List<String> problems = new ArrayList<>();
            if (!PinHash.acceptable(pin.getText())) {
                problems.add("The staff PIN must be 4 to 12 digits");
            } else if (!pin.getText().equals(pinAgain.getText())) {
                problems.add("The two PINs differ");
            }
            KioskConfig config = new KioskConfig(server.getText().trim(), token.getText().trim(), key.getText().trim(),
                    problems.isEmpty() ? PinHash.of(pin.getText()) : "unset", fullScreen.isSelected());
            problems.addAll(0, config.problems());
            if (!problems.isEmpty()) {
                message.setText(String.join(".\n", problems) + ".");
                return;
            }
            save.setDisable(true);
            message.setText("Checking…");
            background.execute(() -> {
                String problem = DeviceCheck.problem(config);
                if (problem == null) {
                    try {
                        config.save(file);
                    } catch (IOException | UncheckedIOException failed) {
                        problem = "The settings could not be saved to " + file + ": " + failed.getMessage();
                    }
                }
                String outcome = problem;
                Platform.runLater(() -> {
                    save.setDisable(false);
                    if (outcome == null) {
                        ready.accept(config);
                    } else {
                        message.setText(outcome);
                    }
                });
            });
        });
        Label title = new Label("Set up this kiosk");
        title.getStyleClass().add("title");
        root.getChildren().addAll(title, new Label("Saved to " + file), server, token, key, pin, pinAgain, fullScreen,
                save, message);
        root.setAlignment(Pos.TOP_CENTER);
        root.getStyleClass().addAll("kiosk", "page");
        root.getStylesheets().add(SetupView.class.getResource("/io/slotwise/kiosk/kiosk.css").toExternalForm());
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    public VBox root() {
        return root;
    }
}
