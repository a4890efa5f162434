package io.slotwise.admin.live;

import io.slotwise.admin.core.Settings;
import io.slotwise.admin.shell.AdminWindow;
import io.slotwise.common.client.SlotwiseClient;
import io.slotwise.common.fx.Async;
import io.slotwise.common.testing.ServerProcess;
import io.slotwise.common.testing.TestVenue;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/**
 * The admin window against the shared real server, opened as the app opens it, with its own
 * settings file; each test gets a fresh venue and an owner client to play the rest of the world.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AdminTestBase {

    @TempDir
    Path home;

    ServerProcess server;
    SlotwiseClient owner;
    TestVenue venue;
    AdminWindow window;
    ExecutorService background;

    @BeforeAll
    static void startServer() {
        // Here, not in @Start: the FX start-up has a short timeout, a first server start does not fit in it.
        SharedServer.get();
    }

    // A @BeforeEach, not @Start: TestFX looks for @Start only in the test class itself, not in this base.
    @BeforeEach
    void open() throws Exception {
        server = SharedServer.get();
        owner = SharedServer.ownerClient();
        venue = SharedServer.venue(owner, 8);
        background = Executors.newFixedThreadPool(4);
        Stage stage = FxToolkit.registerPrimaryStage();
        // Exports go to the test's own folder without asking for one.
        Settings settings = new Settings(home.resolve("admin.properties"));
        java.nio.file.Files.createDirectories(home.resolve("exports"));
        settings.put("export.folder", home.resolve("exports").toString());
        FxToolkit.setupFixture(() -> {
            window = new AdminWindow(stage, settings, new Async(background, Platform::runLater), Clock.systemUTC(),
                    server.url(), "en");
            window.showLogin();
            stage.show();
        });
    }

    @AfterEach
    void closeAll() throws Exception {
        // The session's event stream stops before its executor does.
        FxToolkit.setupFixture(() -> {
            if (window.session() != null) {
                window.session().close();
            }
        });
        background.shutdown();
        owner.close();
    }

    /** Logs in as the server's owner and opens the test's venue. */
    AdminDriver loggedIn(FxRobot robot) {
        AdminDriver admin = new AdminDriver(robot);
        admin.login(server.url(), ServerProcess.OWNER_EMAIL, ServerProcess.OWNER_PASSWORD);
        admin.chooseVenue(venue.venue());
        return admin;
    }
}
