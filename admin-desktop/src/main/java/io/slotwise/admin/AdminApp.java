package io.slotwise.admin;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The front-desk app for venue staff. For now its start window names the server it will use. */
public class AdminApp extends Application {

    static final String DEFAULT_SERVER = "http://localhost:8080";

    @Override
    public void start(Stage stage) {
        stage.setTitle("Slotwise Admin");
        stage.setScene(new Scene(startView(serverUrl()), 640, 400));
        stage.show();
    }

    static VBox startView(String serverUrl) {
        Label title = new Label("Slotwise Admin");
        title.setId("title");
        Label server = new Label("Server: " + serverUrl);
        server.setId("serverUrl");
        VBox root = new VBox(12, title, server);
        root.setPadding(new Insets(24));
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
