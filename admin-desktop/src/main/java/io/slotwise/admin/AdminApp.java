package io.slotwise.admin;

import io.slotwise.admin.core.Settings;
import io.slotwise.admin.shell.AdminWindow;
import io.slotwise.common.fx.Async;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The admin desktop app for front-desk staff and owners: wiring only. The server address is
 * remembered from the last login; the first default is {@code --server=…}, else
 * {@code SLOTWISE_SERVER}, else the demo's {@code http://localhost:8080}.
 */
public class AdminApp extends Application {

    static final String DEFAULT_SERVER = "http://localhost:8080";

    private ExecutorService background;

    @Override
    public void start(Stage stage) {
        background = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "admin-server-call");
            t.setDaemon(true);
            return t;
        });
        String server = getParameters().getNamed().getOrDefault("server",
                System.getenv().getOrDefault("SLOTWISE_SERVER", DEFAULT_SERVER));
        Path settings = Path.of(getParameters().getNamed().getOrDefault("settings", Settings.defaultFile().toString()));
        stage.setTitle("Slotwise Admin");
        AdminWindow window = new AdminWindow(stage, new Settings(settings), new Async(background, Platform::runLater),
                Clock.systemUTC(), server, Locale.getDefault().getLanguage()); // the app's one clock: the rest reads time through it
        window.showLogin();
        stage.show();
    }

    @Override
    public void stop() {
        if (background != null) {
            background.shutdownNow();
        }
    }

    public static void main(String[] args) {
        launch(args);
    }
}
