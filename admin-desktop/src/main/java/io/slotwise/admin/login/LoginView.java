package io.slotwise.admin.login;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Log in: server address (remembered), email (remembered), password; Enter logs in. "I have an
 * invitation" swaps the email for the invitation code and a name (for a new account).
 */
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
        CheckBox invited = new CheckBox("I have an invitation");
        invited.setId("haveInvitation");
        invited.selectedProperty().bindBidirectional(model.invitedProperty());
        TextField code = new TextField();
        code.setId("invitationCode");
        code.setPromptText("The code the owner sent you");
        code.textProperty().bindBidirectional(model.invitationCodeProperty());
        TextField name = new TextField();
        name.setId("inviteName");
        name.setPromptText("Your name (only if you have no account yet)");
        name.textProperty().bindBidirectional(model.displayNameProperty());
        Label codeLabel = new Label("Invitation code");
        codeLabel.setLabelFor(code);
        Label nameLabel = new Label("Your name");
        nameLabel.setLabelFor(name);
        Label emailLabel = new Label("Email");
        emailLabel.setLabelFor(email);
        Label passwordLabel = new Label();
        passwordLabel.setLabelFor(password);
        passwordLabel.textProperty().bind(Bindings.when(model.invitedProperty())
                .then("Password (yours, or a new one of at least 10 characters)").otherwise("Password"));
        for (Node joining : List.of(codeLabel, code, nameLabel, name)) {
            joining.visibleProperty().bind(model.invitedProperty());
            joining.managedProperty().bind(model.invitedProperty());
        }
        for (Node loggingIn : List.of(emailLabel, email)) {
            loggingIn.visibleProperty().bind(model.invitedProperty().not());
            loggingIn.managedProperty().bind(model.invitedProperty().not());
        }
        Button login = new Button();
        login.textProperty().bind(Bindings.when(model.invitedProperty()).then("Join and log in").otherwise("Log in"));
        login.setId("loginButton");
        login.setDefaultButton(true);
        login.disableProperty().bind(model.async().busyProperty());
        login.setOnAction(e -> model.login());
        Label message = new Label();
        message.setId("loginMessage");
        message.getStyleClass().add("error");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        root = new VBox(12, title, new Label("Server"), server, emailLabel, email, codeLabel, code, nameLabel, name,
                passwordLabel, password, invited, login, message);
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
