package io.slotwise.kiosk;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The walk-in kiosk. For now its welcome screen names the server it will book against. */
public class KioskApp extends Application {

    static final String DEFAULT_SERVER = "http://localhost:8080";

    @Override
    public void start(Stage stage) {
        stage.setTitle("Slotwise Kiosk");
        stage.setScene(new Scene(welcomeView(serverUrl()), 1024, 768));
        stage.show();
    }

    static VBox welcomeView(String serverUrl) {
        Label welcome = new Label("Book your game");
        welcome.setId("welcome");
        Label server = new Label(serverUrl);
        server.setId("serverUrl");
        VBox root = new VBox(24, welcome, server);
        root.setAlignment(Pos.CENTER);
        root.setPadding(new Insets(48));
        return root;
    }

    private String serverUrl() {
        String fromArgs = getParameters().getNamed().get("server");
        return fromArgs != null ? fromArgs : System.getenv().getOrDefault("SLOTWISE_SERVER", DEFAULT_SERVER);
    }

    public static void main(String[] args) {
        launch(args);
    }
}
