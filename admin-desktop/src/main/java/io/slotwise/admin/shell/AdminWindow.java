package io.slotwise.admin.shell;

import io.slotwise.admin.core.AdminSession;
import io.slotwise.admin.core.ExportFolder;
import io.slotwise.admin.core.Settings;
import io.slotwise.admin.core.Texts;
import io.slotwise.admin.login.LoginModel;
import io.slotwise.admin.login.LoginView;
import io.slotwise.common.fx.Async;
import java.time.Clock;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The admin app's one window: the login screen, then the main view with every page; logging out
 * returns to the login. The app and the end-to-end tests open it the same way.
 */
public final class AdminWindow {

    private final Stage stage;
    private final Settings settings;
    private final Async async;
    private final Clock clock;
    private final String defaultServer;
    private final String systemLanguage;
    private AdminSession session;
    private MainView main;

    /**
     * {@code clock}: the app's one clock (this computer's); every page reads time through the session.
     * {@code systemLanguage}: this computer's language, spoken until one is chosen on the login screen.
     */
    public AdminWindow(Stage stage, Settings settings, Async async, Clock clock, String defaultServer, String systemLanguage) {
        this.stage = stage;
        this.settings = settings;
        this.async = async;
        this.clock = clock;
        this.defaultServer = defaultServer;
        this.systemLanguage = systemLanguage;
        stage.setOnCloseRequest(event -> {
            if (main != null && !main.mayClose()) {
                event.consume();
            }
        });
    }

    public void showLogin() {
        Texts.use(settings.get("language").orElse(systemLanguage));
        showLogin(new LoginModel(settings, async, clock, defaultServer, this::loggedIn));
    }

    /** The login screen, built again in a language chosen on it (what was typed stays). */
    private void showLogin(LoginModel model) {
        show(new LoginView(model, language -> {
            settings.put("language", language);
            Texts.use(language);
            showLogin(model);
        }).root());
    }

    private void loggedIn(AdminSession opened) {
        session = opened;
        session.venueProperty().addListener((o, was, now) -> {
            if (now != null) {
                settings.put("venue", now.id().toString());
            }
        });
        main = Pages.mainView(session, new ExportFolder(settings), this::logout);
        show(main.root());
    }

    private void logout() {
        AdminSession ending = session;
        session = null;
        main = null;
        showLogin();
        if (ending != null) {
            async.run(ending::close, () -> { }, problem -> { });
        }
    }

    /** The member logged in now, if any. */
    public AdminSession session() {
        return session;
    }

    public MainView main() {
        return main;
    }

    private void show(Parent root) {
        if (stage.getScene() == null) {
            Scene scene = new Scene(root, 1280, 820);
            scene.getStylesheets().add(AdminWindow.class.getResource("/io/slotwise/admin/admin.css").toExternalForm());
            stage.setScene(scene);
        } else {
            stage.getScene().setRoot(root);
        }
    }
}
