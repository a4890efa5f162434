package io.slotwise.admin.login;

import static io.slotwise.admin.core.Texts.text;

import io.slotwise.admin.core.Texts;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
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

    /** {@code chooseLanguage}: called with the language chosen on this screen. */
    public LoginView(LoginModel model, Consumer<String> chooseLanguage) {
        Label title = new Label(text("login.title"));
        title.getStyleClass().add("title");
        TextField server = new TextField();
        server.setId("server");
        server.setPromptText(text("login.serverPrompt"));
        server.textProperty().bindBidirectional(model.serverProperty());
        TextField email = new TextField();
        email.setId("email");
        email.setPromptText(text("login.email"));
        email.textProperty().bindBidirectional(model.emailProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.setPromptText(text("login.password"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        CheckBox invited = new CheckBox(text("login.haveInvitation"));
        invited.setId("haveInvitation");
        invited.selectedProperty().bindBidirectional(model.invitedProperty());
        TextField code = new TextField();
        code.setId("invitationCode");
        code.setPromptText(text("login.codePrompt"));
        code.textProperty().bindBidirectional(model.invitationCodeProperty());
        TextField name = new TextField();
        name.setId("inviteName");
        name.setPromptText(text("login.namePrompt"));
        name.textProperty().bindBidirectional(model.displayNameProperty());
        Label codeLabel = new Label(text("login.code"));
        codeLabel.setLabelFor(code);
        Label nameLabel = new Label(text("login.name"));
        nameLabel.setLabelFor(name);
        Label emailLabel = new Label(text("login.email"));
        emailLabel.setLabelFor(email);
        Label passwordLabel = new Label();
        passwordLabel.setLabelFor(password);
        passwordLabel.textProperty().bind(Bindings.when(model.invitedProperty())
                .then(text("login.passwordJoining")).otherwise(text("login.password")));
        for (Node joining : List.of(codeLabel, code, nameLabel, name)) {
            joining.visibleProperty().bind(model.invitedProperty());
            joining.managedProperty().bind(model.invitedProperty());
        }
        for (Node loggingIn : List.of(emailLabel, email)) {
            loggingIn.visibleProperty().bind(model.invitedProperty().not());
            loggingIn.managedProperty().bind(model.invitedProperty().not());
        }
        Button login = new Button();
        login.textProperty().bind(Bindings.when(model.invitedProperty()).then(text("login.join")).otherwise(text("login.logIn")));
        login.setId("loginButton");
        login.setDefaultButton(true);
        login.disableProperty().bind(model.async().busyProperty());
        login.setOnAction(e -> model.login());
        Label message = new Label();
        message.setId("loginMessage");
        message.getStyleClass().add("error");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList(Texts.LANGUAGES));
        language.setId("language");
        language.setValue(Texts.language());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : Texts.languageName(code);
            }

            @Override
            public String fromString(String name) {
                return Texts.LANGUAGES.stream().filter(code -> Texts.languageName(code).equals(name)).findFirst().orElse(null);
            }
        });
        language.setOnAction(e -> {
            if (language.getValue() != null && !language.getValue().equals(Texts.language())) {
                chooseLanguage.accept(language.getValue());
            }
        });
        Label languageLabel = new Label(text("login.language"));
        languageLabel.setLabelFor(language);
        HBox languageRow = new HBox(8, languageLabel, language);
        languageRow.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(12, title, languageRow, new Label(text("login.server")), server, emailLabel, email, codeLabel, code, nameLabel, name,
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
