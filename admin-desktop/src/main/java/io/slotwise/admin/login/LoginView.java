package io.slotwise.admin.login;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Log in: server address (remembered), email (remembered), password; Enter logs in. */
public final class LoginView {

    private final VBox root;

    public LoginView(LoginModel model) {
        Label title = new Label("Slotwise Admin");
        title.getStyleClass().add("title");
        TextField server = new TextField();
        server.setId("server");
        server.setPromptText("Server, e.g. https://book.example.com");
        server.textProperty().bindBidirectional(model.serverProperty());
        TextField email = new TextField();
        email.setId("email");
        email.setPromptText("Email");
        email.textProperty().bindBidirectional(model.emailProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.setPromptText("Password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button login = new Button("Log in");
        login.setId("loginButton");
        login.setDefaultButton(true);
        login.disableProperty().bind(model.async().busyProperty());
        login.setOnAction(e -> model.login());
        Label message = new Label();
        message.setId("loginMessage");
        message.getStyleClass().add("error");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        root = new VBox(12, title, new Label("Server"), server, new Label("Email"), email, new Label("Password"), password, login, message);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setMaxWidth(420);
        root.getStyleClass().add("login");
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                (email.getText().isEmpty() ? email : password).requestFocus();
            }
        });
    }

    public Parent root() {
        return root;
    }
}
